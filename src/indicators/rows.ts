// The child-level rows behind a figure (the drill-down page) and the rows each measure leaves out
// (the data-quality page), from the same definitions that compute the figures, in the same session
// (session.ts: JIT off on PostgreSQL). Callers log every view of these rows in the audit trail
// (they are child-level data).
import type { Queryable } from '../db/database.ts';
import { indicatorById } from './catalogue.ts';
import { headerOf } from './lists.ts';
import { ROW_RULES, ROW_RULE_BY_ID, RATE_OF } from './sql/index.ts';
import { exclusionRowsSql, rowsSql } from './sql/query.ts';
import { CASELOAD_ROWS_SQL, UNALLOCATED_ROWS_SQL } from './sql/workforce.ts';
import { inIndicatorSession } from './session.ts';
import { availability, loadSnapshotContext } from './snapshot-context.ts';
import { sqlParams } from './compute.ts';
import type { ComputeOptions, IndicatorExclusion, IndicatorRow } from './types.ts';

/**
 * The rows behind one figure: for a percentage its denominator or its numerator; for a count or
 * a rate the rows counted; for an average the rows averaged (either part). Each row carries list,
 * row_no, child_id and the values that decide it. An indicator that cannot be computed for the
 * snapshot (absent list or column) has no rows.
 */
export async function indicatorRows(
  q: Queryable, snapshotId: number, id: string, part: 'numerator' | 'denominator', opts: ComputeOptions = {},
): Promise<IndicatorRow[]> {
  if (!indicatorById(id)) throw new RangeError(`Unknown indicator ${id}`);
  return inIndicatorSession(q, (q) => rowsBehind(q, snapshotId, id, part, opts));
}

async function rowsBehind(
  q: Queryable, snapshotId: number, id: string, part: 'numerator' | 'denominator', opts: ComputeOptions,
): Promise<IndicatorRow[]> {
  const ctx = await loadSnapshotContext(q, snapshotId, opts);
  const { available } = availability(ctx);
  const countId = RATE_OF[id];
  // A rate's rows are its count's rows; they exist even when only the population is missing.
  if (!available.has(countId ?? id)) return [];
  if (id === 'workforce.caseload_avg') return q.query<IndicatorRow>(CASELOAD_ROWS_SQL, sqlParams(ctx));
  if (id === 'workforce.unallocated_children') return q.query<IndicatorRow>(UNALLOCATED_ROWS_SQL, sqlParams(ctx));
  const rule = ROW_RULE_BY_ID.get(countId ?? id)!;
  return q.query<IndicatorRow>(rowsSql(rule, part), sqlParams(ctx));
}

/** Every row left out of a measure of the snapshot, with the column and the reason. */
export function indicatorExclusions(q: Queryable, snapshotId: number, opts: ComputeOptions = {}): Promise<IndicatorExclusion[]> {
  return inIndicatorSession(q, (q) => exclusionsOf(q, snapshotId, opts));
}

async function exclusionsOf(q: Queryable, snapshotId: number, opts: ComputeOptions): Promise<IndicatorExclusion[]> {
  const ctx = await loadSnapshotContext(q, snapshotId, opts);
  const { available } = availability(ctx);
  const out: IndicatorExclusion[] = [];
  for (const rule of ROW_RULES) {
    if (!available.has(rule.id)) continue;
    for (const x of rule.exclude) {
      const rows = await q.query<{ row_no: number; child_id: string }>(exclusionRowsSql(rule, x), sqlParams(ctx));
      for (const r of rows) {
        out.push({ indicator: rule.id, list: rule.list, row_no: r.row_no, child_id: r.child_id, column: headerOf(rule.list, x.column), reason: x.reason });
      }
    }
  }
  return out;
}
