// Pure helpers of the islands that need no browser: Chinese validation messages and the
// modeler's list of elements the engine rejects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translateMessage } from '../src/form/zh-validation.js';
import { isUnsupportedMenuEntry } from '../src/bpmn/unsupported-elements.js';

test('form-js validation messages are shown in Chinese', () => {
  assert.equal(translateMessage('Field is required.'), '此项为必填项');
  assert.equal(translateMessage('Field must have minimum value of 0.'), '不能小于 0');
  assert.equal(translateMessage('Field must have maximum length of 20.'), '最多 20 个字符');
  assert.equal(translateMessage('Value is expected to have at most 2 decimal digits.'), '最多 2 位小数');
});

test('messages without a rule pass through unchanged', () => {
  assert.equal(translateMessage('自定义错误'), '自定义错误');
});

test('script, business-rule and complex-gateway entries are removed from the modeler menus', () => {
  for (const id of ['replace-with-script-task', 'replace-with-rule-task', 'replace-with-complex-gateway', 'append-complex-gateway']) {
    assert.ok(isUnsupportedMenuEntry(id), id);
  }
  for (const id of ['replace-with-user-task', 'replace-with-service-task', 'replace-with-parallel-gateway', 'replace-with-call-activity']) {
    assert.ok(!isUnsupportedMenuEntry(id), id);
  }
});
