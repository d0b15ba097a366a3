// Translates form-js's rendered English by exact text. form-js 1.23 has no translate service (unlike
// bpmn-js): its labels are literals inside preact components, so the words are swapped in the DOM —
// once for what is there and then for every change (a MutationObserver runs before the next paint, so
// nobody sees the English). Only text a `where` test calls chrome is touched, never what an admin or
// applicant typed; a translated text no longer matches, so the observer settles after one round.

export function uiLanguage(doc = globalThis.document) {
  return /^en/i.test(doc?.documentElement?.lang || '') ? 'en' : 'zh';
}

// The dictionary's (or a pattern's) text for the whole string, keeping the whitespace around it; else the string.
export function translateText(text, dict, patterns = []) {
  const trimmed = text.trim();
  if (!trimmed) return text;
  let out = Object.hasOwn(dict, trimmed) ? dict[trimmed] : null;
  if (out === null) {
    const rule = patterns.find(([re]) => re.test(trimmed));
    if (rule) out = trimmed.replace(rule[0], rule[1]);
  }
  if (out === null) return text;
  const start = text.indexOf(trimmed);
  return text.slice(0, start) + out + text.slice(start + trimmed.length);
}

const ATTRIBUTES = ['title', 'placeholder', 'aria-label'];

// Keeps `root` translated. where(element, text) → whether that element's text is ours to translate.
export function translateLive(root, { dict, patterns = [], where = () => true }) {
  const text = (node) => {
    const owner = node.parentElement;
    if (!owner || !where(owner, node.data)) return;
    const next = translateText(node.data, dict, patterns);
    if (next !== node.data) node.data = next;
  };
  const attributes = (element) => {
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (!value || !where(element, value)) continue;
      const next = translateText(value, dict, patterns);
      if (next !== value) element.setAttribute(name, next);
    }
  };
  const visit = (node) => {
    if (node.nodeType === 3) return text(node);
    if (node.nodeType !== 1) return;
    attributes(node);
    node.childNodes.forEach(visit);
  };
  visit(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') text(record.target);
      else if (record.type === 'attributes') attributes(record.target);
      else record.addedNodes.forEach(visit);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
  return observer;
}
