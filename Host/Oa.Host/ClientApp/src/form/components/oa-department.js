// 部门: picks departments (GET /api/org/departments?q=). Stores department ids (string, or an
// array with `multiple`); the chip shows the name, its tooltip the full path so same-named teams can be told apart.
import { html } from './html.js';
import { FieldShell, glyphIcon, OA_GROUP, BASE_ENTRIES } from './field-shell.js';
import { SearchPicker } from './search-picker.js';
import { createSearch } from '../../shared/http.js';
import { asList, fromList } from './values.js';
import { orgNames, useOrgLabels } from './org-labels.js';

export const type = 'oa-department';
const search = createSearch((q) => `/api/org/departments?q=${encodeURIComponent(q)}`);

export function OaDepartment(props) {
  const { field, value, disabled, readonly, domId } = props;
  const list = asList(value).map(String);
  const label = useOrgLabels('dept', list);
  const selected = list.map((id) => ({ key: id, label: label(id).text, title: label(id).title }));

  const onPick = (dept) => {
    const id = String(dept.id);
    orgNames.remember('dept', dept);
    const next = field.multiple ? [...list.filter((d) => d !== id), id] : [id];
    props.onChange({ value: fromList(next, field.multiple) });
  };
  const onRemove = (key) => props.onChange({ value: fromList(list.filter((d) => d !== key), field.multiple) });

  return html`<${FieldShell} type=${type} props=${props}>
    <${SearchPicker} domId=${domId} disabled=${disabled} readonly=${readonly} multiple=${field.multiple}
      placeholder="输入部门名称搜索" selected=${selected} search=${search}
      toOption=${(d) => ({ key: String(d.id), label: d.name, hint: d.path })}
      onPick=${onPick} onRemove=${onRemove} />
  </${FieldShell}>`;
}

OaDepartment.config = {
  type,
  keyed: true,
  name: '部门',
  label: '部门',
  group: OA_GROUP,
  iconUrl: glyphIcon('部'),
  emptyValue: null,
  sanitizeValue: ({ value, formField }) => fromList(asList(value).map(String), formField?.multiple),
  create: (options = {}) => ({ label: '部门', ...options }),
  propertiesPanelEntries: BASE_ENTRIES,
};
