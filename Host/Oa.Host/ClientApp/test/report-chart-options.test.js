import test from 'node:test';
import assert from 'node:assert/strict';
import { chartOption, isEmpty } from '../src/reports/chart-options.js';

const data = {
  months: [{ name: '2026-03', value: 2 }, { name: '2026-04', value: 1 }],
  statuses: [{ name: '审批中', value: 1 }],
  nodes: [{ name: '部门审批', average: 2.33, p90: 4 }],
  approvers: [{ name: '王磊', open: 1, done: 2 }],
  labels: { volume: '发起量', average: '平均', p90: 'P90', open: '待办', done: '已办' },
};

test('months become one bar per month', () => {
  const option = chartOption('months', data);
  assert.deepEqual(option.xAxis.data, ['2026-03', '2026-04']);
  assert.deepEqual(option.series[0].data, [2, 1]);
  assert.equal(option.series[0].name, '发起量');
});

test('node durations show average and p90 side by side; workload stacks open on done', () => {
  assert.deepEqual(chartOption('nodes', data).series.map((s) => s.data), [[2.33], [4]]);
  const work = chartOption('approvers', data);
  assert.deepEqual(work.series.map((s) => [s.stack, s.data[0]]), [['work', 1], ['work', 2]]);
});

test('statuses are a pie; unknown kinds and empty data draw nothing', () => {
  assert.equal(chartOption('statuses', data).series[0].type, 'pie');
  assert.equal(chartOption('nope', data), null);
  assert.equal(isEmpty('months', { months: [] }), true);
  assert.equal(isEmpty('months', data), false);
});
