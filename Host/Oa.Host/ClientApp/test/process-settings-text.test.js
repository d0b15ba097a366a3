// Every Chinese text the 流程设置 group shows has its English in process-panel/text.js, and t() switches on <html lang="en">.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { ENGLISH, t } from '../src/bpmn/process-panel/text.js';

const dir = new URL('../src/bpmn/process-panel/', import.meta.url);

test('every quoted Chinese text of the group has an English entry', () => {
  const missing = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'text.js')) {
    const code = readFileSync(new URL(file, dir), 'utf8').split('\n').filter((line) => !line.trim().startsWith('//')).join('\n');
    for (const [, text] of code.matchAll(/'([^'\n]*[\u4e00-\u9fff][^'\n]*)'/g))
      if (!(text in ENGLISH)) missing.push(`${file}: ${text}`);
  }
  assert.deepEqual(missing, []);
});

test('t keeps Chinese by default and gives English when the page is English', () => {
  assert.equal(t('流程设置'), '流程设置');
  globalThis.document = { documentElement: { lang: 'en' } };
  try {
    assert.equal(t('流程设置'), 'Process settings');
    assert.equal(t('没有的词'), '没有的词');
  } finally {
    delete globalThis.document;
  }
});
