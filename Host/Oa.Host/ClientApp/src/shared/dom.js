// Helpers for the contract between Razor pages and the islands: data comes in as
// <script type="application/json"> blocks (never inline JS), results go out as hidden inputs.

// Reads JSON referenced by `data-<attr>` (an element id anywhere in the document) or, failing
// that, from a child <script type="application/json" data-role="<role>">. Returns `fallback`
// when neither exists; malformed JSON is reported in the console and also gives `fallback`,
// so one broken blob does not take the whole page down.
export function readJson(host, { idAttr, role, fallback = null }) {
  const id = idAttr ? host.getAttribute(idAttr) : null;
  const source = (id && document.getElementById(id))
    || host.querySelector(`:scope > script[type="application/json"][data-role="${role}"]`);
  if (!source) return fallback;
  try {
    return JSON.parse(source.textContent);
  } catch (error) {
    console.error(`[oa] invalid JSON in ${id ? '#' + id : role}`, error);
    return fallback;
  }
}

// Finds or creates <input type="hidden" name=...> inside `form` and sets its value.
export function setHiddenInput(form, name, value) {
  let input = form.querySelector(`input[type="hidden"][name="${name}"]`);
  if (!input) {
    input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    form.appendChild(input);
  }
  input.value = value;
  return input;
}

// Runs `mount` for every element matching `selector` once the DOM is ready; a failure in one
// island is logged and shown in place instead of breaking the others.
export function mountAll(selector, mount) {
  const run = () => document.querySelectorAll(selector).forEach((host) => {
    if (host.dataset.oaMounted) return;
    host.dataset.oaMounted = 'true';
    Promise.resolve()
      .then(() => mount(host))
      .catch((error) => {
        console.error(`[oa] ${selector} failed to mount`, error);
        const note = document.createElement('p');
        note.className = 'oa-island-error';
        note.textContent = '组件加载失败，请刷新页面重试。';
        host.appendChild(note);
      });
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
}
