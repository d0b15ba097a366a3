// <oa:process> ↔ the plain settings object the 流程设置 group edits. Attribute names are those of
// Workflows/Oa.Workflows/Approvals/OaSchema.cs (Process, Notification); defaults are left out, so a process
// nobody configured keeps no oa:process at all. Pure functions over moddle objects: unit-tested in Node.
import { splitList } from '../oa-panel/approval-model.js';

export const SERIAL_RESETS = [['never', '不重置'], ['yearly', '每年重置'], ['monthly', '每月重置'], ['daily', '每天重置']];
export const DATE_PARTS = [['yyyyMMdd', '年月日 (yyyyMMdd)'], ['yyyyMM', '年月 (yyyyMM)'], ['yyyy', '年 (yyyy)'], ['', '不含日期']];
export const RETURN_BEHAVIOURS = [['rerun', '重新逐级审批'], ['backToReturner', '直接回到退回人']];
export const INITIATOR_WITHDRAW = [['untilFirstAction', '审批人处理前可撤回'], ['never', '不允许撤回']];
// 撤销 (revoke): the applicant ends their own running request even after approvers acted (DingTalk's 撤销).
export const INITIATOR_CANCEL = [['never', '不允许'], ['whileRunning', '审批中可撤销']];
// name → label; the picker draws each with the catalogue's own glyph and tint (sent by the options API).
export const ICON_LABELS = {
  general: '通用', leave: '请假', expense: '报销', purchase: '采购', contract: '合同',
  seal: '用印', travel: '出差', car: '用车', meeting: '会议', document: '公文',
  payment: '付款', people: '人事',
};
// The texts of one <oa:notification>: Chinese, and English for recipients whose language is English (else they get the Chinese).
export const NOTIFICATION_TEXTS = ['subject', 'body', 'subjectEn', 'bodyEn'];
export const EVENT_LABELS = {
  taskAssigned: '待办到达', approved: '审批通过', rejected: '被驳回', returned: '被退回', urged: '催办',
  cc: '抄送', timeout: '审批超时', delegated: '委派', cancelled: '作废', revoked: '发起人撤销',
};

export function isOaProcess(el) { return el && el.$type === 'oa:Process'; }

export function findProcessSettings(bo) {
  return (bo.extensionElements?.get('values') || []).find(isOaProcess) || null;
}

export function emptyProcessSettings() {
  return {
    category: '', icon: '', titleTemplate: '', serialRule: '', serialReset: 'never', admins: '',
    starters: { user: '', role: '', dept: '' }, returnBehaviour: 'rerun', initiatorWithdraw: 'untilFirstAction',
    initiatorCancel: 'never', approverWithdraw: true, notifications: [],
  };
}

const TEXT = ['category', 'icon', 'titleTemplate', 'serialRule', 'serialReset', 'admins', 'returnBehaviour', 'initiatorWithdraw', 'initiatorCancel'];

export function readProcessSettings(el) {
  const s = emptyProcessSettings();
  if (!el) return s;
  for (const key of TEXT) if (el.get(key) != null && el.get(key) !== '') s[key] = String(el.get(key));
  if (el.get('approverWithdraw') === false || el.get('approverWithdraw') === 'false') s.approverWithdraw = false;
  s.starters = splitStarters(el.get('startableBy'));
  s.notifications = (el.get('notifications') || []).map((n) => Object.fromEntries(['event', ...NOTIFICATION_TEXTS].map((k) => [k, n.get(k) || ''])));
  return s;
}

// startableBy="user:zhangsan,role:财务,dept:d-ops" ↔ one list per kind (the pickers each edit one).
export function splitStarters(text) {
  const starters = { user: [], role: [], dept: [] };
  for (const entry of splitList(text)) {
    const colon = entry.indexOf(':');
    const kind = entry.slice(0, colon);
    if (colon > 0 && starters[kind]) starters[kind].push(entry.slice(colon + 1));
  }
  return { user: starters.user.join(','), role: starters.role.join(','), dept: starters.dept.join(',') };
}

export function joinStarters(starters) {
  return ['user', 'role', 'dept'].flatMap((kind) => splitList(starters[kind]).map((v) => `${kind}:${v}`)).join(',');
}

const DEFAULTS = { serialReset: 'never', returnBehaviour: 'rerun', initiatorWithdraw: 'untilFirstAction', initiatorCancel: 'never' };

// null when nothing differs from the defaults: the writer then removes oa:process.
export function buildProcessSettings(create, s) {
  const attrs = {};
  for (const key of TEXT) {
    const value = String(s[key] ?? '').trim();
    if (value && value !== DEFAULTS[key]) attrs[key] = value;
  }
  const startableBy = joinStarters(s.starters || {});
  if (startableBy) attrs.startableBy = startableBy;
  if (s.approverWithdraw === false) attrs.approverWithdraw = false;
  const texts = (n) => Object.fromEntries(NOTIFICATION_TEXTS.filter((k) => n[k]?.trim()).map((k) => [k, n[k].trim()]));
  const notifications = (s.notifications || [])
    .filter((n) => n.event && Object.keys(texts(n)).length)
    .map((n) => create('oa:Notification', { event: n.event, ...texts(n) }));
  if (Object.keys(attrs).length === 0 && notifications.length === 0) return null;
  const el = create('oa:Process', attrs);
  if (notifications.length) {
    notifications.forEach((n) => { n.$parent = el; });
    el.set('notifications', notifications);
  }
  return el;
}

// serialRule="QJ-{yyyyMMdd}-{seq:4}" ↔ { prefix: 'QJ-', datePart: 'yyyyMMdd', separator: '-', seqLength: 4 }.
// A rule the parts cannot express ({yyMM}{seq:4}) gives null, and the group shows it as free text.
const SERIAL = /^([^{}]*)(?:\{(yyyy|yyyyMM|yyyyMMdd)\}([^{}]*))?\{seq(?::(\d{1,2}))?\}$/;

export function parseSerialRule(rule) {
  if (!rule) return { prefix: '', datePart: 'yyyyMMdd', separator: '-', seqLength: 4 };
  const m = SERIAL.exec(rule);
  if (!m) return null;
  const seqLength = m[4] ? Number(m[4]) : 1;
  if (seqLength < 1 || seqLength > 12) return null;
  return { prefix: m[1], datePart: m[2] || '', separator: m[2] ? m[3] : '', seqLength };
}

export function formatSerialRule({ prefix = '', datePart = '', separator = '', seqLength = 4 }) {
  const length = Math.min(12, Math.max(1, Math.round(Number(seqLength) || 1)));
  const clean = (text) => String(text || '').replace(/[{}]/g, '');
  return `${clean(prefix)}${datePart ? `{${datePart}}${clean(separator)}` : ''}{seq:${length}}`;
}

// What the first number of the rule looks like on a given day: QJ-20261201-0001.
export function sampleSerial(rule, at = new Date()) {
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const parts = { yyyy: String(at.getFullYear()), yy: pad(at.getFullYear() % 100), MM: pad(at.getMonth() + 1), dd: pad(at.getDate()) };
  return String(rule || '').replace(/\{([^{}]*)\}/g, (_, body) => {
    if (body.startsWith('seq')) return '1'.padStart(Number(body.slice(4)) || 1, '0');
    return body.replace(/yyyy|yy|MM|dd/g, (t) => parts[t]);
  });
}
