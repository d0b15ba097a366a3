// 流程设置: the process-level settings, shown when the canvas root (the process) is selected. Every edit
// rebuilds <oa:process> from the settings object in one undoable command, so the draft autosave picks it up
// and publishing validates it like any hand-written XML.
import { getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';
import { html, useService, useElementTick, Field, Select, Text, Check } from '../oa-panel/html.js';
import { replaceExtensions } from '../oa-panel/extension-writer.js';
import { OrgPicker, RolePicker } from '../oa-panel/pickers.js';
import {
  INITIATOR_CANCEL, INITIATOR_WITHDRAW, RETURN_BEHAVIOURS, SERIAL_RESETS, buildProcessSettings, findProcessSettings, isOaProcess, readProcessSettings,
} from './process-settings-model.js';
import { useSettingsOptions, IconPicker, CategoryInput } from './process-options.js';
import { SerialRuleEditor } from './serial-rule-editor.js';
import { TitleTemplateEditor } from './title-template-editor.js';
import { NotificationList } from './notification-list.js';
import { t, options } from './text.js';

export function useProcessSettings(element) {
  useElementTick(element);
  const injector = useService('injector');
  const bo = getBusinessObject(element);
  const settings = readProcessSettings(findProcessSettings(bo));
  const update = (patch) => {
    const bpmnFactory = injector.get('bpmnFactory');
    const next = buildProcessSettings((type, attrs) => bpmnFactory.create(type, attrs), { ...settings, ...patch });
    replaceExtensions(injector, element, isOaProcess, next ? [next] : []);
  };
  return { bo, settings, update };
}

export function ProcessSettingsEditor({ element }) {
  const { bo, settings: s, update } = useProcessSettings(element);
  const modeling = useService('modeling');
  const choices = useSettingsOptions();
  const setStarters = (kind, value) => update({ starters: { ...s.starters, [kind]: value } });

  return html`<div class="oa-approval oa-process-settings" data-testid="oa-process-settings">
    <${Field} label=${t('流程名称')}>
      <${Text} value=${bo.get('name')} testId="process-name" onChange=${(name) => modeling.updateProperties(element, { name: name.trim() || undefined })} />
    </${Field}>
    <${Field} label=${t('分类')} hint=${t('发起页按分类分组')}>
      <${CategoryInput} value=${s.category} categories=${choices.categories} onChange=${(category) => update({ category })} />
    </${Field}>
    <${Field} label=${t('图标')}>
      <${IconPicker} value=${s.icon} icons=${choices.icons} glyphs=${choices.glyphs} onChange=${(icon) => update({ icon })} />
    </${Field}>
    <${Field} label=${t('可发起人')} hint=${t('不选则所有在职员工可发起；部门包含下级部门')}>
      <div class="oa-sub">${t('人员')}</div>
      <${OrgPicker} kind="user" value=${s.starters.user} testId="starters-users" onChange=${(v) => setStarters('user', v)} />
      <div class="oa-sub">${t('部门')}</div>
      <${OrgPicker} kind="dept" value=${s.starters.dept} testId="starters-depts" onChange=${(v) => setStarters('dept', v)} />
      <div class="oa-sub">${t('角色')}</div>
      <${RolePicker} value=${s.starters.role} testId="starters-roles" onChange=${(v) => setStarters('role', v)} />
    </${Field}>
    <${Field} label=${t('流程管理员')} hint=${t('可管理此流程的实例')}>
      <${OrgPicker} kind="user" value=${s.admins} testId="process-admins" onChange=${(admins) => update({ admins })} />
    </${Field}>
    <${Field} label=${t('标题模板')} hint=${t('例如 {{initiator.displayName}}的请假申请（{{days}}天）')}>
      <${TitleTemplateEditor} value=${s.titleTemplate} processName=${bo.get('name')} onChange=${(titleTemplate) => update({ titleTemplate })} />
    </${Field}>
    <${Field} label=${t('流水号规则')}>
      <${SerialRuleEditor} value=${s.serialRule} onChange=${(serialRule) => update({ serialRule })} />
    </${Field}>
    <${Field} label=${t('流水号重置')}>
      <${Select} value=${s.serialReset} options=${options(SERIAL_RESETS)} testId="serial-reset" onChange=${(serialReset) => update({ serialReset })} />
    </${Field}>
    <${Field} label=${t('退回后重新提交')}>
      <${Select} value=${s.returnBehaviour} options=${options(RETURN_BEHAVIOURS)} testId="return-behaviour" onChange=${(returnBehaviour) => update({ returnBehaviour })} />
    </${Field}>
    <${Field} label=${t('撤回规则')}>
      <${Select} value=${s.initiatorWithdraw} options=${options(INITIATOR_WITHDRAW)} testId="initiator-withdraw" onChange=${(initiatorWithdraw) => update({ initiatorWithdraw })} />
      <${Check} label=${t('审批人可在下一节点处理前撤回审批')} checked=${s.approverWithdraw} testId="approver-withdraw"
        onChange=${(approverWithdraw) => update({ approverWithdraw })} />
    </${Field}>
    <${Field} label=${t('发起人撤销')} hint=${t('审批人已处理后，发起人仍可填写原因撤销审批中的申请')}>
      <${Select} value=${s.initiatorCancel} options=${options(INITIATOR_CANCEL)} testId="initiator-cancel" onChange=${(initiatorCancel) => update({ initiatorCancel })} />
    </${Field}>
    <${Field} label=${t('打印模板')}>
      <a class="oa-link-inline" data-testid="print-template" href=${`/Designer/PrintTemplate/${encodeURIComponent(bo.get('id'))}`} target="_blank" rel="noopener">${t('编辑打印模板 ↗')}</a>
    </${Field}>
    <${Field} label=${t('通知模板')} hint=${t('为某个事件定制此流程的通知标题和正文（Scriban）；留空则用系统默认')}>
      <${NotificationList} value=${s.notifications} defaults=${choices.notifications} onChange=${(notifications) => update({ notifications })} />
    </${Field}>
  </div>`;
}
