// The modeler's Chinese comes through bpmn-js's translate service (src/bpmn/i18n). These tests pin the lookup and
// check the dictionary against the pinned bundles, so an upgrade that renames a text fails here instead of
// quietly showing English to a process admin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { translateZh } from '../src/bpmn/i18n/translate-zh.js';
import { PANEL_ZH, TYPES_ZH } from '../src/bpmn/i18n/panel-zh.js';

const read = (path) => readFileSync(new URL(`../node_modules/${path}`, import.meta.url), 'utf8');

test('a known text becomes Chinese, placeholders are filled after the lookup, an unknown text stays', () => {
  assert.equal(translateZh('General'), '常规');
  assert.equal(translateZh('Append task'), '添加任务'); // from the community dictionary
  assert.equal(translateZh('User Task'), '用户任务');
  assert.equal(translateZh('Unknown {thing}', { thing: 'x' }), 'Unknown x');
  assert.equal(translateZh('hasOwnProperty'), 'hasOwnProperty');
});

test('every properties-panel text in the dictionary is one the pinned panel bundles actually translate', () => {
  const bundles = read('bpmn-js-properties-panel/dist/index.esm.js') + read('@bpmn-io/properties-panel/dist/index.esm.js');
  const missing = Object.keys(PANEL_ZH).filter((k) => !bundles.includes(`translate('${k}'`) && !bundles.includes(`translate("${k}"`));
  assert.deepEqual(missing, []);
});

test('every element type in the dictionary is a BPMN type as the panel header spells it', () => {
  const moddle = JSON.parse(read('bpmn-moddle/resources/bpmn/json/bpmn.json'));
  const types = new Set(moddle.types.map((t) => t.name.replace(/(\B[A-Z])/g, ' $1')));
  // An event definition is spelled in front of the event ("Timer Start Event"): the rest must still be a BPMN type.
  const base = (k) => k.replace(/^(Timer|Message|Error|Terminate) /, '');
  const unknown = Object.keys(TYPES_ZH).filter((k) => !types.has(base(k)));
  assert.deepEqual(unknown, []);
});

test('every help text in the dictionary is one the pinned panel bundle actually translates', async () => {
  const { HELP_ZH } = await import('../src/bpmn/i18n/panel-help-zh.js');
  const bundle = read('bpmn-js-properties-panel/dist/index.esm.js');
  const missing = Object.keys(HELP_ZH).filter((k) => !bundle.includes(`translate('${k}')`));
  assert.deepEqual(missing, []);
  assert.equal(translateZh('Otherwise, only variables defined via input mappings will be propagated.'), '否则只传入输入映射中定义的变量。');
  assert.equal(translateZh('every day, infinitely'), '每天一次，不限次数');
});
