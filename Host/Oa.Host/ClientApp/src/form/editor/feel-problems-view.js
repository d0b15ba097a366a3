// Shows the FEEL problems: a list above the editor (each item selects its component) and the
// error next to the property in the properties panel, via the panel's own error display
// ('propertiesPanel.setErrors' keyed by entry id), re-sent whenever the selection changes.
import { panelErrors, entryIdFor } from './feel-expressions.js';
import { el } from './dom.js';

export function createFeelProblemsView(editor) {
  const list = el('ul');
  const box = el('div', { class: 'oa-fe-feel-problems', role: 'alert', hidden: '', 'data-testid': 'feel-problems' },
    el('strong', {}, 'FEEL 表达式有误，发布会被拒绝（点击字段名定位）：'), list);
  const eventBus = editor.get('eventBus');
  const selection = editor.get('selection');
  let problems = [];

  const selectedId = () => selection.get()?.id;
  const showInPanel = () => eventBus.fire('propertiesPanel.setErrors', { errors: panelErrors(problems, selectedId()) });
  // Braces matter: a listener that returns a value stops the event for later listeners
  // (the properties panel itself listens to selection.changed).
  eventBus.on('selection.changed', () => { setTimeout(showInPanel); });

  // Selects the component and opens its panel group at the faulty entry.
  function select(componentId, property) {
    const field = editor.get('formFieldRegistry').get(componentId);
    if (!field) return;
    selection.set(field);
    setTimeout(() => eventBus.fire('propertiesPanel.showEntry', { id: entryIdFor(property), focus: true }), 50);
  }

  return {
    box,
    update(next, error) {
      problems = next;
      list.replaceChildren(...next.map((p) => {
        const name = p.label || p.key || p.componentId;
        const link = el('button', { type: 'button', class: 'oa-link-button' }, name);
        link.addEventListener('click', () => select(p.componentId, p.property));
        return el('li', { 'data-component-id': p.componentId }, link, ` · ${p.property}：${p.error}`);
      }));
      if (error) list.replaceChildren(el('li', {}, error.message));
      box.hidden = !next.length && !error;
      showInPanel();
    },
  };
}
