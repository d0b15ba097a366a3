// bpmn-js's translate service on an English page: bpmn-js and its panel are English already, so only our own panel
// texts (written in Chinese, src/bpmn/oa-panel) need a dictionary; anything else stays as it is. {placeholders} are
// filled after the lookup, as bpmn-js's own translate does.
import { OA_PANEL_EN } from './oa-panel-en.js';

export function translateEn(template, replacements = {}) {
  const text = Object.hasOwn(OA_PANEL_EN, template) ? OA_PANEL_EN[template] : template;
  return text.replace(/{([^}]+)}/g, (whole, key) => (Object.hasOwn(replacements, key) ? String(replacements[key]) : whole));
}

export const TranslateEnModule = { translate: ['value', translateEn] };
