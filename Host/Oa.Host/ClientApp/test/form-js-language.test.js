// form-js 1.23 has no translate service, so the form editor's language comes from exact-text dictionaries
// (src/form/i18n). These tests pin the pure parts: the text swap, the component names, and that the
// dictionaries cover what form-js 1.23 actually shows (read from the pinned bundle, so an upgrade that
// renames a string fails here instead of showing English).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { translateText, uiLanguage } from '../src/form/i18n/ui-text.js';
import { localiseConfigs } from '../src/form/i18n/localise-fields.js';
import { EDITOR, FIELD_NAMES, VIEWER, PATTERNS } from '../src/form/i18n/form-js-zh.js';
import { OA_EDITOR_EN } from '../src/form/i18n/oa-en.js';
import { PALETTE_GROUPS } from '../build/form-js-palette-groups.js';

const bundle = (pkg) => readFileSync(new URL(`../node_modules/@bpmn-io/${pkg}/dist/index.es.js`, import.meta.url), 'utf8');

test('a whole text is swapped, its surrounding whitespace kept; anything else is left alone', () => {
  assert.equal(translateText(' Add new', VIEWER), ' 添加');
  assert.equal(translateText('General', EDITOR), '常规');
  assert.equal(translateText('General ledger', EDITOR), 'General ledger');
  assert.equal(translateText('金额', EDITOR), '金额');
  assert.equal(translateText('Expand all (3)', VIEWER, PATTERNS), '展开全部（3）');
  assert.equal(translateText('Remove list item 2', VIEWER, PATTERNS), '删除第 2 行');
  assert.equal(translateText('hasOwnProperty', EDITOR), 'hasOwnProperty'); // a dictionary is not an object's prototype
});

test('the page language is <html lang>: English only for en-*', () => {
  assert.equal(uiLanguage({ documentElement: { lang: 'en-US' } }), 'en');
  assert.equal(uiLanguage({ documentElement: { lang: 'zh-CN' } }), 'zh');
  assert.equal(uiLanguage({ documentElement: { lang: '' } }), 'zh');
});

test('component names change, and a new field gets the Chinese default label unless one is given', () => {
  const config = { name: 'Text field', create: (options = {}) => ({ label: 'Text field', ...options }) };
  const legacy = { label: 'File picker', create: (options = {}) => ({ ...options }) };
  localiseConfigs([config, legacy], FIELD_NAMES);
  assert.equal(config.name, '文本框');
  assert.equal(legacy.name, '文件选择');
  assert.equal(config.create().label, '文本框');
  assert.equal(config.create({ label: 'Text field' }).label, 'Text field'); // imported as written
  assert.equal(config.create({ label: '事由' }).label, '事由');
  localiseConfigs([config], FIELD_NAMES); // a second call changes nothing
  assert.equal(config.name, '文本框');
});

test('every component form-js 1.23 offers has a Chinese name', () => {
  const names = [...bundle('form-js-viewer').matchAll(/^\s+name: '([^']+)',\s*\n\s+group: '/gm)].map((m) => m[1]);
  const labels = [...bundle('form-js-viewer').matchAll(/\.config = \{\s*type: [^,]+,\s*keyed: \w+,\s*label: '([^']+)',\s*group:/g)].map((m) => m[1]);
  assert.ok(names.length >= 20, `found ${names.length} component names`);
  for (const name of [...names, ...labels]) assert.ok(FIELD_NAMES[name], `no Chinese name for ${name}`);
});

test('the properties panel groups and the common entries of form-js 1.23 have Chinese', () => {
  const editor = bundle('form-js-editor');
  for (const text of ['General', 'Condition', 'Layout', 'Appearance', 'Validation', 'Custom properties', 'Field label', 'Field description',
    'Key', 'Default value', 'Required', 'Read only', 'Disabled', 'Hide if', 'Minimum', 'Maximum', 'Components', 'Search components']) {
    assert.ok(editor.includes(`'${text}'`) || editor.includes(`"${text}"`), `form-js no longer says ${text}`);
    assert.ok(EDITOR[text], `no Chinese for ${text}`);
  }
  assert.ok(bundle('form-js-viewer').includes("'Add new'"));
});

test('in English the project\'s own Chinese palette groups read English', () => {
  for (const { label } of PALETTE_GROUPS) assert.ok(OA_EDITOR_EN[label], `no English for ${label}`);
});
