// The preview's 测试数据: the sample built from a schema and parsing what the admin types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleData, parseTestData } from '../src/form/editor/test-data.js';

test('sampleData_GivesEachKeyedFieldAValueOfItsType_NestedUnderGroupPaths', () => {
  const schema = {
    components: [
      { type: 'oa-money', key: 'amount' },
      { type: 'textfield', key: 'title' },
      { type: 'checkbox', key: 'urgent' },
      { type: 'checklist', key: 'tags' },
      { type: 'oa-user', key: 'approver' },
      { type: 'text', text: '# 标题' },
      { type: 'expression', key: 'computed', expression: '=1' },
      { type: 'group', path: 'party', components: [{ type: 'textfield', key: 'name' }] },
      { type: 'dynamiclist', path: 'items', components: [{ type: 'number', key: 'price' }] },
    ],
  };
  assert.deepEqual(sampleData(schema), {
    amount: 0, title: '', urgent: false, tags: [], approver: null, party: { name: '' }, items: [],
  });
});

test('parseTestData_AcceptsAnObjectOrNothing_AndExplainsAnythingElse', () => {
  assert.deepEqual(parseTestData(' '), { data: {}, error: null });
  assert.deepEqual(parseTestData('{"amount": 12000}'), { data: { amount: 12000 }, error: null });
  assert.match(parseTestData('{"amount": ').error, /不是有效的 JSON/);
  assert.match(parseTestData('[1, 2]').error, /必须是 JSON 对象/);
  assert.match(parseTestData('42').error, /必须是 JSON 对象/);
});
