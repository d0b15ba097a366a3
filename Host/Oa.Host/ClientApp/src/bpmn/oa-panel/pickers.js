// Pickers over the real organisation (/api/org/users, /departments, /roles — open to every signed-in
// user). Values are stored the way oa:approver reads them: comma-separated user names, department
// ids or role names. Chips show names (李四, 服务运营部) from the page's shared name book; the ids stay in the XML.
import { createSearch, getJson } from '../../shared/http.js';
import { orgNames } from '../../shared/org-names.js';
import { html, useEffect, useState, useTranslate } from './html.js';
import { splitList } from './approval-model.js';

const SOURCES = {
  user: {
    search: createSearch((q) => `/api/org/users?take=8&q=${encodeURIComponent(q)}`),
    id: (u) => u.userName,
    text: (u) => `${u.displayName}（${u.userName}）${u.department ? " · " + u.department : ""}`,
    placeholder: '搜索姓名或账号',
  },
  dept: {
    search: createSearch((q) => `/api/org/departments?q=${encodeURIComponent(q)}`),
    id: (d) => d.id,
    text: (d) => d.path || d.name,
    placeholder: '搜索部门',
  },
};

// Multi-select with chips; single=true keeps one value (no-approver fallback user, for instance).
export function OrgPicker({ kind, value, onChange, single = false, testId }) {
  const source = SOURCES[kind];
  const selected = splitList(value);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState([]);
  const [open, setOpen] = useState(false);
  const label = useOrgLabels(kind, selected);
  const tr = useTranslate();

  const search = (q) => {
    setQuery(q);
    setOpen(true);
    source.search(q, (error, list) => setResults(error ? [] : list.slice(0, 8)));
  };
  const add = (item) => {
    const id = source.id(item);
    orgNames.remember(kind, item);
    const next = single ? [id] : [...selected.filter((x) => x !== id), id];
    onChange(next.join(','));
    setQuery('');
    setOpen(false);
  };
  const remove = (id) => onChange(selected.filter((x) => x !== id).join(','));

  return html`<div class="oa-picker" data-testid=${testId}>
    <div class="oa-chips">
      ${selected.map((id) => { const l = label(id); return html`<span class=${l.missing ? 'oa-chip oa-chip-missing' : 'oa-chip'}
        title=${l.title} data-id=${id}>${l.text}<button type="button" title=${tr('移除')} onClick=${() => remove(id)}>×</button></span>`; })}
    </div>
    <input class="bio-properties-panel-input" type="search" value=${query} placeholder=${tr(source.placeholder)}
      onInput=${(e) => search(e.target.value)} onFocus=${() => search(query)}
      onBlur=${() => setTimeout(() => setOpen(false), 200)} />
    ${open && results.length > 0 ? html`<ul class="oa-options" role="listbox">
      ${results.map((item) => html`<li role="option" onMouseDown=${(e) => { e.preventDefault(); add(item); }}>${source.text(item)}</li>`)}
    </ul>` : null}
  </div>`;
}

// Re-render when names arrive; ask for the ones this picker shows.
function useOrgLabels(kind, ids) {
  const [, setTick] = useState(0);
  useEffect(() => orgNames.subscribe(() => setTick((t) => t + 1)), []);
  useEffect(() => { orgNames.request(kind, ids); }, [kind, ids.join(',')]);
  return (id) => orgNames.label(kind, id);
}

let rolesPromise;
function loadRoles() {
  rolesPromise ||= getJson('/api/org/roles').catch(() => []);
  return rolesPromise;
}

// Roles are few: a list of checkboxes, business roles (审批角色) first.
export function RolePicker({ value, onChange, testId, single = false }) {
  const [roles, setRoles] = useState([]);
  const tr = useTranslate();
  useEffect(() => { loadRoles().then((r) => setRoles([...r].sort((a, b) => Number(b.isBusinessRole) - Number(a.isBusinessRole)))); }, []);
  const selected = splitList(value);
  const toggle = (name, on) => {
    const next = single ? (on ? [name] : []) : on ? [...selected, name] : selected.filter((x) => x !== name);
    onChange(next.join(','));
  };
  if (roles.length === 0) return html`<div class="oa-muted">${tr('正在读取角色…')}</div>`;
  return html`<div class="oa-role-list" data-testid=${testId}>
    ${roles.map((r) => html`<label class="oa-check" title=${r.description || ''}>
      <input type=${single ? 'radio' : 'checkbox'} checked=${selected.includes(r.name)}
        onChange=${(e) => toggle(r.name, e.target.checked)} /> ${r.name}<span class="oa-muted"> ${tr('{n} 人', { n: r.members })}</span>
    </label>`)}
  </div>`;
}
