// Dev pages only: drive an island from the query string so a headless screenshot can show a
// state (?select=<field key>, ?submit, ?menu=<element id>).
const params = new URLSearchParams(location.search);

export function afterMount(check, act) {
  const timer = setInterval(() => {
    if (!check()) return;
    clearInterval(timer);
    act(params);
  }, 100);
}

export function submitIfAsked(formId) {
  if (params.has('submit')) setTimeout(() => document.getElementById(formId).requestSubmit(), 300);
}
