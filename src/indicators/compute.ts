// Computes every indicator of the catalogue for one snapshot, exactly as docs/indicators.md defines
// them: one aggregate query per list (sql/query.ts over the rules in sql/), caseloads, rates, and
// the warnings that explain every null and every row left out.
import type { Database, Queryable } from '../db/database.ts';
import { addDays } from '../domain/calendar/dates.ts';
import { CATALOGUE } from './catalogue.ts';
import { headerOf } from './lists.ts';
import { ROW_RULES, RATE_OF, type RowRule } from './sql/index.ts';
import { aggregateNames, aggregateSql, exclusionName, exclusionRowsSql, EARLIEST_REFERRAL } from './sql/query.ts';
import { WORKFORCE_SQL } from './sql/workforce.ts';
import { mapSnapshots, type ManyOptions } from './many-snapshots.ts';
import { inIndicatorSession } from './session.ts';
import { availability, loadSnapshotContext, type SnapshotContext } from './snapshot-context.ts';
import type { ComputeOptions, IndicatorFigure, IndicatorResults, IndicatorWarning } from './types.ts';

export const REREFERRAL_SHORT_EXTRACT = 'extract too short: re-referrals may be understated';

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

export function percentFigure(numerator: number, denominator: number): IndicatorFigure {
  return { value: denominator === 0 ? null : (100 * numerator) / denominator, numerator, denominator };
}

export function averageFigure(sum: number, n: number): IndicatorFigure {
  return { value: n === 0 ? null : sum / n, denominator: n };
}

export function rateFigure(count: number | null, population: number | null): IndicatorFigure {
  return { value: count === null || population === null ? null : (count * 10000) / population };
}

export const sqlParams = (ctx: SnapshotContext) => [ctx.snapshotId, ctx.params.cin_visit_wd, ctx.params.cp_visit_wd];

/** Rows left out by the rules' exclusions, merged so that one row and reason is one warning. */
async function exclusionWarnings(q: Queryable, ctx: SnapshotContext, hits: { rule: RowRule; k: number }[]) {
  const merged = new Map<string, { list: number; row: number; column: string; reason: string; ids: string[] }>();
  for (const { rule, k } of hits) {
    const x = rule.exclude[k];
    const rows = await q.query<{ row_no: number }>(exclusionRowsSql(rule, x), sqlParams(ctx));
    for (const { row_no } of rows) {
      const key = `${rule.list}:${row_no}:${x.column}:${x.reason}`;
      if (!merged.has(key)) merged.set(key, { list: rule.list, row: row_no, column: headerOf(rule.list, x.column), reason: x.reason, ids: [] });
      merged.get(key)!.ids.push(rule.id);
    }
  }
  return [...merged.values()]
    .sort((a, b) => a.list - b.list || a.row - b.row)
    .map<IndicatorWarning>((w) => ({ list: w.list, row: w.row, column: w.column, message: `${w.reason}: row left out of ${w.ids.join(', ')}` }));
}

export async function computeIndicatorsFor(q: Queryable, ctx: SnapshotContext): Promise<IndicatorResults> {
  const { available, warnings } = availability(ctx);
  const figures = new Map<string, IndicatorFigure>();
  const exclusionHits: { rule: RowRule; k: number }[] = [];

  const byList = new Map<number, RowRule[]>();
  for (const rule of ROW_RULES) {
    if (!available.has(rule.id)) continue;   // a rate needs what its count needs, so it is covered
    byList.set(rule.list, [...(byList.get(rule.list) ?? []), rule]);
  }
  const checkEarliest = available.has('referrals.rereferral_pct');
  let earliest: string | null = null;
  for (const [list, rules] of byList) {
    // The earliest referral is read in the same pass over list 3 as its figures.
    const also = list === 3 && checkEarliest ? [EARLIEST_REFERRAL] : [];
    const [row] = await q.query(aggregateSql(list, rules, also), sqlParams(ctx));
    if (also.length) earliest = row.earliest_referral;
    rules.forEach((rule, i) => {
      const n = aggregateNames(i);
      if (rule.kind === 'count') figures.set(rule.id, { value: num(row[n.value]) });
      else if (rule.kind === 'pct') figures.set(rule.id, percentFigure(num(row[n.num]), num(row[n.den])));
      else figures.set(rule.id, averageFigure(num(row[n.sum]), num(row[n.den])));
      rule.exclude.forEach((_, k) => { if (num(row[exclusionName(i, k)]) > 0) exclusionHits.push({ rule, k }); });
    });
  }

  if (available.has('workforce.caseload_avg')) {
    const [w] = await q.query(WORKFORCE_SQL, sqlParams(ctx));
    figures.set('workforce.caseload_avg', averageFigure(num(w.caseload_total), num(w.workers)));
    figures.set('workforce.unallocated_children', { value: num(w.unallocated_children) });
  }

  for (const [rate, of] of Object.entries(RATE_OF)) {
    if (available.has(rate)) figures.set(rate, rateFigure(figures.get(of)?.value ?? null, ctx.population));
  }

  if (checkEarliest) {
    const yearBefore = addDays(ctx.periodStart, -365);
    if (earliest !== null && earliest > yearBefore) {
      warnings.push({
        list: 3, row: null, column: headerOf(3, 'referral_date'),
        message: `${REREFERRAL_SHORT_EXTRACT} (referrals.rereferral_pct: the earliest referral, ${earliest}, ` +
          `is later than ${yearBefore}, 365 days before the period start)`,
      });
    }
  }
  const indicators: Record<string, IndicatorFigure> = {};
  for (const ind of CATALOGUE) {
    indicators[ind.id] = figures.get(ind.id) ?? { value: null };
  }
  warnings.push(...(await exclusionWarnings(q, ctx, exclusionHits)));
  return { as_at: ctx.asAt, period_start: ctx.periodStart, indicators, warnings };
}

/**
 * Every indicator of the catalogue for a snapshot, in the JSON contract's shape. The as-at date
 * and period come from the snapshot; the population and visit standards from `opts`, else the
 * council's settings, else the defaults (cin_visit_wd 20, cp_visit_wd 10).
 */
export async function computeIndicators(q: Queryable, snapshotId: number, opts: ComputeOptions = {}): Promise<IndicatorResults> {
  return inIndicatorSession(q, async (s) => computeIndicatorsFor(s, await loadSnapshotContext(s, snapshotId, opts)));
}

/**
 * computeIndicators for each snapshot, results in the order of `snapshotIds`: on PostgreSQL
 * several at a time, each on its own pool connection (many-snapshots.ts). `opts` apply to all.
 */
export function computeIndicatorsForMany(
  db: Database, snapshotIds: readonly number[], opts: ComputeOptions & ManyOptions = {},
): Promise<IndicatorResults[]> {
  const { concurrency, ...compute } = opts;
  return mapSnapshots(db, snapshotIds, (id) => computeIndicators(db, id, compute), concurrency);
}
