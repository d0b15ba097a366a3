// <oa:approval> ↔ a plain settings object the 审批设置 group edits. The attribute names are those of
// Workflows/Oa.Workflows/Approvals/OaSchema.cs, and the writer leaves out what the parser treats as
// default or ignores for a rule type (the parser reports "has no effect" for those), so a model
// saved here publishes as written. Pure functions over moddle objects: unit-tested in Node.

export const METHODS = [
  ['all', '会签（全部同意）'], ['any', '或签（一人同意即可）'], ['sequential', '依次审批'], ['ratio', '按比例通过'],
];
export const NO_APPROVER = [
  ['admin', '转交流程管理员'], ['autoApprove', '自动通过'], ['reject', '自动驳回'], ['assign', '转交指定人员'],
];
export const SELF_APPROVER = [['approve', '由发起人自己审批'], ['skip', '自动跳过'], ['head', '转交直接上级']];
export const DEDUP = [['none', '不去重'], ['any', '与之前任一节点重复时跳过'], ['consecutive', '仅与上一节点连续重复时跳过']];
export const COMMENT = [['false', '选填'], ['true', '必填'], ['onReject', '驳回时必填']];
export const ACTIONS = [
  ['approve', '同意'], ['reject', '驳回'], ['return', '退回'], ['transfer', '转交'], ['delegate', '委托'],
  ['addSigner', '加签'], ['removeSigner', '减签'], ['cc', '抄送'],
];
// ApprovalPolicy.DefaultActions: what the engine allows when the attribute is absent. The panel must
// show the same set, or unticking 退回/转交 would write the default and the engine would allow them again.
export const DEFAULT_ACTIONS = ['approve', 'reject', 'return', 'transfer'];
export const TIMEOUT_ACTIONS = [['remind', '提醒'], ['autoApprove', '自动通过'], ['autoReject', '自动驳回']];
export const REJECT_TO = [['end', '结束流程'], ['initiator', '退回发起人'], ['previous', '退回上一节点']];
export const DEPT_TARGETS = [['head', '部门负责人'], ['members', '部门成员'], ['leader', '分管领导']];

// type → [label, attributes it uses] (ApprovalPolicyParser.Rules.cs RuleAttributes)
export const RULE_TYPES = {
  user: ['指定成员', ['value']],
  role: ['角色', ['value']],
  initiator: ['发起人自己', []],
  deptHead: ['部门负责人', ['level', 'dept']],
  deptMembers: ['部门成员', ['dept', 'value', 'includeChildren']],
  headChain: ['连续多级主管', ['toLevel', 'toRole']],
  leader: ['分管领导', ['dept']],
  supervisor: ['直接主管', ['level']],
  initiatorSelect: ['发起人自选', ['variable']],
  formUser: ['表单内人员', ['field']],
  formDept: ['表单内部门', ['field', 'mode', 'includeChildren']],
  expression: ['FEEL 表达式', ['value']],
};
const RULE_ATTRIBUTES = ['type', 'value', 'level', 'toLevel', 'toRole', 'field', 'mode', 'dept', 'includeChildren', 'variable'];

export function isApproval(el) { return el && el.$type === 'oa:Approval'; }
export function isFieldPermission(el) { return el && el.$type === 'oa:FieldPermission'; }

export function findApproval(bo) {
  return (bo.extensionElements?.get('values') || []).find(isApproval) || null;
}

export function emptySettings() {
  return {
    method: 'all', passRatio: null, noApprover: 'admin', noApproverUser: '', selfApprover: 'approve', dedup: 'none',
    commentRequired: 'false', signatureRequired: false, actions: [...DEFAULT_ACTIONS], rejectTo: 'end',
    approvers: [], cc: [], timeouts: [], fields: [],
  };
}

export function readSettings(approval) {
  const s = emptySettings();
  if (!approval) return s;
  for (const key of ['method', 'noApprover', 'noApproverUser', 'selfApprover', 'dedup', 'commentRequired', 'rejectTo'])
    if (approval.get(key) != null && approval.get(key) !== '') s[key] = String(approval.get(key));
  s.passRatio = approval.get('passRatio') ?? null;
  s.signatureRequired = approval.get('signatureRequired') === true;
  if (approval.get('actions')) s.actions = splitList(approval.get('actions'));
  s.approvers = (approval.get('approvers') || []).map(readRule);
  s.cc = (approval.get('ccs') || []).map(readRule);
  s.timeouts = (approval.get('timeouts') || []).map((t) => ({
    duration: t.get('duration') || '', action: t.get('action') || 'remind', repeat: t.get('repeat') ?? null,
  }));
  s.fields = readFieldPermissions(approval.get('fieldPermissions') || []);
  return s;
}

export function readRule(el) {
  const rule = {};
  for (const key of RULE_ATTRIBUTES) if (el.get(key) != null && el.get(key) !== '') rule[key] = el.get(key);
  return rule;
}

export function readFieldPermissions(list) {
  return list.map((p) => ({ field: p.get('field') || '', access: p.get('access') || 'readonly' }));
}

// settings → a new oa:Approval (children included). create(type, attrs) is moddle.create or bpmnFactory.create.
export function buildApproval(create, s) {
  const attrs = {};
  if (s.method && s.method !== 'all') attrs.method = s.method;
  if (s.method === 'ratio' && s.passRatio != null && s.passRatio !== '') attrs.passRatio = Number(s.passRatio);
  if (s.noApprover && s.noApprover !== 'admin') attrs.noApprover = s.noApprover;
  if (s.noApprover === 'assign' && s.noApproverUser) attrs.noApproverUser = s.noApproverUser;
  if (s.selfApprover && s.selfApprover !== 'approve') attrs.selfApprover = s.selfApprover;
  if (s.dedup && s.dedup !== 'none') attrs.dedup = s.dedup;
  if (s.commentRequired && s.commentRequired !== 'false') attrs.commentRequired = s.commentRequired;
  if (s.signatureRequired) attrs.signatureRequired = true;
  const actions = ['approve', ...s.actions.filter((a) => a !== 'approve')];
  if (!sameSet(actions, DEFAULT_ACTIONS)) attrs.actions = actions.join(',');
  if (s.rejectTo && s.rejectTo !== 'end') attrs.rejectTo = s.rejectTo;
  const approval = create('oa:Approval', attrs);
  const own = (list) => { list.forEach((x) => { x.$parent = approval; }); return list; };
  approval.set('approvers', own(s.approvers.map((r) => buildRule(create, 'oa:Approver', r))));
  approval.set('ccs', own(s.cc.map((r) => buildRule(create, 'oa:Cc', r))));
  approval.set('timeouts', own(s.timeouts.filter((t) => t.duration).map((t) => create('oa:Timeout', timeoutAttrs(t)))));
  approval.set('fieldPermissions', own(buildFieldPermissions(create, s.fields)));
  return approval;
}

export function buildRule(create, type, rule) {
  const uses = RULE_TYPES[rule.type]?.[1] || [];
  const attrs = { type: rule.type };
  for (const key of uses) {
    const v = rule[key];
    if (v == null || v === '' || v === false) continue;
    if (key === 'level' || key === 'toLevel') { if (Number(v) >= 1 && !(key === 'level' && Number(v) === 1)) attrs[key] = Number(v); continue; }
    if (key === 'mode' && v === 'head') continue;
    attrs[key] = v;
  }
  return create(type, attrs);
}

function timeoutAttrs(t) {
  const attrs = { duration: t.duration.trim() };
  if (t.action && t.action !== 'remind') attrs.action = t.action;
  if (t.action === 'remind' && Number(t.repeat) > 1) attrs.repeat = Number(t.repeat);
  return attrs;
}

export function buildFieldPermissions(create, fields) {
  return fields.filter((f) => f.field && f.access).map((f) => create('oa:FieldPermission', { field: f.field, access: f.access }));
}

export function splitList(text) {
  return String(text || '').split(/[,，]/).map((x) => x.trim()).filter(Boolean);
}

function sameSet(a, b) {
  return a.length === b.length && a.every((x) => b.includes(x));
}
