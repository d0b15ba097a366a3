// ECharts options for the process report (Features/Reports/Process.cshtml). Pure functions of the
// page's JSON so they can be tested without a browser; the table under each chart stays the
// accessible, printable view of the same figures.

const bar = (names, series) => ({
  tooltip: { trigger: 'axis' },
  legend: series.length > 1 ? { top: 0 } : undefined,
  grid: { left: 48, right: 16, top: series.length > 1 ? 32 : 16, bottom: 48, containLabel: true },
  xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } },
  yAxis: { type: 'value', minInterval: 1 },
  series,
});

// Nodes and approvers have names of any length (「财务总监及分管副总裁审批」): horizontal bars give each name its own
// line, cut with an ellipsis at a width that follows the chart's (a third of it, 96–240 px) and whole in the tooltip,
// so long names never overlap on desk or phone. (ECharts 6 puts the legend at the bottom by default: it goes on top.)
export const LABEL_WIDTH = 112;
const ROW_HEIGHT = 30;

export const labelWidth = (chartWidth) => (chartWidth > 0 ? Math.round(Math.min(240, Math.max(96, chartWidth / 3))) : LABEL_WIDTH);

const horizontalBar = (names, series, width) => ({
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  legend: series.length > 1 ? { top: 0 } : undefined,
  grid: { left: 8, right: 24, top: series.length > 1 ? 32 : 8, bottom: 8, containLabel: true },
  xAxis: { type: 'value', minInterval: 1 },
  yAxis: { type: 'category', data: names, inverse: true, axisTick: { show: false },
    axisLabel: { interval: 0, width: labelWidth(width), overflow: 'truncate', ellipsis: '…' } },
  series,
});

// Tall enough that every bar keeps its label: one row per name (plus legend and axis), never under the usual 280 px.
export function chartHeight(kind, data) {
  if (kind !== 'nodes' && kind !== 'approvers') return 280;
  const rows = Array.isArray(data[kind]) ? data[kind].length : 0;
  return Math.max(280, rows * ROW_HEIGHT * (kind === 'nodes' ? 1.4 : 1) + 64);
}

export function chartOption(kind, data, width = 0) {
  const labels = data.labels || {};
  switch (kind) {
    case 'months':
      return bar(data.months.map((m) => m.name), [{ type: 'bar', name: labels.volume, data: data.months.map((m) => m.value) }]);
    case 'statuses':
      return {
        tooltip: { trigger: 'item' },
        legend: { bottom: 0 },
        series: [{ type: 'pie', radius: ['35%', '65%'], data: data.statuses.map((s) => ({ name: s.name, value: s.value })) }],
      };
    case 'nodes':
      return horizontalBar(data.nodes.map((n) => n.name), [
        { type: 'bar', name: labels.average, data: data.nodes.map((n) => n.average) },
        { type: 'bar', name: labels.p90, data: data.nodes.map((n) => n.p90) },
      ], width);
    case 'approvers':
      return horizontalBar(data.approvers.map((a) => a.name), [
        { type: 'bar', stack: 'work', name: labels.open, data: data.approvers.map((a) => a.open) },
        { type: 'bar', stack: 'work', name: labels.done, data: data.approvers.map((a) => a.done) },
      ], width);
    default:
      return null;
  }
}

// Nothing to draw: the page's table already says "no data".
export function isEmpty(kind, data) {
  const rows = data[kind];
  return !Array.isArray(rows) || rows.length === 0;
}
