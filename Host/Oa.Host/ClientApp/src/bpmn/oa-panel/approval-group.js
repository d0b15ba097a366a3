// 审批设置: the oa:approval of a user task — who approves, how, and what happens in the edge cases.
// Every edit rebuilds the whole <oa:approval> from the settings object in one undoable command
// (field permissions included, which the 字段权限 group edits through the same writer).
import { getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';
import { html, useService, useElementTick, useTranslate, Field, Select, Text, Check } from './html.js';
import {
  ACTIONS, COMMENT, DEDUP, METHODS, NO_APPROVER, REJECT_TO, SELF_APPROVER, TIMEOUT_ACTIONS,
  buildApproval, findApproval, isApproval, readSettings,
} from './approval-model.js';
import { replaceExtensions, zeebeFormId } from './extension-writer.js';
import { useFormFields } from './form-fields.js';
import { RuleList } from './rule-editor.js';
import { OrgPicker } from './pickers.js';

export function writeSettings(injector, element, settings) {
  const bpmnFactory = injector.get('bpmnFactory');
  const approval = buildApproval((type, attrs) => bpmnFactory.create(type, attrs), settings);
  replaceExtensions(injector, element, isApproval, [approval]);
}

export function useApproval(element) {
  useElementTick(element);
  const injector = useService('injector');
  const bo = getBusinessObject(element);
  const settings = readSettings(findApproval(bo));
  const update = (patch) => writeSettings(injector, element, { ...settings, ...patch });
  return { bo, settings, update, hasApproval: Boolean(findApproval(bo)) };
}

export function ApprovalEditor({ element }) {
  const { bo, settings: s, update, hasApproval } = useApproval(element);
  const { fields } = useFormFields(zeebeFormId(bo));
  const tr = useTranslate();
  const nodes = useService('elementRegistry').filter((e) => e.type === 'bpmn:UserTask' && e.id !== element.id);
  const rejectOptions = [...REJECT_TO, ...nodes.map((n) => [`node:${n.id}`, tr('退回到「{name}」', { name: n.businessObject.name || n.id })])];
  const toggleAction = (action, on) => update({ actions: on ? [...s.actions, action] : s.actions.filter((a) => a !== action) });

  return html`<div class="oa-approval" data-testid="oa-approval">
    ${!hasApproval ? html`<p class="oa-warning">${tr('尚未设置审批人：添加审批人后，此节点按审批规则分配。')}</p>` : null}
    <${Field} label=${'审批人'}>
      <${RuleList} rules=${s.approvers} fields=${fields} addLabel=${tr('添加审批人')} testId="approvers"
        onChange=${(approvers) => update({ approvers })} />
    </${Field}>
    <${Field} label=${'多人审批方式'}>
      <${Select} value=${s.method} options=${METHODS} testId="method" onChange=${(method) => update({ method })} />
    </${Field}>
    ${s.method === 'ratio' ? html`<${Field} label=${'通过比例'} hint=${'0 到 1 之间，例如 0.6 表示 60% 同意即通过'}>
      <${Text} type="number" value=${s.passRatio} testId="pass-ratio" onChange=${(v) => update({ passRatio: v === '' ? null : Number(v) })} />
    </${Field}>` : null}
    <${Field} label=${'找不到审批人时'}>
      <${Select} value=${s.noApprover} options=${NO_APPROVER} testId="no-approver" onChange=${(noApprover) => update({ noApprover })} />
    </${Field}>
    ${s.noApprover === 'assign' ? html`<${Field} label=${'转交给'}>
      <${OrgPicker} kind="user" value=${s.noApproverUser} onChange=${(v) => update({ noApproverUser: v })} testId="no-approver-user" />
    </${Field}>` : null}
    <${Field} label=${'审批人是发起人时'}>
      <${Select} value=${s.selfApprover} options=${SELF_APPROVER} testId="self-approver" onChange=${(selfApprover) => update({ selfApprover })} />
    </${Field}>
    <${Field} label=${'审批人去重'}>
      <${Select} value=${s.dedup} options=${DEDUP} testId="dedup" onChange=${(dedup) => update({ dedup })} />
    </${Field}>
    <${Field} label=${'可用操作'}>
      <div class="oa-actions" data-testid="actions">
        ${ACTIONS.map(([a, label]) => html`<${Check} label=${label} checked=${a === 'approve' || s.actions.includes(a)}
          disabled=${a === 'approve'} onChange=${(on) => toggleAction(a, on)} />`)}
      </div>
    </${Field}>
    ${s.actions.includes('reject') ? html`<${Field} label=${'驳回后'}>
      <${Select} value=${s.rejectTo} options=${rejectOptions} testId="reject-to" onChange=${(rejectTo) => update({ rejectTo })} />
    </${Field}>` : null}
    <${Field} label=${'审批意见'}>
      <${Select} value=${s.commentRequired} options=${COMMENT} testId="comment" onChange=${(commentRequired) => update({ commentRequired })} />
      <${Check} label=${'需要手写签名'} checked=${s.signatureRequired} testId="signature" onChange=${(signatureRequired) => update({ signatureRequired })} />
    </${Field}>
    <${Field} label=${'超时处理'}>
      <${TimeoutList} timeouts=${s.timeouts} onChange=${(timeouts) => update({ timeouts })} />
    </${Field}>
    <${Field} label=${'抄送'}>
      <${RuleList} rules=${s.cc} fields=${fields} addLabel=${tr('添加抄送人')} testId="cc" onChange=${(cc) => update({ cc })} />
    </${Field}>
  </div>`;
}

// Durations are kept as ISO-8601 in the XML (PT24H); the editor shows hours, the unit admins think in.
export function hoursOf(duration) {
  const m = /^PT(\d+)H$/.exec(duration || '') || /^P(\d+)D$/.exec(duration || '');
  if (!m) return '';
  return duration.endsWith('D') ? String(Number(m[1]) * 24) : m[1];
}

function TimeoutList({ timeouts, onChange }) {
  const tr = useTranslate();
  const set = (i, patch) => onChange(timeouts.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  return html`<div class="oa-timeouts" data-testid="timeouts">
    ${timeouts.map((t, i) => html`<div class="oa-timeout-row">
      <input class="bio-properties-panel-input oa-hours" type="number" min="1" value=${hoursOf(t.duration)} title=${t.duration}
        onChange=${(e) => set(i, { duration: e.target.value ? `PT${Math.max(1, Math.round(Number(e.target.value)))}H` : '' })} />
      <span>${tr('小时后')}</span>
      <select class="bio-properties-panel-input" value=${t.action} onChange=${(e) => set(i, { action: e.target.value })}>
        ${TIMEOUT_ACTIONS.map(([v, label]) => html`<option value=${v} selected=${v === t.action}>${tr(label)}</option>`)}
      </select>
      ${t.action === 'remind' ? html`<input class="bio-properties-panel-input oa-hours" type="number" min="1" title=${tr('提醒次数')}
        value=${t.repeat || 1} onChange=${(e) => set(i, { repeat: Number(e.target.value) || 1 })} /><span>${tr('次')}</span>` : null}
      <button type="button" class="oa-icon-button" title=${tr('删除')} onClick=${() => onChange(timeouts.filter((_, j) => j !== i))}>×</button>
    </div>`)}
    <button type="button" class="oa-add" onClick=${() => onChange([...timeouts, { duration: 'PT24H', action: 'remind', repeat: 1 }])}>${tr('＋ 添加超时规则')}</button>
  </div>`;
}
