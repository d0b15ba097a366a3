// htm bound to the properties panel's own preact copy: hooks only work when our components render
// with the same preact instance as the panel (the top-level preact is form-js's, a different version).
import { h } from '@bpmn-io/properties-panel/preact';
import { useEffect, useState } from '@bpmn-io/properties-panel/preact/hooks';
import { useService } from 'bpmn-js-properties-panel';
import htm from 'htm';

export const html = htm.bind(h);
export { useEffect, useState, useService };

// Our panel texts are written in Chinese and go through bpmn-js's translate service, like the panel's own texts: the
// Chinese page's dictionary has no entry for them and leaves them as they are, the English page's (i18n/translate-en.js)
// gives English. Field, Select, Text and Check translate what they are given; other texts call tr() themselves.
export function useTranslate() {
  return useService('translate');
}

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
  const tr = useTranslate();
  return html`<div class="bio-properties-panel-entry oa-entry">
    <label class="bio-properties-panel-label">${tr(label)}</label>
    ${children}
    ${hint ? html`<div class="bio-properties-panel-description">${tr(hint)}</div>` : null}
  </div>`;
}

export function Select({ value, options, onChange, testId }) {
  const tr = useTranslate();
  return html`<select class="bio-properties-panel-input" data-testid=${testId} value=${value}
    onChange=${(e) => onChange(e.target.value)}>
    ${options.map(([v, text]) => html`<option value=${v} selected=${v === value}>${tr(text)}</option>`)}
  </select>`;
}

export function Text({ value, onChange, placeholder, testId, type = 'text' }) {
  const tr = useTranslate();
  return html`<input class="bio-properties-panel-input" type=${type} data-testid=${testId} value=${value ?? ''}
    placeholder=${placeholder ? tr(placeholder) : ''} onChange=${(e) => onChange(e.target.value)} />`;
}

export function Check({ checked, onChange, label, testId, disabled = false }) {
  const tr = useTranslate();
  return html`<label class="oa-check"><input type="checkbox" data-testid=${testId} checked=${Boolean(checked)} disabled=${disabled}
    onChange=${(e) => onChange(e.target.checked)} /> ${tr(label)}</label>`;
}
