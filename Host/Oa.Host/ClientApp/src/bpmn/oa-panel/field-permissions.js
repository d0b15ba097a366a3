// 字段权限: every field of the node's form × 可编辑 / 只读 / 隐藏. User tasks keep the list inside
// oa:approval, the start event directly in its extensionElements (Engine/ProcessXml reads it there).
// An unlisted field inherits from its container, else the node default (start: editable, approver:
// read-only) — the rule of Oa.Forms' AccessMap, so the grid shows what the server will enforce.

export const ACCESS = [['editable', '可编辑'], ['readonly', '只读'], ['hidden', '隐藏']];

export function nodeDefault(isStart) { return isStart ? 'editable' : 'readonly'; }

// fields: [{key, parent}] in form order; explicit: [{field, access}] → Map key → {access, inherited}
export function effectiveAccess(fields, explicit, isStart) {
  const listed = new Map(explicit.map((p) => [p.field, p.access]));
  const result = new Map();
  for (const f of fields) {
    const inherited = (f.parent && result.get(f.parent)?.access) || nodeDefault(isStart);
    const own = listed.get(f.key);
    result.set(f.key, own ? { access: own, inherited: false } : { access: inherited, inherited: true });
  }
  return result;
}

// Sets one field and drops entries that only repeat what the field would inherit anyway, so the
// XML lists the exceptions, like the shipped definitions do.
export function setAccess(fields, explicit, isStart, key, access) {
  const next = [...explicit.filter((p) => p.field !== key), { field: key, access }];
  return prune(fields, next, isStart);
}

export function setAll(fields, isStart, access) {
  return prune(fields, fields.filter((f) => !f.parent).map((f) => ({ field: f.key, access })), isStart);
}

function prune(fields, explicit, isStart) {
  const known = new Set(fields.map((f) => f.key));
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const kept = [];
  const access = new Map();
  const listed = new Map(explicit.map((p) => [p.field, p.access]));
  for (const f of fields) {
    const inherited = (f.parent && access.get(f.parent)) || nodeDefault(isStart);
    const own = listed.get(f.key);
    if (own && own !== inherited) kept.push({ field: f.key, access: own });
    access.set(f.key, own || inherited);
  }
  // entries for fields the form no longer has stay until the admin removes them (shown apart)
  for (const p of explicit) if (!known.has(p.field) && !byKey.has(p.field)) kept.push(p);
  return kept;
}
