// bpmn-js's translate service in Chinese: the modeler's palette, context pad and replace menu from the community
// dictionary (bpmn-js-i18n), our properties-panel texts and help texts on top. An unknown text stays as it is; {placeholders}
// are filled in after the lookup, as bpmn-js's own translate does.
import communityZh from 'bpmn-js-i18n/translations/zn.js';
import { PANEL_ZH, TYPES_ZH } from './panel-zh.js';
import { HELP_ZH } from './panel-help-zh.js';

export const ZH = { ...communityZh, ...PANEL_ZH, ...TYPES_ZH, ...HELP_ZH };

export function translateZh(template, replacements = {}) {
  const text = Object.hasOwn(ZH, template) ? ZH[template] : template;
  return text.replace(/{([^}]+)}/g, (whole, key) => (Object.hasOwn(replacements, key) ? replacements[key] : whole));
}

export const TranslateZhModule = { translate: ['value', translateZh] };
