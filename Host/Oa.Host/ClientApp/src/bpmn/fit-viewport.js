// fit-viewport uses the whole canvas, so the start event ends up under the palette on the left.
// This fits the diagram into the area right of the palette instead, never zooming in beyond 100%.
export function fitBesidePalette(canvas, paletteWidth, margin = 24) {
  const { inner, outer } = canvas.viewbox();
  if (!inner.width || !inner.height || !outer.width) return;
  const width = outer.width - paletteWidth - margin * 2;
  const height = outer.height - margin * 2;
  const scale = Math.min(1, width / inner.width, height / inner.height);
  canvas.viewbox({
    x: inner.x - (paletteWidth + margin) / scale,
    y: inner.y - (outer.height / scale - inner.height) / 2,
    width: outer.width / scale,
    height: outer.height / scale,
  });
}
