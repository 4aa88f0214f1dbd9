// The figures of the performance dashboard and the indicator page, assembled once from the stored
// indicator values: each indicator with its latest figure, target and RAG, direction of travel,
// trend across snapshots, and national benchmarks.
import type { Queryable } from '../db/database.ts';
import { CATALOGUE, JOURNEY_STAGES, indicatorById, type Indicator, type JourneyStage } from '../indicators/catalogue.ts';
import { benchmarksFor, type Benchmark } from '../indicators/benchmarks.ts';
import { indicatorTargets, type IndicatorTarget } from '../indicators/store.ts';
import { targetStatus } from '../indicators/targets.ts';
import type { IndicatorFigure } from '../indicators/types.ts';
import { directionOfTravel, ragTag, type Direction, type StatusTag } from '../domain/performance/status.ts';
import { listSnapshots, type Snapshot } from './snapshots.ts';

export interface IndicatorLine {
  indicator: Indicator;
  figure: IndicatorFigure | null;
  target: IndicatorTarget | null;
  rag: StatusTag;
  direction: Direction;
  trend: { snapshotId: number; asAt: string; figure: IndicatorFigure }[];
  benchmarks: Benchmark[];
}

export interface Dashboard {
  snapshot: Snapshot | null;
  previous: Snapshot | null;
  snapshots: Snapshot[];
  stages: { stage: JourneyStage; title: string; lines: IndicatorLine[] }[];
  warnings: { list: number | null; row: number | null; column: string | null; message: string }[];
}

/** Every stored figure of the council, by indicator, oldest snapshot first. */
async function figuresByIndicator(q: Queryable, laCode: string, ids?: string[]) {
  const rows = await q.query(
    `SELECT v.indicator_id, v.snapshot_id, s.as_at, v.value, v.numerator, v.denominator
       FROM indicator_values v JOIN snapshots s ON s.id = v.snapshot_id
      WHERE v.la_code = $1 AND ($2::text[] IS NULL OR v.indicator_id = ANY($2))
      ORDER BY s.as_at, s.id`, [laCode, ids ?? null]);
  const out = new Map<string, IndicatorLine['trend']>();
  for (const r of rows) {
    const figure: IndicatorFigure = { value: r.value };
    if (r.numerator !== null) figure.numerator = r.numerator;
    if (r.denominator !== null) figure.denominator = r.denominator;
    const list = out.get(r.indicator_id) ?? [];
    list.push({ snapshotId: Number(r.snapshot_id), asAt: r.as_at, figure });
    out.set(r.indicator_id, list);
  }
  return out;
}

function line(indicator: Indicator, trend: IndicatorLine['trend'], snapshotId: number | null, previousId: number | null,
  target: IndicatorTarget | null): IndicatorLine {
  const figure = trend.find((t) => t.snapshotId === snapshotId)?.figure ?? null;
  const before = trend.find((t) => t.snapshotId === previousId)?.figure ?? null;
  const status = figure && target ? targetStatus(figure.value, target, indicator.polarity) : null;
  return {
    indicator, figure, target,
    rag: indicator.polarity === 'context' ? { text: 'Context only', colour: 'grey' } : ragTag(status, !!target),
    direction: directionOfTravel(before?.value, figure?.value, indicator.polarity),
    trend, benchmarks: benchmarksFor(indicator.id),
  };
}

/** The dashboard for one snapshot (default: the latest). */
export async function loadDashboard(q: Queryable, laCode: string, snapshotId?: number): Promise<Dashboard> {
  const snapshots = await listSnapshots(q, laCode);
  const index = snapshotId ? snapshots.findIndex((s) => s.id === snapshotId) : 0;
  const snapshot = snapshots[index] ?? null;
  const previous = snapshot ? snapshots[index + 1] ?? null : null;
  const figures = await figuresByIndicator(q, laCode);
  const targets = new Map((await indicatorTargets(q, laCode)).map((t) => [t.indicator_id, t]));
  const stages = (Object.keys(JOURNEY_STAGES) as JourneyStage[]).map((stage) => ({
    stage, title: JOURNEY_STAGES[stage],
    lines: CATALOGUE.filter((i) => i.stage === stage)
      .map((i) => line(i, figures.get(i.id) ?? [], snapshot?.id ?? null, previous?.id ?? null, targets.get(i.id) ?? null)),
  }));
  const [run] = snapshot ? await q.query('SELECT warnings FROM indicator_runs WHERE snapshot_id = $1 AND la_code = $2', [snapshot.id, laCode]) : [];
  return { snapshot, previous, snapshots, stages, warnings: run?.warnings ?? [] };
}

export async function loadIndicatorLine(q: Queryable, laCode: string, id: string, snapshotId?: number) {
  const indicator = indicatorById(id);
  if (!indicator) return null;
  const snapshots = await listSnapshots(q, laCode);
  const index = snapshotId ? snapshots.findIndex((s) => s.id === snapshotId) : 0;
  const snapshot = snapshots[index] ?? null;
  const previous = snapshot ? snapshots[index + 1] ?? null : null;
  const trend = (await figuresByIndicator(q, laCode, [id])).get(id) ?? [];
  const [target] = (await indicatorTargets(q, laCode)).filter((t) => t.indicator_id === id);
  return { snapshot, snapshots, line: line(indicator, trend, snapshot?.id ?? null, previous?.id ?? null, target ?? null) };
}
