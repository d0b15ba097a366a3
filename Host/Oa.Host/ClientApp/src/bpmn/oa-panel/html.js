// htm bound to the properties panel's own preact copy: hooks only work when our components render
// with the same preact instance as the panel (the top-level preact is form-js's, a different version).
import { h } from '@bpmn-io/properties-panel/preact';
import { useEffect, useState } from '@bpmn-io/properties-panel/preact/hooks';
import { useService } from 'bpmn-js-properties-panel';
import htm from 'htm';

export const html = htm.bind(h);
export { useEffect, useState, useService };

// Re-render when the element changes through any command (undo/redo, XML edits elsewhere), since our
// entries derive everything from the business object instead of keeping a copy.
export function useElementTick(element) {
  const eventBus = useService('eventBus');
  const [, setTick] = useState(0);
  useEffect(() => {
    const onChanged = ({ elements }) => { if (elements.some((e) => e === element || e.id === element.id)) setTick((t) => t + 1); };
    eventBus.on('elements.changed', onChanged);
    return () => eventBus.off('elements.changed', onChanged);
  }, [element, eventBus]);
}

export function Field({ label, children, hint }) {
  return html`<div class="bio-properties-panel-entry oa-entry">
    <label class="bio-properties-panel-label">${label}</label>
    ${children}
    ${hint ? html`<div class="bio-properties-panel-description">${hint}</div>` : null}
  </div>`;
}

export function Select({ value, options, onChange, testId }) {
  return html`<select class="bio-properties-panel-input" data-testid=${testId} value=${value}
    onChange=${(e) => onChange(e.target.value)}>
    ${options.map(([v, text]) => html`<option value=${v} selected=${v === value}>${text}</option>`)}
  </select>`;
}

export function Text({ value, onChange, placeholder, testId, type = 'text' }) {
  return html`<input class="bio-properties-panel-input" type=${type} data-testid=${testId} value=${value ?? ''}
    placeholder=${placeholder || ''} onChange=${(e) => onChange(e.target.value)} />`;
}

export function Check({ checked, onChange, label, testId, disabled = false }) {
  return html`<label class="oa-check"><input type="checkbox" data-testid=${testId} checked=${Boolean(checked)} disabled=${disabled}
    onChange=${(e) => onChange(e.target.checked)} /> ${label}</label>`;
}
