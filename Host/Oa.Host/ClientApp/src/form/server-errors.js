// Shows the server's validation answer ({ "path": "message" }) next to the fields after a post
// back. form-js keys its errors by field id plus repeat indexes, so the paths are mapped through
// the field instances it has rendered. Paths may be "amount", "travel.city" or "items[0].qty".
export function applyServerErrors(form, serverErrors) {
  if (!serverErrors || !Object.keys(serverErrors).length) return [];
  const byPath = new Map();
  form.get('formFieldInstanceRegistry').getAllKeyed().forEach((instance) => {
    byPath.set(instance.valuePath.join('.'), [instance.id, ...Object.values(instance.indexes || {})]);
  });
  const errors = {};
  const unmatched = [];
  for (const [path, message] of Object.entries(serverErrors)) {
    const target = byPath.get(path.replace(/\[(\d+)\]/g, '.$1'));
    const messages = Array.isArray(message) ? message : [message];
    if (!target) {
      unmatched.push(...messages);
      continue;
    }
    setAt(errors, target, messages);
  }
  // _setState is what form-js' own validate() uses to publish errors; 1.23 has no public setter.
  form._setState({ errors });
  return unmatched;
}

function setAt(obj, path, value) {
  let node = obj;
  path.slice(0, -1).forEach((key) => { node = node[key] ??= {}; });
  node[path[path.length - 1]] = value;
}
