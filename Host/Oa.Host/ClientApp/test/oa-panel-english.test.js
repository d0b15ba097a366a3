// Our own properties-panel groups (审批设置, 字段权限, 条件设置) are written in Chinese and translated through bpmn-js's
// translate service; on an English page TranslateEnModule gives English. Every Chinese text of oa-panel/ must have an
// entry, and no Chinese may sit outside a quoted string (where no translate call could reach it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { OA_PANEL_EN } from '../src/bpmn/i18n/oa-panel-en.js';
import { translateEn } from '../src/bpmn/i18n/translate-en.js';

const dir = new URL('../src/bpmn/oa-panel/', import.meta.url);
const HAN = /[\u4e00-\u9fff]/;
const sources = readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => [f,
  readFileSync(new URL(f, dir), 'utf8').split('\n').filter((line) => !line.trim().startsWith('//')).map((line) => line.replace(/\s\/\/ .*$/, '')).join('\n')]);

test('every Chinese text of the OA panel has an English entry', () => {
  const missing = [];
  for (const [file, code] of sources)
    for (const [, text] of code.matchAll(/'([^'\n]*)'/g)) if (HAN.test(text) && !(text in OA_PANEL_EN)) missing.push(`${file}: ${text}`);
  assert.deepEqual(missing, []);
});

test('no Chinese text in the OA panel is outside a quoted (translatable) string', () => {
  const stray = sources.flatMap(([file, code]) => [...code.replace(/'[^'\n]*'/g, "''").matchAll(/[\u4e00-\u9fff]+/g)].map((m) => `${file}: ${m[0]}`));
  assert.deepEqual(stray, []);
});

test('each English text keeps the placeholders of its Chinese text', () => {
  const keys = (s) => [...s.matchAll(/{(\w+)}/g)].map((m) => m[1]).sort();
  const wrong = Object.entries(OA_PANEL_EN).filter(([zh, en]) => keys(zh).join() !== keys(en).join()).map(([zh]) => zh);
  assert.deepEqual(wrong, []);
});

test('the English translate gives our texts in English, fills placeholders and leaves bpmn-js texts alone', () => {
  assert.equal(translateEn('审批设置'), 'Approval');
  assert.equal(translateEn('退回到「{name}」', { name: '部门审批' }), 'Return to "部门审批"');
  assert.equal(translateEn('向上第 {n} 级', { n: 3 }), '3 levels up');
  assert.equal(translateEn('General'), 'General');
  assert.equal(translateEn('Unknown {thing}', { thing: 'x' }), 'Unknown x');
  assert.equal(translateEn('hasOwnProperty'), 'hasOwnProperty');
});
