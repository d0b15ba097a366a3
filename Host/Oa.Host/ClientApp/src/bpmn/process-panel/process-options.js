// The choices 流程设置 offers, from GET /api/designer/process-settings/options (categories in use, the icon names
// the engine accepts with the catalogue's drawing of each, notification events with their default text), loaded once per page.
import { getJson } from '../../shared/http.js';
import { html, useEffect, useState } from '../oa-panel/html.js';
import { ICON_LABELS } from './process-settings-model.js';
import { t } from './text.js';

let optionsPromise;
const EMPTY = { categories: [], icons: Object.keys(ICON_LABELS), notifications: [], glyphs: {} };

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

// Each choice looks as it will in the 发起审批 catalogue: the server's own <svg> (ProcessIcons.cs, trusted markup, not
// admin input) on the same tint (wb-icon-NAME in process-icons.css); the label's first character until the options arrive.
export function IconPicker({ value, icons, glyphs = {}, onChange }) {
  return html`<div class="oa-icons" role="radiogroup" data-testid="process-icon">
    ${icons.map((name) => {
      const label = t(ICON_LABELS[name] || name);
      const glyph = glyphs[name];
      return html`<button type="button" role="radio" aria-checked=${String(value === name)} title=${label} data-icon=${name}
        class=${value === name ? 'oa-icon-choice selected' : 'oa-icon-choice'} onClick=${() => onChange(value === name ? '' : name)}>
        ${glyph
          ? html`<span class=${`oa-icon-glyph wb-icon-${name}`} aria-hidden="true" dangerouslySetInnerHTML=${{ __html: glyph }}></span>`
          : html`<span class="oa-icon-glyph" aria-hidden="true">${label[0]}</span>`}
        <small>${label}</small></button>`;
    })}
  </div>`;
}
