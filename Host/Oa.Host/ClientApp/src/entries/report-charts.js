// Island: ECharts charts above the report tables.
//
// <div data-report-chart="months|statuses|nodes|approvers" data-data-id="report-data"></div>
// <script type="application/json" id="report-data">{ months:[{name,value}], … , labels:{…} }</script>
//
// Only the parts of ECharts the report uses are imported, so the page stays light.
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { readJson, mountAll } from '../shared/dom.js';
import { chartHeight, chartOption, isEmpty } from '../reports/chart-options.js';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

mountAll('[data-report-chart]', (host) => {
  const kind = host.getAttribute('data-report-chart');
  const data = readJson(host, { idAttr: 'data-data-id', role: 'data', fallback: null });
  if (!data || isEmpty(kind, data)) return;
  host.style.height = host.style.height || `${Math.round(chartHeight(kind, data))}px`;
  const chart = echarts.init(host);
  chart.setOption(chartOption(kind, data, host.clientWidth));
  // A new width gives the names a new share of it (chartOption), then the canvas follows.
  new ResizeObserver(() => { chart.setOption(chartOption(kind, data, host.clientWidth)); chart.resize(); }).observe(host);
});
