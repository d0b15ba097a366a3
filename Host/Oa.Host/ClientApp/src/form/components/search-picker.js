// Type-ahead picker shared by the user, department and related-record fields: chips for what is
// chosen, a search box, and a list of matches fetched as the user types.
import { useState, useRef } from 'preact/hooks';
import { html } from './html.js';

// props: domId, disabled, readonly, placeholder, multiple, selected [{key,label}],
//        search(query, cb(err, items)), toOption(item) → {key,label,hint}, onPick(item), onRemove(key)
export function SearchPicker(props) {
  const { domId, disabled, readonly, placeholder, multiple, selected, search, toOption } = props;
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState([]);
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState(false);
  const blurTimer = useRef();
  const locked = disabled || readonly;

  const onInput = (e) => {
    const q = e.target.value;
    setQuery(q);
    setOpen(true);
    setStatus('搜索中…');
    search(q.trim(), (error, items) => {
      setOptions(error ? [] : items.map((item) => ({ item, ...toOption(item) })));
      setStatus(error ? '查询失败，请稍后重试' : items.length ? '' : '无匹配结果');
    });
  };
  // Enter picks the first match instead of submitting the whole application form.
  const onKeyDown = (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (options.length) pick(options[0]);
  };
  const pick = (option) => {
    props.onPick(option.item);
    setQuery('');
    setOpen(false);
  };
  const showInput = !locked && (multiple || selected.length === 0);

  return html`<div class="oa-picker">
    <div class="oa-picker-chips">
      ${selected.map((s) => html`<span class="oa-chip" key=${s.key} title=${s.title || s.label}>${s.label}
        ${locked ? null : html`<button type="button" class="oa-chip-remove" aria-label=${`移除 ${s.label}`}
          onClick=${() => props.onRemove(s.key)}>×</button>`}</span>`)}
      ${showInput ? html`<input class="fjs-input oa-picker-input" id=${domId} type="text" autocomplete="off"
        enterkeyhint="search" placeholder=${placeholder} value=${query} onInput=${onInput} onKeyDown=${onKeyDown}
        onFocus=${() => { clearTimeout(blurTimer.current); if (query) setOpen(true); }}
        onBlur=${() => { blurTimer.current = setTimeout(() => setOpen(false), 200); }}
        role="combobox" aria-expanded=${open} aria-controls=${`${domId}-list`} />` : null}
      ${locked && selected.length === 0 ? html`<input class="fjs-input oa-picker-input" id=${domId} type="text" disabled=${disabled}
        readOnly value="" placeholder=${disabled ? placeholder : '—'} />` : null}
    </div>
    ${open ? html`<ul class="oa-picker-list" id=${`${domId}-list`} role="listbox">
      ${status ? html`<li class="oa-picker-status">${status}</li>` : null}
      ${options.map((o) => html`<li role="option" key=${o.key} class="oa-picker-option"
        onMouseDown=${(e) => e.preventDefault()} onClick=${() => pick(o)}>
        <span>${o.label}</span>${o.hint ? html`<small>${o.hint}</small>` : null}</li>`)}
    </ul>` : null}
  </div>`;
}
