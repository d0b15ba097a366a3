// 金额: a decimal input with the capital-numeral reading (金额大写) under it, as on paper
// approval forms. The value is a number (yuan) so FEEL conditions like `amount > 10000` work.
import { useState, useEffect } from 'preact/hooks';
import { html } from './html.js';
import { FieldShell, glyphIcon, OA_GROUP, BASE_ENTRIES } from './field-shell.js';
import { toCapital } from '../money-capital.js';
import { currencySymbol, isRenminbi } from './currency.js';

export const type = 'oa-money';

export function OaMoney(props) {
  const { field, value, disabled, readonly, domId, onBlur, onFocus } = props;
  // Keep what the user typed ("12." while typing 12.5) separate from the stored number.
  const [text, setText] = useState(value ?? '');
  useEffect(() => {
    if (Number(text) !== value) setText(value ?? '');
  }, [value]);

  const onInput = (e) => {
    const raw = e.target.value.replace(/[,，\s]/g, '');
    setText(raw);
    const n = raw === '' ? null : Number(raw);
    props.onChange({ value: Number.isFinite(n) ? n : null });
  };
  const capital = toCapital(value);
  return html`<${FieldShell} type=${type} props=${props}>
    <div class="fjs-input-group oa-money-group">
      <span class="fjs-input-adornment border-right border-radius-left"><span class="fjs-input-adornment-text">${currencySymbol(field.currency)}</span></span>
      <input class="fjs-input" id=${domId} type="text" inputmode="decimal" autocomplete="off"
        value=${text} disabled=${disabled} readOnly=${readonly}
        onInput=${onInput} onBlur=${() => onBlur?.()} onFocus=${() => onFocus?.()}
        aria-describedby=${`${domId}-capital ${domId}-error-message`} />
    </div>
    <div class="oa-money-capital" id=${`${domId}-capital`} aria-live="polite">
      ${field.hideCapital || !isRenminbi(field.currency) ? null : html`大写：<strong>${capital || '—'}</strong>`}
    </div>
  </${FieldShell}>`;
}

OaMoney.config = {
  type,
  keyed: true,
  name: '金额',
  label: '金额',
  group: OA_GROUP,
  iconUrl: glyphIcon('¥'),
  emptyValue: null,
  sanitizeValue: ({ value }) => {
    const n = typeof value === 'string' ? Number(value.replace(/,/g, '')) : value;
    return typeof n === 'number' && Number.isFinite(n) ? n : null;
  },
  create: (options = {}) => ({ label: '金额', ...options }),
  propertiesPanelEntries: [...BASE_ENTRIES, 'min', 'max'],
};
