// The indicator catalogue as the plan needs it: which indicators can be success measures, and their
// latest computed figures (indicator_values, one row per snapshot; 003_indicators.sql).
import type { Queryable } from '../db/database.ts';
import { CATALOGUE } from '../indicators/catalogue.ts';
import type { IndicatorInfo } from '../domain/plan/measure-input.ts';

export const PLAN_INDICATORS: ReadonlyMap<string, IndicatorInfo> = new Map(CATALOGUE.map((i) =>
  [i.id, { title: i.title, polarity: i.polarity, percent: i.kind === 'pct' }]));

/** Indicators that can show success: those where higher or lower is better. */
export function measurableIndicators(): { id: string; title: string }[] {
  return CATALOGUE.filter((i) => i.polarity !== 'context').map((i) => ({ id: i.id, title: i.title }));
}

/** The latest figure of each indicator from snapshots as at or before `asAt`. */
export async function latestIndicatorValues(q: Queryable, laCode: string, ids: readonly string[], asAt: string)
  : Promise<Map<string, { value: number | null; asAt: string }>> {
  if (!ids.length) return new Map();
  const rows = await q.query<{ indicator_id: string; value: number | null; as_at: string }>(
    `SELECT DISTINCT ON (v.indicator_id) v.indicator_id, v.value, s.as_at
       FROM indicator_values v JOIN snapshots s ON s.id = v.snapshot_id AND s.la_code = v.la_code
      WHERE v.la_code = $1 AND v.indicator_id = ANY($2) AND s.as_at <= $3
      ORDER BY v.indicator_id, s.as_at DESC, s.id DESC`, [laCode, ids, asAt]);
  return new Map(rows.map((r) => [r.indicator_id, { value: r.value, asAt: r.as_at }]));
}
