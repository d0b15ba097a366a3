import test from 'node:test';
import assert from 'node:assert/strict';
import { LABEL_WIDTH, chartHeight, chartOption, isEmpty, labelWidth } from '../src/reports/chart-options.js';

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

test('long node and approver names get their own row, cut with an ellipsis and whole in the tooltip', () => {
  const long = { ...data, nodes: Array.from({ length: 12 }, (_, i) => ({ name: `财务总监及分管副总裁联合审批第${i}步`, average: i, p90: i })) };
  for (const kind of ['nodes', 'approvers']) {
    const option = chartOption(kind, long);
    assert.equal(option.yAxis.type, 'category');
    assert.equal(option.xAxis.type, 'value');
    assert.deepEqual(option.yAxis.data, long[kind].map((r) => r.name));
    assert.equal(option.yAxis.axisLabel.overflow, 'truncate');
    assert.equal(option.yAxis.axisLabel.width, LABEL_WIDTH);
    assert.equal(option.yAxis.axisLabel.interval, 0);
    assert.equal(option.tooltip.trigger, 'axis');
  }
  assert.ok(chartHeight('nodes', long) >= 12 * 30, 'twelve nodes need more than the default height');
  assert.equal(chartHeight('approvers', data), 280);
  assert.equal(chartHeight('months', long), 280);
});

test('names get a third of a wide chart (at most 240 px) and at least 96 px on a phone; the legend sits on top', () => {
  assert.equal(chartOption('nodes', data, 1200).yAxis.axisLabel.width, 240);
  assert.equal(chartOption('nodes', data, 600).yAxis.axisLabel.width, 200);
  assert.equal(chartOption('nodes', data, 240).yAxis.axisLabel.width, 96);
  assert.equal(labelWidth(0), LABEL_WIDTH);
  assert.equal(chartOption('nodes', data).legend.top, 0);
  assert.equal(chartOption('approvers', data).legend.top, 0);
});
