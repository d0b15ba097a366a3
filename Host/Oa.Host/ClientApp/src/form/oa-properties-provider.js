// Editor properties for the OA fields ("OA 设置" group): whatever each type needs beyond the
// standard key/label/required entries listed in its `propertiesPanelEntries`.
//
// form-js-editor 1.23 bundles its own copy of @bpmn-io/properties-panel, so entry components
// imported from that package would read contexts of the other copy and crash. The entries are
// therefore small preact components here, using the panel's CSS classes to look the same.
import { useState } from 'preact/hooks';
import { html } from './components/html.js';
import { CURRENCIES } from './components/currency.js';
import { LedgerSelect } from './editor/ledger-select.js';

// type → entries; each entry: [path, kind, label, description?, options?]
// kinds: checkbox, number, text, json, select (options: [[value, label]]), ledger (select from
// GET /api/ledgers/), note (read-only explanation, saves nothing).
const ENTRIES = {
  'oa-money': [
    ['currency', 'select', '币种', '金额前显示的符号；留空为人民币', CURRENCIES],
    ['hideCapital', 'checkbox', '不显示金额大写'],
  ],
  'oa-user': [['multiple', 'checkbox', '允许多选']],
  'oa-department': [['multiple', 'checkbox', '允许多选']],
  'oa-attachments': [
    ['maxFiles', 'number', '最多文件数'],
    ['maxSize', 'number', '单个文件上限（MB）'],
    ['accept', 'text', '允许的类型', '逗号分隔，如 .pdf,.docx,image/*'],
  ],
  'oa-serial': [
    ['serialRule', 'note', '编号规则', '流水号由流程设置中的流水号规则（serialRule：前缀、日期、序号位数、重置周期）在提交时生成；表单中只读，这里无需设置。'],
  ],
  'oa-signature': [
    ['width', 'number', '签名框宽度（像素）', '留空则占满表单宽度'],
    ['height', 'number', '签名框高度（像素）', '默认 160'],
  ],
  'oa-related-record': [
    ['ledgerKey', 'ledger', '台账', '从哪个台账选择记录'],
    ['fieldMap', 'json', '字段映射', 'JSON：{"记录字段": "表单字段 key"}'],
  ],
};

export class OaPropertiesProvider {
  constructor(propertiesPanel) {
    propertiesPanel.registerProvider(this, 500);
  }

  getGroups(field, editField) {
    return (groups) => {
      const specs = field && ENTRIES[field.type];
      if (!specs) return groups;
      const general = groups.findIndex((g) => g.id === 'general');
      groups.splice(general + 1, 0, {
        id: 'oa',
        label: 'OA 设置',
        entries: specs.map(([path, kind, label, description, options]) => ({
          id: `oa-${path}`,
          component: Entry,
          isEdited: () => kind !== 'note' && field[path] !== undefined,
          field, editField, path, kind, label, description, options,
        })),
      });
      return groups;
    };
  }
}
OaPropertiesProvider.$inject = ['propertiesPanel'];

function Entry({ id, field, editField, path, kind, label, description, options }) {
  const inputId = `bio-properties-panel-${id}`;
  const save = (value) => editField(field, [path], value);
  const hint = description ? html`<div class="bio-properties-panel-description">${description}</div>` : null;

  if (kind === 'checkbox') {
    return html`<div class="bio-properties-panel-entry bio-properties-panel-checkbox-entry" data-entry-id=${id}>
      <div class="bio-properties-panel-checkbox">
        <input id=${inputId} type="checkbox" class="bio-properties-panel-input" checked=${Boolean(field[path])}
          onChange=${(e) => save(e.target.checked || undefined)} />
        <label for=${inputId} class="bio-properties-panel-label">${label}</label>
      </div>${hint}
    </div>`;
  }
  if (kind === 'note') {
    return html`<div class="bio-properties-panel-entry oa-note-entry" data-entry-id=${id}>
      <span class="bio-properties-panel-label">${label}</span>
      <p class="bio-properties-panel-description" data-testid=${id}>${description}</p>
    </div>`;
  }
  if (kind === 'select' || kind === 'ledger') {
    const Select = kind === 'ledger' ? LedgerSelect : StaticSelect;
    return html`<div class="bio-properties-panel-entry" data-entry-id=${id}>
      <label for=${inputId} class="bio-properties-panel-label">${label}</label>
      <${Select} id=${inputId} value=${field[path]} options=${options} save=${save} />
      ${hint}
    </div>`;
  }
  return html`<div class="bio-properties-panel-entry" data-entry-id=${id}>
    <label for=${inputId} class="bio-properties-panel-label">${label}</label>
    ${kind === 'json'
      ? html`<${JsonInput} id=${inputId} value=${field[path]} save=${save} />`
      : html`<input id=${inputId} class="bio-properties-panel-input" type=${kind === 'number' ? 'number' : 'text'}
          min=${kind === 'number' ? 0 : undefined} value=${field[path] ?? ''}
          onChange=${(e) => save(parse(e.target.value, kind))} />`}
    ${hint}
  </div>`;
}

function StaticSelect({ id, value, options, save }) {
  return html`<select id=${id} class="bio-properties-panel-input" value=${value ?? ''}
      onChange=${(e) => save(e.target.value || undefined)}>
    <option value="">（默认）</option>
    ${options.map(([v, text]) => html`<option value=${v} selected=${v === value}>${text}</option>`)}
  </select>`;
}

// Keeps the typed text while it is not valid JSON; only a parsable mapping is saved.
function JsonInput({ id, value, save }) {
  const [text, setText] = useState(value ? JSON.stringify(value) : '');
  const [bad, setBad] = useState(false);
  const onInput = (e) => {
    setText(e.target.value);
    if (!e.target.value.trim()) {
      setBad(false);
      save(undefined);
      return;
    }
    try {
      save(JSON.parse(e.target.value));
      setBad(false);
    } catch {
      setBad(true);
    }
  };
  return html`<textarea id=${id} class="bio-properties-panel-input" rows="3" spellcheck="false"
      value=${text} onInput=${onInput}></textarea>
    ${bad ? html`<div class="bio-properties-panel-error">JSON 格式不正确</div>` : null}`;
}

// Empty inputs remove the property instead of saving "" or 0 into the schema.
function parse(raw, kind) {
  if (raw.trim() === '') return undefined;
  if (kind === 'number') {
    const n = Number(raw);
    return Number.isFinite(n) && n > 0 ? n : undefined;
  }
  return raw.trim();
}
