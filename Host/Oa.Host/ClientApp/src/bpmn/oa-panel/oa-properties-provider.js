// Adds our groups to the Camunda 8 properties panel: 审批设置 and 字段权限 on user tasks, 字段权限 on
// start events, 条件设置 on flows out of exclusive/inclusive gateways (in place of the plain
// Condition group, which edits the same conditionExpression without the builder).
import { is } from 'bpmn-js/lib/util/ModelUtil';
import { ApprovalEditor } from './approval-group.js';
import { FieldPermissionEditor } from './field-permissions-group.js';
import { ConditionEditor, isConditionalFlow } from './condition-group.js';

const LOW_PRIORITY = 400; // after the bpmn (1000) and zeebe (500) providers, so their groups exist

export default class OaPropertiesProvider {
  constructor(propertiesPanel, translate) {
    propertiesPanel.registerProvider(LOW_PRIORITY, this);
    this.translate = translate;
  }

  getGroups(element) {
    const group = (id, label, component) => ({ id, label: this.translate(label), shouldOpen: true, entries: [{ id: `${id}-editor`, component }] });
    return (groups) => {
      const ours = [];
      if (is(element, 'bpmn:UserTask')) {
        ours.push(group('oa-approval', '审批设置', ApprovalEditor));
        ours.push(group('oa-field-permissions', '字段权限', FieldPermissionEditor));
      } else if (is(element, 'bpmn:StartEvent')) {
        ours.push(group('oa-field-permissions', '字段权限（发起人）', FieldPermissionEditor));
      } else if (isConditionalFlow(element)) {
        groups = groups.filter((g) => g.id !== 'condition');
        ours.push(group('oa-condition', '条件设置', ConditionEditor));
      }
      if (ours.length === 0) return groups;
      const general = groups.findIndex((g) => g.id === 'general');
      const at = general >= 0 ? general + 1 : 0;
      return [...groups.slice(0, at), ...ours, ...groups.slice(at)];
    };
  }
}
OaPropertiesProvider.$inject = ['propertiesPanel', 'translate'];

export const OaPropertiesProviderModule = {
  __init__: ['oaPropertiesProvider'],
  oaPropertiesProvider: ['type', OaPropertiesProvider],
};
