// The form editor's FEEL check: which strings of a schema are FEEL, where their errors show in
// the properties panel, and how the debounced checker asks the server only about new text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectFeel, entryIdFor, feelProblems, panelErrors } from '../src/form/editor/feel-expressions.js';
import { createFeelChecker } from '../src/form/editor/feel-checker.js';

const schema = {
  type: 'default',
  components: [
    { id: 'f1', key: 'amount', type: 'oa-money', label: '金额', validate: { required: true, min: '=budget / 2' } },
    { id: 'f2', key: 'reason', type: 'textarea', label: '事由', conditional: { hide: '= amount < 10000' } },
    { id: 'g1', type: 'group', label: '明细', components: [
      { id: 'f3', key: 'total', type: 'expression', expression: '=sum(items.price)', label: '合计' },
      { id: 'f4', key: 'note', type: 'textfield', label: '不是 FEEL', description: 'a = b' },
    ] },
    { id: 'f5', key: 'kind', type: 'select', values: [{ label: '=upper case("a")', value: 'a' }] },
  ],
};

test('collectFeel_FindsEveryEqualsPrefixedString_InFormOrderWithPropertyPaths', () => {
  const found = collectFeel(schema).map((f) => [f.componentId, f.property, f.expression]);
  assert.deepEqual(found, [
    ['f1', 'validate.min', '=budget / 2'],
    ['f2', 'conditional.hide', '= amount < 10000'],
    ['f3', 'expression', '=sum(items.price)'],
    ['f5', 'values[0].label', '=upper case("a")'],
  ]);
});

test('collectFeel_IgnoresPlainTextAndMissingComponents', () => {
  assert.deepEqual(collectFeel({ components: [{ id: 'x', text: 'a = b', label: 'x=1' }] }), []);
  assert.deepEqual(collectFeel(null), []);
  assert.deepEqual(collectFeel({}), []);
});

test('entryIdFor_MapsPropertiesToTheFormJsPanelEntries', () => {
  assert.equal(entryIdFor('conditional.hide'), 'conditional-hide');
  assert.equal(entryIdFor('expression'), 'undefined-expression');
  assert.equal(entryIdFor('validate.min'), 'min');
  assert.equal(entryIdFor('label'), 'label');
});

test('feelProblems_KeepsOnlyRejectedExpressions_AndPanelErrorsAreForTheSelectedComponent', () => {
  const items = collectFeel(schema);
  const verdicts = new Map([
    ['=budget / 2', { ok: true }],
    ['= amount < 10000', { ok: false, error: 'unexpected end' }],
    ['=sum(items.price)', { ok: true }],
  ]);
  const problems = feelProblems(items, verdicts);
  assert.deepEqual(problems.map((p) => [p.componentId, p.property, p.error]), [['f2', 'conditional.hide', 'unexpected end']]);
  assert.deepEqual(panelErrors(problems, 'f2'), { 'conditional-hide': 'FEEL 有误：unexpected end' });
  assert.deepEqual(panelErrors(problems, 'f1'), {});
});

function manualTimers() {
  const pending = [];
  return {
    setTimer: (fn) => { pending.push(fn); return pending.length; },
    clearTimer: (id) => { if (id) pending[id - 1] = null; },
    flush: () => { const fns = pending.splice(0).filter(Boolean); fns.forEach((f) => f()); },
  };
}

test('checker_DebouncesAndAsksOnlyAboutExpressionsItHasNotSeen', async () => {
  const asked = [];
  const reports = [];
  const timers = manualTimers();
  const checker = createFeelChecker({
    post: async (list) => { asked.push(list); return list.map((e) => ({ ok: !e.includes('<<'), error: e.includes('<<') ? 'bad' : null })); },
    onProblems: (p, error) => reports.push({ p, error }),
    ...timers,
  });
  const one = { components: [{ id: 'a', key: 'a', conditional: { hide: '=x > 1' } }] };
  const two = { components: [{ id: 'a', key: 'a', conditional: { hide: '=x > 1' } }, { id: 'b', key: 'b', expression: '=x <<' }] };
  checker.schedule(one);
  checker.schedule(two); // replaces the first within the delay
  timers.flush();
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(asked, [['=x > 1', '=x <<']]);
  assert.deepEqual(reports.at(-1).p.map((p) => p.componentId), ['b']);

  await checker.now(two); // both cached: no new request
  assert.equal(asked.length, 1);
});

test('checker_ReportsATransportFailureInsteadOfClaimingTheFormIsClean', async () => {
  const reports = [];
  const checker = createFeelChecker({ post: async () => { throw new Error('无法校验 FEEL（500）'); }, onProblems: (p, e) => reports.push({ p, e }) });
  await checker.now({ components: [{ id: 'a', conditional: { hide: '=x' } }] });
  assert.equal(reports.length, 1);
  assert.match(reports[0].e.message, /500/);
});
