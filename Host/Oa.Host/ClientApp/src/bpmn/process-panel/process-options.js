// The choices 流程设置 offers, from GET /api/designer/process-settings/options (categories in use, the icon names
// the engine accepts, notification events with their default text), loaded once per page.
import { getJson } from '../../shared/http.js';
import { html, useEffect, useState } from '../oa-panel/html.js';
import { ICON_LABELS } from './process-settings-model.js';
import { t } from './text.js';

let optionsPromise;
const EMPTY = { categories: [], icons: Object.keys(ICON_LABELS), notifications: [] };

export function useSettingsOptions() {
  const [options, setOptions] = useState(EMPTY);
  useEffect(() => {
    optionsPromise ||= getJson('/api/designer/process-settings/options').catch(() => EMPTY);
    let live = true;
    optionsPromise.then((o) => { if (live) setOptions(o); });
    return () => { live = false; };
  }, []);
  return options;
}

// Free text with the categories already in use offered as suggestions (a new category is just a new word).
export function CategoryInput({ value, categories, onChange }) {
  return html`<div>
    <input class="bio-properties-panel-input" list="oa-process-categories" data-testid="process-category" value=${value || ''}
      placeholder=${t('例如 人事、财务、行政')} onChange=${(e) => onChange(e.target.value)} />
    <datalist id="oa-process-categories">${categories.map((c) => html`<option value=${c} />`)}</datalist>
  </div>`;
}

export function IconPicker({ value, icons, onChange }) {
  return html`<div class="oa-icons" role="radiogroup" data-testid="process-icon">
    ${icons.map((name) => {
      const [label, glyph] = ICON_LABELS[name] || [name, '□'];
      return html`<button type="button" role="radio" aria-checked=${String(value === name)} title=${t(label)} data-icon=${name}
        class=${value === name ? 'oa-icon-choice selected' : 'oa-icon-choice'} onClick=${() => onChange(value === name ? '' : name)}>
        <span aria-hidden="true">${t(label) === label ? glyph : t(label)[0]}</span><small>${t(label)}</small></button>`;
    })}
  </div>`;
}
