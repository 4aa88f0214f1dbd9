// Computed indicators kept per snapshot (for trends across imports), and each council's targets
// and local visit standards. Every change to a setting is written to the audit trail.
import type { Database, Queryable } from '../db/database.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import { indicatorById } from './catalogue.ts';
import { computeIndicatorsFor } from './compute.ts';
import { mapSnapshots, type ManyOptions } from './many-snapshots.ts';
import { tuneForIndicators } from './session.ts';
import { DEFAULT_PARAMS, loadSnapshotContext } from './snapshot-context.ts';
import type { ComputeOptions, IndicatorFigure, IndicatorParams, IndicatorResults } from './types.ts';

/**
 * Computes every indicator of a snapshot and stores the figures, replacing any earlier
 * computation of it (say after the council's population or local standards changed).
 */
export async function refreshIndicatorValues(db: Database, snapshotId: number, opts: ComputeOptions = {}): Promise<IndicatorResults> {
  return db.transaction(async (tx) => {
    await tuneForIndicators(tx, db.engine);
    const ctx = await loadSnapshotContext(tx, snapshotId, opts);
    const result = await computeIndicatorsFor(tx, ctx);
    await tx.query('DELETE FROM indicator_runs WHERE snapshot_id = $1', [snapshotId]);
    await tx.query(
      `INSERT INTO indicator_runs (snapshot_id, la_code, population, cin_visit_wd, cp_visit_wd, warnings)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [snapshotId, ctx.laCode, ctx.population, ctx.params.cin_visit_wd, ctx.params.cp_visit_wd, JSON.stringify(result.warnings)],
    );
    const ids = Object.keys(result.indicators);
    const fig = ids.map((id) => result.indicators[id]);
    await tx.query(
      `INSERT INTO indicator_values (snapshot_id, la_code, indicator_id, value, numerator, denominator)
       SELECT $1, $2, * FROM unnest($3::text[], $4::float8[], $5::bigint[], $6::bigint[])`,
      [snapshotId, ctx.laCode, ids, fig.map((f) => f.value), fig.map((f) => f.numerator ?? null), fig.map((f) => f.denominator ?? null)],
    );
    return result;
  });
}

/**
 * refreshIndicatorValues for each snapshot (each in its own transaction), results in the order of
 * `snapshotIds`: on PostgreSQL several at a time (many-snapshots.ts). `opts` apply to all.
 */
export async function refreshIndicatorValuesForMany(
  db: Database, snapshotIds: readonly number[], opts: ComputeOptions & ManyOptions = {},
): Promise<IndicatorResults[]> {
  const { concurrency, ...compute } = opts;
  // Two transactions replacing the same snapshot's figures at once would collide: each once.
  const once = [...new Set(snapshotIds)];
  const results = await mapSnapshots(db, once, (id) => refreshIndicatorValues(db, id, compute), concurrency);
  const byId = new Map(once.map((id, i) => [id, results[i]]));
  return snapshotIds.map((id) => byId.get(id)!);
}

const figureOf = (r: { value: number | null; numerator: number | null; denominator: number | null }): IndicatorFigure => ({
  value: r.value,
  ...(r.numerator !== null ? { numerator: r.numerator } : {}),
  ...(r.denominator !== null ? { denominator: r.denominator } : {}),
});

/** The stored figures of a snapshot (null when it has not been computed), in the contract's shape. */
export async function storedIndicators(q: Queryable, laCode: string, snapshotId: number): Promise<IndicatorResults | null> {
  const [run] = await q.query(
    `SELECT s.as_at, s.period_start, r.warnings FROM indicator_runs r JOIN snapshots s ON s.id = r.snapshot_id
     WHERE r.snapshot_id = $1 AND r.la_code = $2`, [snapshotId, laCode]);
  if (!run) return null;
  const rows = await q.query('SELECT indicator_id, value, numerator, denominator FROM indicator_values WHERE snapshot_id = $1 AND la_code = $2',
    [snapshotId, laCode]);
  const byId = new Map(rows.map((r) => [r.indicator_id, figureOf(r as any)]));
  const indicators: Record<string, IndicatorFigure> = {};
  for (const id of rows.map((r) => r.indicator_id as string)) indicators[id] = byId.get(id)!;
  return { as_at: run.as_at, period_start: run.period_start, indicators, warnings: run.warnings };
}

export interface TrendPoint extends IndicatorFigure {
  snapshot_id: number;
  as_at: string;
  period_start: string;
  synthetic: boolean;
}

/** One indicator across a council's computed snapshots, oldest first. */
export async function indicatorTrend(q: Queryable, laCode: string, indicatorId: string): Promise<TrendPoint[]> {
  const rows = await q.query(
    `SELECT s.id AS snapshot_id, s.as_at, s.period_start, s.synthetic, v.value, v.numerator, v.denominator
     FROM indicator_values v JOIN snapshots s ON s.id = v.snapshot_id
     WHERE v.la_code = $1 AND v.indicator_id = $2
     ORDER BY s.as_at, s.id`, [laCode, indicatorId]);
  return rows.map((r) => ({ snapshot_id: Number(r.snapshot_id), as_at: r.as_at, period_start: r.period_start, synthetic: r.synthetic, ...figureOf(r as any) }));
}

export interface IndicatorTarget {
  indicator_id: string;
  target: number;
  tolerance: number;
}

export async function indicatorTargets(q: Queryable, laCode: string): Promise<IndicatorTarget[]> {
  return q.query<IndicatorTarget>(
    'SELECT indicator_id, target, tolerance FROM indicator_targets WHERE la_code = $1 ORDER BY indicator_id', [laCode]);
}

export async function setIndicatorTarget(q: Queryable, actor: Actor, laCode: string, t: IndicatorTarget): Promise<void> {
  if (!indicatorById(t.indicator_id)) throw new RangeError(`Unknown indicator ${t.indicator_id}`);
  if (!Number.isFinite(t.target)) throw new RangeError('The target must be a number');
  if (!Number.isFinite(t.tolerance) || t.tolerance < 0) throw new RangeError('The tolerance must be a number of at least 0');
  const [before] = await q.query('SELECT target, tolerance FROM indicator_targets WHERE la_code = $1 AND indicator_id = $2', [laCode, t.indicator_id]);
  await q.query(
    `INSERT INTO indicator_targets (la_code, indicator_id, target, tolerance, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (la_code, indicator_id) DO UPDATE
       SET target = EXCLUDED.target, tolerance = EXCLUDED.tolerance, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [laCode, t.indicator_id, t.target, t.tolerance, actor.userId]);
  await recordAudit(q, actor, {
    laCode, action: before ? 'update' : 'create', entity: 'indicator_targets', entityId: t.indicator_id,
    summary: `Target for ${t.indicator_id} set to ${t.target} (tolerance ${t.tolerance})`,
    before: before ?? undefined, after: { target: t.target, tolerance: t.tolerance },
  });
}

export async function removeIndicatorTarget(q: Queryable, actor: Actor, laCode: string, indicatorId: string): Promise<boolean> {
  const [before] = await q.query('DELETE FROM indicator_targets WHERE la_code = $1 AND indicator_id = $2 RETURNING target, tolerance',
    [laCode, indicatorId]);
  if (!before) return false;
  await recordAudit(q, actor, { laCode, action: 'delete', entity: 'indicator_targets', entityId: indicatorId,
    summary: `Target for ${indicatorId} removed`, before });
  return true;
}

/** The council's local visit standards (the defaults when it has set none). */
export async function indicatorParameters(q: Queryable, laCode: string): Promise<IndicatorParams> {
  const [row] = await q.query('SELECT cin_visit_wd, cp_visit_wd FROM indicator_parameters WHERE la_code = $1', [laCode]);
  return row ? { cin_visit_wd: row.cin_visit_wd, cp_visit_wd: row.cp_visit_wd } : { ...DEFAULT_PARAMS };
}

export async function setIndicatorParameters(q: Queryable, actor: Actor, laCode: string, params: IndicatorParams): Promise<void> {
  for (const [name, v] of Object.entries(params)) {
    if (!Number.isInteger(v) || v < 1 || v > 260) throw new RangeError(`${name} must be a whole number of working days from 1 to 260`);
  }
  const before = await indicatorParameters(q, laCode);
  await q.query(
    `INSERT INTO indicator_parameters (la_code, cin_visit_wd, cp_visit_wd, updated_by, updated_at) VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (la_code) DO UPDATE SET cin_visit_wd = EXCLUDED.cin_visit_wd, cp_visit_wd = EXCLUDED.cp_visit_wd,
       updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [laCode, params.cin_visit_wd, params.cp_visit_wd, actor.userId]);
  await recordAudit(q, actor, { laCode, action: 'update', entity: 'indicator_parameters', entityId: laCode,
    summary: 'Local visit standards for indicators changed', before, after: params });
}
