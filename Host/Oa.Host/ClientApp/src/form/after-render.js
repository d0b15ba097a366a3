// preact runs effects (where form-js registers field instances) after the next paint, so code
// that needs the rendered fields waits for a frame and the task after it.
export function afterRender() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
