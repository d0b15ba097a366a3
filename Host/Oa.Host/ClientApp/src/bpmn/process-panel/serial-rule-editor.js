// 流水号规则 from parts — prefix, date part, separator, sequence length — written as the serialRule string
// the engine formats (QJ-{yyyyMMdd}-{seq:4}). A hand-written rule the parts cannot express stays editable as text.
import { html, useState } from '../oa-panel/html.js';
import { Select } from '../oa-panel/html.js';
import { t, options } from './text.js';
import { DATE_PARTS, formatSerialRule, parseSerialRule, sampleSerial } from './process-settings-model.js';

export function SerialRuleEditor({ value, onChange }) {
  const parts = parseSerialRule(value);
  const [raw, setRaw] = useState(parts === null);
  const set = (patch) => onChange(formatSerialRule({ ...(parts || parseSerialRule('')), ...patch }));
  return html`<div class="oa-serial" data-testid="serial-rule">
    ${raw || parts === null ? html`
      <input class="bio-properties-panel-input" data-testid="serial-raw" value=${value || ''} placeholder="QJ-{yyyyMMdd}-{seq:4}"
        onChange=${(e) => onChange(e.target.value.trim())} />
      ${parseSerialRule(value) ? html`<button type="button" class="oa-add" onClick=${() => setRaw(false)}>${t('按组成部分编辑')}</button>` : null}`
    : html`
      <div class="oa-serial-row">
        <label>${t('前缀')}<input class="bio-properties-panel-input" data-testid="serial-prefix" value=${parts.prefix}
          onChange=${(e) => set({ prefix: e.target.value })} /></label>
        <label>${t('日期')}<${Select} value=${parts.datePart} options=${options(DATE_PARTS)} testId="serial-date" onChange=${(datePart) => set({ datePart })} /></label>
      </div>
      <div class="oa-serial-row">
        <label>${t('分隔符')}<input class="bio-properties-panel-input" data-testid="serial-separator" value=${parts.separator} disabled=${!parts.datePart}
          onChange=${(e) => set({ separator: e.target.value })} /></label>
        <label>${t('序号位数')}<input class="bio-properties-panel-input" type="number" min="1" max="12" data-testid="serial-length" value=${parts.seqLength}
          onChange=${(e) => set({ seqLength: e.target.value })} /></label>
      </div>
      <button type="button" class="oa-add" onClick=${() => setRaw(true)}>${t('直接编辑规则')}</button>
      ${value ? html`<button type="button" class="oa-add oa-link" data-testid="serial-clear" onClick=${() => onChange('')}>${t('不使用流水号')}</button>` : null}`}
    <div class="oa-muted" data-testid="serial-sample">${value ? html`${t('规则')} <code>${value}</code>${t('，示例：')}${sampleSerial(value)}` : t('未设置流水号')}</div>
  </div>`;
}
