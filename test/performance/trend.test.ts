// The trend of an indicator for the screen: its table's rows (shared by the dashboard and the
// indicator page) and its chart's text alternative.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indicatorById } from '../../src/indicators/catalogue.ts';
import type { IndicatorLine } from '../../src/performance/dashboard.ts';
import type { IndicatorTarget } from '../../src/indicators/store.ts';
import { trendChartSvg, trendSummary, trendTable } from '../../src/web/performance/trend.ts';

function lineOf(id: string, values: [string, number | null, number?, number?][], target: IndicatorTarget | null = null): IndicatorLine {
  const trend = values.map(([asAt, value, numerator, denominator], i) => ({ snapshotId: i + 1, asAt,
    figure: { value, ...(numerator !== undefined ? { numerator, denominator } : {}) } }));
  return { indicator: indicatorById(id)!, figure: trend.at(-1)?.figure ?? null, target, rag: { text: '', colour: 'grey' },
    direction: { text: '', judgement: 'none' }, trend, benchmarks: [] };
}

test('the table is newest first, formatted as on the dashboard, with the status in words against the target', () => {
  const line = lineOf('cla.visit_within_6wk_pct', [['2018-03-31', 200 / 3, 2, 3], ['2018-04-30', 87.5, 7, 8], ['2018-05-31', 92, 23, 25],
    ['2018-06-30', null]], { indicator_id: 'cla.visit_within_6wk_pct', target: 90, tolerance: 5 });
  assert.deepEqual(trendTable(line), {
    figureHeader: 'Figure', hasDetail: true, hasStatus: true,
    rows: [
      { snapshotId: 4, asAt: '2018-06-30', value: 'Not available', detail: '', status: 'No figure' },
      { snapshotId: 3, asAt: '2018-05-31', value: '92.0%', detail: '23 of 25', status: 'Green: on target' },
      { snapshotId: 2, asAt: '2018-04-30', value: '87.5%', detail: '7 of 8', status: 'Amber: within tolerance' },
      { snapshotId: 1, asAt: '2018-03-31', value: '66.7%', detail: '2 of 3', status: 'Red: beyond tolerance' },
    ],
  });
  // Only from the first and the last figures known, in words, with the unit.
  assert.equal(trendSummary(line), 'Trend chart of Children in care visited in the last 6 weeks over 4 extracts: '
    + 'from 66.7% at 31 March 2018 to 92.0% at 31 May 2018. The figures are in the table below.');
});

test('no status column without a target or for a context measure; a rate has its unit in the header', () => {
  const rate = lineOf('cla.rate_per_10k', [['2018-03-31', 0.5], ['2018-04-30', 2 / 3]],
    { indicator_id: 'cla.rate_per_10k', target: 1, tolerance: 0 });
  const table = trendTable(rate);
  assert.equal(table.hasStatus, false);
  assert.equal(table.hasDetail, false);
  assert.equal(table.figureHeader, 'Figure per 10,000 children');
  assert.deepEqual(table.rows.map((r) => [r.value, r.status]), [['0.7', ''], ['0.5', '']]);
  assert.match(trendSummary(rate), /from 0\.5 per 10,000 children at 31 March 2018 to 0\.7 per 10,000 children at 30 April 2018\./);
  assert.equal(trendTable(lineOf('cla.visit_within_6wk_pct', [['2018-03-31', 50, 1, 2]])).hasStatus, false);
});

test('the chart is an image named by the summary, once; a sparkline needs two extracts', () => {
  const line = lineOf('cla.open', [['2018-03-31', 3], ['2018-04-30', 4]]);
  const svg = trendChartSvg(line, { small: true });
  const open = svg.slice(0, svg.indexOf('>') + 1);
  assert.match(open, /^<svg role="img" aria-label="Trend chart of Children in care over 2 extracts: from 3 at 31 March 2018 to 4 at 30 April 2018\. The figures are in the table below\." focusable="false" /);
  assert.equal(open.match(/\brole=/g)!.length, 1);
  assert.equal(open.match(/\baria-label=/g)!.length, 1);
  assert.equal(trendChartSvg(lineOf('cla.open', [['2018-03-31', 3]]), { small: true }), '');
  assert.match(trendChartSvg(lineOf('cla.open', [['2018-03-31', 3]])), /aria-label="Trend chart of Children in care over 1 extract: 3 at 31 March 2018\./);
});
