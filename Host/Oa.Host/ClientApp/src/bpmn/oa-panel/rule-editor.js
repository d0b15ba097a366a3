// One approver (or CC) rule: the type, then only the inputs that type reads.
import { html, useTranslate, Field, Select, Text, Check } from './html.js';
import { RULE_TYPES, DEPT_TARGETS } from './approval-model.js';
import { OrgPicker, RolePicker } from './pickers.js';
import { FeelInput } from './feel-input.js';

const TYPE_OPTIONS = Object.entries(RULE_TYPES).map(([type, [label]]) => [type, label]);
// Select translates option texts; the level is filled in afterwards, so one dictionary entry serves every level.
const levels = (tr) => [1, 2, 3, 4, 5].map((n) => [String(n), n === 1 ? tr('直接部门（第 1 级）') : tr('向上第 {n} 级', { n })]);

export function RuleEditor({ rule, onChange, onRemove, fields, testId }) {
  const tr = useTranslate();
  const set = (key, value) => onChange({ ...rule, [key]: value });
  const userFields = fields.filter((f) => f.holdsValue && /user/i.test(f.type));
  const deptFields = fields.filter((f) => f.holdsValue && /department/i.test(f.type));
  const fieldOptions = (list) => [['', list.length ? '请选择字段' : '表单中没有此类字段'], ...list.map((f) => [f.key, `${f.label}（${f.key}）`])];

  return html`<div class="oa-rule" data-testid=${testId}>
    <div class="oa-rule-head">
      <${Select} value=${rule.type} options=${TYPE_OPTIONS} testId="rule-type" onChange=${(type) => onChange({ type })} />
      <button type="button" class="oa-icon-button" title=${tr('删除')} onClick=${onRemove}>${tr('删除')}</button>
    </div>
    ${rule.type === 'user' ? html`<${OrgPicker} kind="user" value=${rule.value} onChange=${(v) => set('value', v)} testId="rule-users" />` : null}
    ${rule.type === 'role' ? html`<${RolePicker} value=${rule.value} onChange=${(v) => set('value', v)} testId="rule-roles" />` : null}
    ${rule.type === 'deptHead' || rule.type === 'supervisor' ? html`<${Field} label=${'级别'}>
      <${Select} value=${String(rule.level || 1)} options=${levels(tr)} onChange=${(v) => set('level', Number(v))} /></${Field}>` : null}
    ${['deptHead', 'leader', 'deptMembers'].includes(rule.type) ? html`<${Field} label=${'部门'}
        hint=${rule.type === 'deptMembers' ? '' : '不选则按发起人所在部门'}>
      <${OrgPicker} kind="dept" value=${rule.dept} onChange=${(v) => set('dept', v)} testId="rule-depts" /></${Field}>` : null}
    ${rule.type === 'deptMembers' || rule.type === 'formDept' ? html`<${Check} label=${'包含下级部门'} checked=${rule.includeChildren}
      onChange=${(v) => set('includeChildren', v)} />` : null}
    ${rule.type === 'headChain' ? html`
      <${Field} label=${'审批到第几级（可选）'}><${Text} type="number" value=${rule.toLevel} onChange=${(v) => set('toLevel', v ? Number(v) : null)} /></${Field}>
      <${Field} label=${'或审批到角色（可选）'}><${RolePicker} single value=${rule.toRole} onChange=${(v) => set('toRole', v)} /></${Field}>` : null}
    ${rule.type === 'initiatorSelect' ? html`<${Field} label=${'保存所选人员的变量'} hint=${'发起时由申请人选择审批人'}>
      <${Text} value=${rule.variable} placeholder=${'例如 approverPick'} onChange=${(v) => set('variable', v)} /></${Field}>` : null}
    ${rule.type === 'formUser' ? html`<${Field} label=${'人员字段'}>
      <${Select} value=${rule.field || ''} options=${fieldOptions(userFields)} onChange=${(v) => set('field', v)} /></${Field}>` : null}
    ${rule.type === 'formDept' ? html`
      <${Field} label=${'部门字段'}><${Select} value=${rule.field || ''} options=${fieldOptions(deptFields)} onChange=${(v) => set('field', v)} /></${Field}>
      <${Field} label=${'审批人'}><${Select} value=${rule.mode || 'head'} options=${DEPT_TARGETS} onChange=${(v) => set('mode', v)} /></${Field}>` : null}
    ${rule.type === 'expression' ? html`<${Field} label=${'FEEL 表达式'} hint=${'结果为账号或账号列表'}>
      <${FeelInput} value=${rule.value} onChange=${(v) => set('value', v)} testId="rule-feel" /></${Field}>` : null}
  </div>`;
}

export function RuleList({ rules, onChange, fields, addLabel, testId }) {
  const update = (i, rule) => onChange(rules.map((r, j) => (j === i ? rule : r)));
  const remove = (i) => onChange(rules.filter((_, j) => j !== i));
  return html`<div class="oa-rule-list" data-testid=${testId}>
    ${rules.map((rule, i) => html`<${RuleEditor} key=${i} rule=${rule} fields=${fields} testId=${`${testId}-${i}`}
      onChange=${(r) => update(i, r)} onRemove=${() => remove(i)} />`)}
    <button type="button" class="oa-add" data-testid=${`${testId}-add`}
      onClick=${() => onChange([...rules, { type: 'user' }])}>＋ ${addLabel}</button>
  </div>`;
}
