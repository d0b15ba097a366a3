// Condition builder ↔ FEEL, and the field-permission grid's inheritance (Oa.Forms AccessMap rules).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCondition, parseCondition } from '../src/bpmn/oa-panel/condition-feel.js';
import { effectiveAccess, setAccess, setAll } from '../src/bpmn/oa-panel/field-permissions.js';
import { groupById } from '../src/bpmn/problem-markers.js';
import { isUnsupportedMenuEntry, UNSUPPORTED_PALETTE_ENTRIES } from '../src/bpmn/unsupported-elements.js';

const types = { days: 'number', type: 'select', note: 'textarea' };
const typeOf = (k) => types[k];

test('clauses become FEEL with numbers bare and text quoted', () => {
  assert.equal(buildCondition([{ field: 'days', op: '>', value: '3' }], 'and', typeOf), '=days > 3');
  assert.equal(buildCondition([{ field: 'type', op: '=', value: '年假' }, { field: 'days', op: '<=', value: '1.5' }], 'or', typeOf),
    '=type = "年假" or days <= 1.5');
  assert.equal(buildCondition([{ field: 'note', op: 'contains', value: 'say "hi"' }], 'and', typeOf), '=contains(string(note), "say \\"hi\\"")');
  assert.equal(buildCondition([{ field: 'note', op: 'empty' }], 'and', typeOf), '=note = null');
  assert.equal(buildCondition([{ field: '', op: '=', value: '1' }], 'and', typeOf), '');
});

test('what the builder writes parses back into the same clauses', () => {
  const clauses = [{ field: 'type', op: '!=', value: 'a and b' }, { field: 'days', op: '>=', value: '3' }, { field: 'note', op: 'notEmpty', value: '' }];
  const feel = buildCondition(clauses, 'and', typeOf);
  assert.deepEqual(parseCondition(feel), { connective: 'and', clauses });
});

test('hand-written FEEL the builder cannot show stays raw', () => {
  assert.equal(parseCondition('=days > 3 and type = "x" or y'), null);
  assert.equal(parseCondition('=sum(items.amount) > 100'), null);
  assert.equal(parseCondition('days > 3'), null); // not FEEL-marked
  assert.deepEqual(parseCondition('= days > 3'), { connective: 'and', clauses: [{ field: 'days', op: '>', value: '3' }] });
});

const fields = [{ key: 'amount' }, { key: 'items' }, { key: 'items.qty', parent: 'items' }, { key: 'hrRemark' }];

test('unlisted fields inherit from their list, else the node default', () => {
  const access = effectiveAccess(fields, [{ field: 'items', access: 'hidden' }], false);
  assert.deepEqual(access.get('amount'), { access: 'readonly', inherited: true });
  assert.deepEqual(access.get('items.qty'), { access: 'hidden', inherited: true });
  assert.equal(effectiveAccess(fields, [], true).get('amount').access, 'editable');
});

test('setting a field to what it inherits removes its entry', () => {
  let list = setAccess(fields, [], false, 'hrRemark', 'hidden');
  assert.deepEqual(list, [{ field: 'hrRemark', access: 'hidden' }]);
  list = setAccess(fields, list, false, 'hrRemark', 'readonly');
  assert.deepEqual(list, []);
  assert.deepEqual(setAll(fields, true, 'readonly').map((p) => p.field), ['amount', 'items', 'hrRemark']);
});

test('problems group by element; palette and menus leave out what the engine rejects', () => {
  const map = groupById([{ elementId: 'A', message: 'x' }, { elementId: 'A', message: 'y' }, { elementId: null, message: 'file' }]);
  assert.deepEqual([...map.entries()], [['A', ['x', 'y']]]);
  assert.ok(UNSUPPORTED_PALETTE_ENTRIES.includes('create.participant-expanded'));
  assert.ok(isUnsupportedMenuEntry('replace-with-signal-start'));
  assert.ok(isUnsupportedMenuEntry('replace-with-expanded-event-subprocess'));
  assert.ok(!isUnsupportedMenuEntry('replace-with-timer-start'));
});
