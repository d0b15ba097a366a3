// 人员: picks one or more users from the org directory (GET /api/org/users?q=).
// Stores user names, a string or, with `multiple`, an array, because the engine's approver
// rule "form field user" resolves user names.
import { html } from './html.js';
import { FieldShell, glyphIcon, OA_GROUP, BASE_ENTRIES } from './field-shell.js';
import { SearchPicker } from './search-picker.js';
import { createSearch } from '../../shared/http.js';
import { asList, fromList } from './values.js';
import { orgNames, useOrgLabels } from './org-labels.js';

export const type = 'oa-user';
const search = createSearch((q) => `/api/org/users?q=${encodeURIComponent(q)}`);

export function OaUser(props) {
  const { field, value, disabled, readonly, domId } = props;
  const list = asList(value);
  const label = useOrgLabels('user', list);
  const selected = list.map((u) => ({ key: u, label: label(u).text, title: label(u).title }));

  const onPick = (user) => {
    orgNames.remember('user', user);
    const next = field.multiple ? [...list.filter((u) => u !== user.userName), user.userName] : [user.userName];
    props.onChange({ value: fromList(next, field.multiple) });
  };
  const onRemove = (key) => props.onChange({ value: fromList(list.filter((u) => u !== key), field.multiple) });

  return html`<${FieldShell} type=${type} props=${props}>
    <${SearchPicker} domId=${domId} disabled=${disabled} readonly=${readonly} multiple=${field.multiple}
      placeholder="输入姓名或账号搜索" selected=${selected} search=${search}
      toOption=${(u) => ({ key: u.userName, label: u.displayName || u.userName, hint: [u.userName, u.department].filter(Boolean).join(' · ') })}
      onPick=${onPick} onRemove=${onRemove} />
  </${FieldShell}>`;
}

OaUser.config = {
  type,
  keyed: true,
  name: '人员',
  label: '人员',
  group: OA_GROUP,
  iconUrl: glyphIcon('人'),
  emptyValue: null,
  sanitizeValue: ({ value, formField }) => fromList(asList(value), formField?.multiple),
  create: (options = {}) => ({ label: '人员', ...options }),
  propertiesPanelEntries: BASE_ENTRIES,
};
