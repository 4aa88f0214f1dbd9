// An indicator's trend across snapshots, for the screen: the rows of its table (shared by the
// dashboard, where each sparkline has its table beside it, and the indicator page) and the chart.
import type { IndicatorLine } from '../../performance/dashboard.ts';
import { targetStatus } from '../../indicators/targets.ts';
import { ragTag } from '../../domain/performance/status.ts';
import { lineChartSvg } from '../charts.ts';
import { formatDate } from '../views.ts';
import { figureText } from './format.ts';

export interface TrendRow {
  snapshotId: number;
  asAt: string;
  /** The figure as on the dashboard ("81.3%") and what it is made of ("130 of 160", "per 10,000 children"). */
  value: string;
  detail: string;
  /** Status in words against the council's current target; '' when the indicator has no target or is context only. */
  status: string;
}

export interface TrendTable {
  rows: TrendRow[];
  /** "Figure", or "Figure per 10,000 children" for rates, whose unit is then not repeated on every row. */
  figureHeader: string;
  /** Whether any row has a detail (numerator and denominator, or the number averaged over). */
  hasDetail: boolean;
  /** Whether there is a status column: only when a target makes the status mean something. */
  hasStatus: boolean;
}

/**
 * The table of a trend, newest extract first: what trend-table.njk renders. Past extracts are judged
 * against the current target, as the dashboard does when an earlier extract is chosen: targets are
 * not kept with a history.
 */
export function trendTable(line: IndicatorLine): TrendTable {
  const { indicator, target } = line;
  const hasStatus = !!target && indicator.polarity !== 'context';
  const rate = indicator.kind === 'rate';
  const rows = line.trend.slice().reverse().map((t) => {
    const text = figureText(indicator, t.figure);
    return {
      snapshotId: t.snapshotId,
      asAt: t.asAt,
      value: text.value,
      detail: rate ? '' : text.detail,
      status: hasStatus ? ragTag(targetStatus(t.figure.value, target!, indicator.polarity), true).text : '',
    };
  });
  return { rows, figureHeader: rate ? 'Figure per 10,000 children' : 'Figure', hasDetail: rows.some((r) => r.detail), hasStatus };
}

/** A figure in one phrase for a chart's text alternative: "81.3%", "62.0 per 10,000 children", "412". */
function figurePhrase(line: IndicatorLine, value: number | null): string {
  const t = figureText(line.indicator, { value });
  return line.indicator.kind === 'rate' ? `${t.value} ${t.detail}` : t.value;
}

/**
 * An indicator's trend chart: the dashboard's sparkline (`small`, drawn only from two extracts on:
 * '' otherwise) or the indicator page's chart (drawn from one extract on).
 *
 * The SVG keeps role="img" with an accessible name that summarises it, rather than aria-hidden: the
 * picture does say something on its own (where the figure started, where it is now, over how many
 * extracts), which a screen reader user moving along a dashboard row should hear in the Trend
 * column just as a sighted reader takes it in at a glance. The name does not list every figure:
 * they are in the table right below the chart (on the dashboard, in its "Trend as a table"
 * details), which is the full equivalent for everyone. The name is built here, with the same
 * formatting as the tables, because the generic chart's own summary reads the raw stored numbers
 * (66.66666666666667) without their unit.
 */
export function trendChartSvg(line: IndicatorLine, opts: { small?: boolean } = {}): string {
  const small = opts.small ?? false;
  const points = line.trend.map((t) => ({ label: formatDate(t.asAt), value: t.figure.value }));
  if (points.length < (small ? 2 : 1)) return '';
  const svg = lineChartSvg(points, { title: line.indicator.title, small });
  return withAccessibleName(svg, trendSummary(line));
}

/** "Trend chart of X over 3 extracts: from 62.0% at 30 June 2018 to 81.3% at 31 August 2018. The figures are in the table below." */
export function trendSummary(line: IndicatorLine): string {
  const known = line.trend.filter((t) => t.figure.value !== null);
  const over = `${line.trend.length} ${line.trend.length === 1 ? 'extract' : 'extracts'}`;
  if (!known.length) return `Trend chart of ${line.indicator.title} over ${over}: no figures yet.`;
  const first = known[0];
  const last = known[known.length - 1];
  const at = (t: typeof first) => `${figurePhrase(line, t.figure.value)} at ${formatDate(t.asAt)}`;
  return `Trend chart of ${line.indicator.title} over ${over}: ${first === last ? at(first) : `from ${at(first)} to ${at(last)}`}. `
    + 'The figures are in the table below.';
}

/** Sets the root <svg>'s role and accessible name, replacing whatever the chart renderer put there. */
function withAccessibleName(svg: string, name: string): string {
  const open = /^\s*<svg\b[^>]*>/.exec(svg);
  if (!open) return svg;
  const tag = open[0]
    .replace(/\s(?:role|aria-label|aria-labelledby|aria-hidden|focusable)="[^"]*"/g, '')
    .replace(/^(\s*<svg)/, `$1 role="img" aria-label="${escapeAttr(name)}" focusable="false"`);
  return tag + svg.slice(open[0].length);
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
