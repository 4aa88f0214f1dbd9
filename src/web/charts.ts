// Charts rendered on the server as SVG (ECharts' server-side renderer): no browser JavaScript, the
// same picture in HTML, PDF and Word. A chart is always shown with a table of its figures; the SVG
// itself is marked as an image with a text alternative that says what it shows.
import * as echarts from 'echarts';

export interface Point {
  label: string;
  value: number | null;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A line chart of a series; `small` gives a sparkline for the dashboard. */
export function lineChartSvg(points: Point[], opts: { title: string; small?: boolean; unit?: string }): string {
  const small = opts.small ?? false;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: small ? 160 : 640, height: small ? 40 : 280 });
  chart.setOption({
    animation: false,
    grid: small ? { left: 2, right: 2, top: 4, bottom: 4 } : { left: 56, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: points.map((p) => p.label), show: !small, axisLabel: { color: '#0b0c0c' } },
    yAxis: { type: 'value', show: !small, scale: true, axisLabel: { color: '#0b0c0c' } },
    series: [{ type: 'line', data: points.map((p) => p.value), symbol: small ? 'none' : 'circle', symbolSize: 6,
      lineStyle: { color: '#1d70b8', width: 2 }, itemStyle: { color: '#1d70b8' }, connectNulls: false }],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  const first = points.find((p) => p.value !== null);
  const last = [...points].reverse().find((p) => p.value !== null);
  const summary = first && last
    ? `${opts.title}: from ${first.value}${opts.unit ?? ''} (${first.label}) to ${last.value}${opts.unit ?? ''} (${last.label}). The figures are in the table.`
    : `${opts.title}: no figures yet.`;
  return svg.replace('<svg', `<svg role="img" aria-label="${escapeAttr(summary)}" focusable="false"`);
}
