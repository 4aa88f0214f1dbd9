// Reading the plan: actions with everything their rating needs, rated as at a date. The rating is
// worked out here from stored facts by the pure rule (src/domain/plan/brag.ts), never stored, so it
// is always what the rule says about the facts of that date.
import type { Queryable } from '../db/database.ts';
import { rateAction, type BragResult, type BragOverride } from '../domain/plan/brag.ts';
import type { JourneyStage } from '../domain/plan/journey.ts';
import { measureOutcome, targetInWords, type Measure } from '../domain/plan/measures.ts';
import type { ActionStatus, OverrideRating } from '../domain/plan/status.ts';
import { latestIndicatorValues, PLAN_INDICATORS } from './indicators.ts';

export interface ActionRecord {
  id: number;
  ref: string;
  title: string;
  description: string;
  stage: JourneyStage;
  ownerName: string;
  ownerUserId: number | null;
  leadOfficer: string;
  startOn: string | null;
  dueOn: string;
  illustrative: boolean;
  workstreamId: number;
  workstream: string;
  workstreamLead: string;
  objectiveId: number;
  objectiveNumber: number;
  objective: string;
}

export interface Milestone { id: number; title: string; dueOn: string; completedOn: string | null }
export interface StoredMeasure {
  id: number;
  kind: 'indicator' | 'described';
  indicatorId: string | null;
  target: number | null;
  description: string | null;
  targetOn: string;
  judgment: 'on_target' | 'off_target' | null;
  judgedOn: string | null;
  judgedBy: string | null;
  /** The measure as the rule reads it, with the latest figure. */
  measure: Measure;
  /** In words: what it is, its target, and how it stands. */
  label: string;
  targetWords: string;
  outcome: { outcome: 'met' | 'missed' | 'unknown'; detail: string };
}
export interface Answer { kind: 'recommendation' | 'strength' | 'area_for_improvement'; id: number; label: string; text: string }
export interface LatestUpdate { id: number; updateOn: string; status: ActionStatus; summary: string; authorName: string }

export interface ActionSummary extends ActionRecord {
  status: ActionStatus;
  latestUpdate: LatestUpdate | null;
  milestones: Milestone[];
  measures: StoredMeasure[];
  answers: Answer[];
  dependencies: { id: number; ref: string }[];
  impactEvidence: number;
  brag: BragResult;
  overdue: boolean;
}

export const ACTION_SELECT = `
  SELECT a.id, a.ref, a.title, a.description, a.stage, a.owner_name AS "ownerName", a.owner_user_id AS "ownerUserId",
         a.lead_officer AS "leadOfficer", a.start_on AS "startOn", a.due_on AS "dueOn", a.illustrative,
         w.id AS "workstreamId", w.title AS workstream, w.lead AS "workstreamLead",
         o.id AS "objectiveId", o.number AS "objectiveNumber", o.title AS objective
    FROM plan_actions a
    JOIN plan_workstreams w ON w.id = a.workstream_id AND w.la_code = a.la_code
    JOIN plan_objectives o ON o.id = w.objective_id AND o.la_code = w.la_code`;

/** Natural order of references: 1.2 before 1.10. */
export const byRef = (a: { ref: string }, b: { ref: string }) => a.ref.localeCompare(b.ref, 'en', { numeric: true });

export interface ActionFilter {
  ownerUserId?: number;
  actionIds?: number[];
}

/** The council's actions (or some of them), rated as at `asAt`, in objective then reference order. */
export async function loadActions(q: Queryable, laCode: string, asAt: string, filter: ActionFilter = {}): Promise<ActionSummary[]> {
  const records = await q.query<ActionRecord>(
    `${ACTION_SELECT} WHERE a.la_code = $1 AND ($2::int IS NULL OR a.owner_user_id = $2) AND ($3::int[] IS NULL OR a.id = ANY($3))`,
    [laCode, filter.ownerUserId ?? null, filter.actionIds ?? null]);
  records.sort((a, b) => a.objectiveNumber - b.objectiveNumber || byRef(a, b));
  if (!records.length) return [];
  const ids = records.map((r) => r.id);
  const [latest, milestones, measures, answers, deps, impact, overrides] = await Promise.all([
    q.query(`SELECT DISTINCT ON (action_id) action_id, id, update_on AS "updateOn", status, summary, author_name AS "authorName"
               FROM plan_updates WHERE la_code = $1 AND action_id = ANY($2) AND update_on <= $3
              ORDER BY action_id, update_on DESC, id DESC`, [laCode, ids, asAt]),
    q.query(`SELECT id, action_id, title, due_on AS "dueOn", completed_on AS "completedOn" FROM plan_milestones
              WHERE la_code = $1 AND action_id = ANY($2) ORDER BY due_on, id`, [laCode, ids]),
    loadMeasures(q, laCode, ids, asAt),
    loadAnswers(q, laCode, ids),
    q.query(`SELECT d.action_id, p.id, p.ref FROM plan_action_dependencies d
               JOIN plan_actions p ON p.id = d.depends_on_id AND p.la_code = d.la_code
              WHERE d.la_code = $1 AND d.action_id = ANY($2)`, [laCode, ids]),
    q.query<{ action_id: number; n: number }>(`SELECT action_id, count(*)::int AS n FROM plan_evidence
              WHERE la_code = $1 AND action_id = ANY($2) AND shows_impact AND added_on <= $3 GROUP BY action_id`, [laCode, ids, asAt]),
    q.query(`SELECT DISTINCT ON (action_id) action_id, rating, reason, set_on AS "setOn", set_by_name AS "setBy"
               FROM plan_rating_overrides WHERE la_code = $1 AND action_id = ANY($2) AND set_on <= $3
              ORDER BY action_id, set_on DESC, id DESC`, [laCode, ids, asAt]),
  ]);
  const group = <T extends { action_id: number }>(rows: T[]) => {
    const m = new Map<number, T[]>();
    for (const r of rows) m.set(r.action_id, [...(m.get(r.action_id) ?? []), r]);
    return m;
  };
  const latestBy = new Map(latest.map((r) => [r.action_id as number, r]));
  const milestonesBy = group(milestones as any[]);
  const measuresBy = group(measures);
  const answersBy = group(answers);
  const depsBy = group(deps as any[]);
  const impactBy = new Map(impact.map((r) => [r.action_id, r.n]));
  const overrideBy = new Map(overrides.map((r) => [r.action_id as number, r]));

  return records.map((r) => {
    const l = latestBy.get(r.id);
    const latestUpdate: LatestUpdate | null = l ? { id: Number(l.id), updateOn: l.updateOn, status: l.status, summary: l.summary, authorName: l.authorName } : null;
    const status: ActionStatus = latestUpdate?.status ?? 'not_started';
    const ms: Milestone[] = (milestonesBy.get(r.id) ?? []).map((m: any) => ({ id: m.id, title: m.title, dueOn: m.dueOn, completedOn: m.completedOn }));
    const meas = (measuresBy.get(r.id) ?? []).map(({ action_id: _, ...m }) => m as StoredMeasure);
    const o = overrideBy.get(r.id);
    const override: BragOverride | null = o && o.rating ? { rating: o.rating as OverrideRating, reason: o.reason, by: o.setBy, on: o.setOn } : null;
    const impactEvidence = impactBy.get(r.id) ?? 0;
    const brag = rateAction({ status, startOn: r.startOn, dueOn: r.dueOn, milestones: ms, measures: meas.map((m) => m.measure),
      impactEvidence, override }, asAt);
    return {
      ...r, status, latestUpdate, milestones: ms, measures: meas,
      answers: (answersBy.get(r.id) ?? []).map(({ action_id: _, ...a }) => a as Answer),
      dependencies: (depsBy.get(r.id) ?? []).map((d: any) => ({ id: d.id, ref: d.ref })).sort(byRef),
      impactEvidence, brag,
      overdue: r.dueOn < asAt && status !== 'complete' && status !== 'impact_evidenced',
    };
  });
}

async function loadMeasures(q: Queryable, laCode: string, ids: number[], asAt: string): Promise<(StoredMeasure & { action_id: number })[]> {
  const rows = await q.query(
    `SELECT id, action_id, kind, indicator_id AS "indicatorId", target, description, target_on AS "targetOn", judgment,
            judged_on AS "judgedOn", judged_by AS "judgedBy"
       FROM plan_measures WHERE la_code = $1 AND action_id = ANY($2) ORDER BY id`, [laCode, ids]);
  const values = await latestIndicatorValues(q, laCode, [...new Set(rows.filter((r) => r.indicatorId).map((r) => r.indicatorId as string))], asAt);
  return rows.map((r) => {
    const info = r.indicatorId ? PLAN_INDICATORS.get(r.indicatorId) : undefined;
    const measure: Measure = r.kind === 'indicator'
      ? { kind: 'indicator', label: info?.title ?? r.indicatorId, indicatorId: r.indicatorId, polarity: info?.polarity ?? 'context',
          percent: info?.percent ?? false, target: Number(r.target), targetOn: r.targetOn, latest: values.get(r.indicatorId) ?? null }
      : { kind: 'described', label: r.description, targetOn: r.targetOn, judgment: r.judgment, judgedOn: r.judgedOn };
    return { ...(r as StoredMeasure & { action_id: number }), target: r.target == null ? null : Number(r.target), measure,
      label: measure.label, targetWords: targetInWords(measure), outcome: measureOutcome(measure, asAt) };
  });
}

/** The recommendations and monitoring findings each action answers, labelled as the coverage grid labels them. */
export async function loadAnswers(q: Queryable, laCode: string, ids?: number[]): Promise<(Answer & { action_id: number })[]> {
  return q.query(
    `SELECT l.action_id, 'recommendation' AS kind, r.id, 'Recommendation ' || r.number AS label, r.text, 0 AS visit, r.number AS pos
       FROM plan_action_recommendations l JOIN recommendations r ON r.id = l.recommendation_id AND r.la_code = l.la_code
      WHERE l.la_code = $1 AND ($2::int[] IS NULL OR l.action_id = ANY($2))
     UNION ALL
     SELECT l.action_id, f.kind, f.id, 'MV' || v.number || '.' || f.position AS label, f.text, v.number AS visit, f.position AS pos
       FROM plan_action_findings l JOIN visit_findings f ON f.id = l.finding_id AND f.la_code = l.la_code
       JOIN monitoring_visits v ON v.id = f.visit_id AND v.la_code = f.la_code
      WHERE l.la_code = $1 AND ($2::int[] IS NULL OR l.action_id = ANY($2))
     ORDER BY visit, pos`, [laCode, ids ?? null]);
}
