// 关联记录: picks a record of a ledger (GET /api/ledgers/{ledgerKey}/records?q=) and stores
// {id, title}. `fieldMap` ({ recordField: formKey }) copies values of the picked record into
// other fields of this form, e.g. a contract's counterparty into `partyName`.
import { useContext } from 'preact/hooks';
import { FormContext } from '@bpmn-io/form-js-viewer';
import { html } from './html.js';
import { FieldShell, glyphIcon, OA_GROUP, BASE_ENTRIES } from './field-shell.js';
import { SearchPicker } from './search-picker.js';
import { createSearch } from '../../shared/http.js';

export const type = 'oa-related-record';
const searches = new Map(); // one debounced search per ledger

function searchFor(ledgerKey) {
  if (!searches.has(ledgerKey)) {
    searches.set(ledgerKey, createSearch((q) =>
      `/api/ledgers/${encodeURIComponent(ledgerKey)}/records?q=${encodeURIComponent(q)}`));
  }
  return searches.get(ledgerKey);
}

export function OaRelatedRecord(props) {
  const { field, value, disabled, readonly, domId } = props;
  const { getService } = useContext(FormContext);
  const selected = value && value.id !== undefined ? [{ key: String(value.id), label: value.title || String(value.id) }] : [];

  const onPick = (record) => {
    props.onChange({ value: { id: record.id, title: record.title } });
    fillMappedFields(getService('form', false), field.fieldMap, record.fields || {});
  };
  const search = field.ledgerKey
    ? searchFor(field.ledgerKey)
    : (q, cb) => cb(new Error('未配置台账'), []);

  return html`<${FieldShell} type=${type} props=${props}>
    <${SearchPicker} domId=${domId} disabled=${disabled} readonly=${readonly} multiple=${false}
      placeholder="输入关键字搜索记录" selected=${selected} search=${search}
      toOption=${(r) => ({ key: String(r.id), label: r.title })}
      onPick=${onPick} onRemove=${() => props.onChange({ value: null })} />
  </${FieldShell}>`;
}

// form-js has no public "set another field" API in 1.23; writing through the form state is
// what its own field updates do, and the re-render picks the new values up.
function fillMappedFields(form, fieldMap, recordFields) {
  if (!form || !fieldMap) return;
  const entries = Object.entries(fieldMap).filter(([from]) => from in recordFields);
  if (!entries.length) return;
  const data = { ...form._getState().data };
  for (const [from, toKey] of entries) data[toKey] = recordFields[from];
  form._setState({ data });
}

OaRelatedRecord.config = {
  type,
  keyed: true,
  name: '关联记录',
  label: '关联记录',
  group: OA_GROUP,
  iconUrl: glyphIcon('链'),
  emptyValue: null,
  sanitizeValue: ({ value }) => (value && typeof value === 'object' && 'id' in value ? { id: value.id, title: value.title ?? '' } : null),
  create: (options = {}) => ({ label: '关联记录', ...options }),
  propertiesPanelEntries: BASE_ENTRIES,
};
