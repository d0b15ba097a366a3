// Adds 流程设置 to the properties panel when the process itself is selected (click on empty canvas), right
// after the General group where the process's name and id are.
import { is } from 'bpmn-js/lib/util/ModelUtil';
import { ProcessSettingsEditor } from './process-settings-group.js';
import './process-settings.css';
import { t } from './text.js';

const LOW_PRIORITY = 390; // after the bpmn, zeebe and oa providers

export default class ProcessSettingsProvider {
  constructor(propertiesPanel) {
    propertiesPanel.registerProvider(LOW_PRIORITY, this);
  }

  getGroups(element) {
    return (groups) => {
      if (!is(element, 'bpmn:Process')) return groups;
      const ours = { id: 'oa-process-settings', label: t('流程设置'), shouldOpen: true, entries: [{ id: 'oa-process-settings-editor', component: ProcessSettingsEditor }] };
      const general = groups.findIndex((g) => g.id === 'general');
      const at = general >= 0 ? general + 1 : 0;
      return [...groups.slice(0, at), ours, ...groups.slice(at)];
    };
  }
}
ProcessSettingsProvider.$inject = ['propertiesPanel'];

export const ProcessSettingsModule = {
  __init__: ['oaProcessSettingsProvider'],
  oaProcessSettingsProvider: ['type', ProcessSettingsProvider],
};
