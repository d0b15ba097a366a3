// Finds the FEEL in a form-js schema. form-js treats any string property that starts with '='
// as FEEL (conditional.hide, an expression field's expression, FEEL limits such as
// validate.min, a FEEL label …), so every such string is collected rather than a fixed list of
// properties: a property form-js adds later is checked too. Pure functions (node tests).

// Child components live here; they are walked as components, not as properties.
const CHILDREN = 'components';

// Every '='-prefixed string of every component, depth first in form order:
// { componentId, key, label, type, property: 'conditional.hide', expression: '=amount > 1' }.
export function collectFeel(schema) {
  const found = [];
  const visitComponent = (component) => {
    if (!component || typeof component !== 'object') return;
    for (const [name, value] of Object.entries(component)) {
      if (name === CHILDREN) continue;
      visitValue(component, name, value);
    }
    (component[CHILDREN] || []).forEach(visitComponent);
  };
  const visitValue = (component, property, value) => {
    if (typeof value === 'string') {
      if (isFeel(value)) {
        found.push({
          componentId: component.id,
          key: component.key,
          label: component.label,
          type: component.type,
          property,
          expression: value,
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visitValue(component, `${property}[${i}]`, item));
    } else if (value && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value)) visitValue(component, `${property}.${name}`, inner);
    }
  };
  (schema?.[CHILDREN] || []).forEach(visitComponent);
  return found;
}

export function isFeel(value) {
  return typeof value === 'string' && value.trimStart().startsWith('=');
}

// The properties-panel entry that edits a property, so an error can be shown next to it.
// form-js 1.23 names most entries after the property's last segment; the exceptions are here.
const ENTRY_IDS = {
  'conditional.hide': 'conditional-hide',
  // ExpressionFieldEntries is called without an id prefix in form-js 1.23, hence "undefined-".
  expression: 'undefined-expression',
};

export function entryIdFor(property) {
  if (ENTRY_IDS[property]) return ENTRY_IDS[property];
  const last = property.split('.').pop();
  return last.replace(/\[\d+\]$/, '');
}

// Combines what collectFeel found with the server's verdicts (keyed by expression text) into
// the problems to show: only expressions the server rejected, in form order.
export function feelProblems(items, verdicts) {
  return items
    .map((item) => ({ ...item, verdict: verdicts.get(item.expression) }))
    .filter((item) => item.verdict && !item.verdict.ok)
    .map(({ verdict, ...item }) => ({ ...item, error: verdict.error || 'FEEL 表达式有误' }));
}

// Errors for the properties panel of one component: { entryId: message }.
export function panelErrors(problems, componentId) {
  const errors = {};
  for (const p of problems) {
    if (p.componentId === componentId) errors[entryIdFor(p.property)] = `FEEL 有误：${p.error}`;
  }
  return errors;
}
