// Names for the ids that models and forms store (user names, department ids): pickers show 李四 in a
// chip, never "lisi", also after a reload. Users are looked up in batches — every id asked for in the
// same tick goes into one GET /api/org/users?names=… — and departments come from the one list
// /api/org/departments the pickers already browse. Answers are cached for the page's lifetime, and
// what a picker's search returned is remembered so a fresh pick costs no request.
import { getJson } from './http.js';

const BATCH = 100; // user names per request, to keep the URL short

export function createOrgNames(fetchJson = getJson, defer = (fn) => setTimeout(fn, 0)) {
  const known = { user: new Map(), dept: new Map() }; // id → label, or null once the server said "no such id"
  const waiting = new Set(); // user names asked for but not yet sent
  const sent = new Set(); // user names in a request still on its way
  const listeners = new Set();
  let flushScheduled = false;
  let departments; // the one request for the department list
  let departmentsLoaded = false;

  const key = (kind, id) => (kind === 'user' ? String(id).toLowerCase() : String(id));
  const notify = () => listeners.forEach((fn) => fn());

  function remember(kind, item) {
    if (kind === 'user') known.user.set(key('user', item.userName), userLabel(item));
    else known.dept.set(key('dept', item.id), { text: item.name, title: item.path || item.name });
  }

  async function flushUsers() {
    flushScheduled = false;
    const names = [...waiting];
    waiting.clear();
    for (let i = 0; i < names.length; i += BATCH) {
      const chunk = names.slice(i, i + BATCH);
      chunk.forEach((n) => sent.add(n));
      const list = await fetchJson(`/api/org/users?names=${encodeURIComponent(chunk.join(','))}`).catch(() => null);
      chunk.forEach((n) => sent.delete(n));
      if (!list) continue; // a failed look-up leaves the ids showing; the next render asks again
      list.forEach((u) => remember('user', u));
      chunk.forEach((n) => { if (!known.user.has(key('user', n))) known.user.set(key('user', n), null); });
    }
    notify();
  }

  function loadDepartments() {
    departments ||= fetchJson('/api/org/departments')
      .then((list) => { list.forEach((d) => remember('dept', d)); departmentsLoaded = true; notify(); })
      .catch(() => { departments = null; });
    return departments;
  }

  // Ask for labels; listeners hear when they arrive. Ids already known (or already asked for) cost nothing.
  function request(kind, ids) {
    if (kind === 'dept') {
      if (ids.some((id) => !known.dept.has(key('dept', id)))) loadDepartments();
      return;
    }
    for (const k of ids.filter(Boolean).map((id) => key('user', id))) if (!known.user.has(k) && !sent.has(k)) waiting.add(k);
    if (waiting.size && !flushScheduled) { flushScheduled = true; defer(flushUsers); }
  }

  // {text, title, missing}: the name when known, the id itself while unknown, and missing once the
  // organisation said it has no such id (a typo in imported XML, a deleted department).
  function label(kind, id) {
    const found = known[kind].get(key(kind, id));
    if (found) return found;
    const missing = found === null || (kind === 'dept' && departmentsLoaded);
    return missing
      ? { text: String(id), title: kind === 'user' ? '组织中找不到此账号' : '组织中找不到此部门', missing: true }
      : { text: String(id), title: String(id), missing: false };
  }

  return { remember, request, label, subscribe(fn) { listeners.add(fn); return () => listeners.delete(fn); } };
}

function userLabel(u) {
  const title = `${u.displayName}（${u.userName}）${u.department ? ' · ' + u.department : ''}`;
  return u.active === false
    ? { text: `${u.displayName}（已停用）`, title, missing: false, inactive: true }
    : { text: u.displayName || u.userName, title, missing: false };
}

// One book per page, shared by every picker on it.
export const orgNames = createOrgNames();
