// The coverage grid's facts: the plan's inspection's recommendations and its monitoring visits'
// findings, each with the actions that answer it and their ratings.
import type { Queryable } from '../db/database.ts';
import { coverageGrid, type CoverageGrid, type CoverageSource } from '../domain/plan/coverage.ts';
import { getPlan } from './structure-repository.ts';
import type { ActionSummary } from './read-model.ts';
import { loadAnswers } from './read-model.ts';

/** Recommendations and findings a plan can answer: its inspection's, labelled for people and spreadsheets. */
export async function answerableItems(q: Queryable, laCode: string) {
  const plan = await getPlan(q, laCode);
  if (!plan?.inspectionId) return { recommendations: [], findings: [] };
  const recommendations = await q.query<{ id: number; number: number; text: string; illustrative: boolean; source: string }>(
    `SELECT r.id, r.number, r.text, r.illustrative,
            i.year || ' inspection' || coalesce(' (published ' || to_char(i.published_on, 'FMDD FMMonth YYYY') || ')', '') AS source
       FROM recommendations r JOIN inspections i ON i.id = r.inspection_id AND i.la_code = r.la_code
      WHERE r.la_code = $1 AND r.inspection_id = $2 ORDER BY r.number`, [laCode, plan.inspectionId]);
  const findings = await q.query<{ id: number; kind: 'strength' | 'area_for_improvement'; text: string; ref: string; visitNumber: number; position: number; source: string }>(
    `SELECT f.id, f.kind, f.text, 'MV' || v.number || '.' || f.position AS ref, v.number AS "visitNumber", f.position,
            'Monitoring visit ' || v.number || ' (' || to_char(v.visit_start, 'FMDD FMMonth YYYY') || ')' AS source
       FROM visit_findings f JOIN monitoring_visits v ON v.id = f.visit_id AND v.la_code = f.la_code
      WHERE f.la_code = $1 AND v.inspection_id = $2 ORDER BY v.number, f.position`, [laCode, plan.inspectionId]);
  return { recommendations, findings };
}

export async function loadCoverage(q: Queryable, laCode: string, actions: readonly ActionSummary[]): Promise<CoverageGrid> {
  const { recommendations, findings } = await answerableItems(q, laCode);
  const answers = await loadAnswers(q, laCode);
  const byId = new Map(actions.map((a) => [a.id, a]));
  const answering = (kind: 'recommendation' | 'finding', id: number) => answers
    .filter((x) => (kind === 'recommendation' ? x.kind === 'recommendation' : x.kind !== 'recommendation') && x.id === id)
    .map((x) => byId.get(x.action_id)).filter((a): a is ActionSummary => !!a)
    .map((a) => ({ id: a.id, ref: a.ref, title: a.title, rating: a.brag.rating }));
  const sources: CoverageSource[] = [
    ...recommendations.map((r) => ({ kind: 'recommendation' as const, id: r.id, label: `Recommendation ${r.number}`, text: r.text,
      source: r.source, illustrative: r.illustrative, actions: answering('recommendation', r.id) })),
    ...findings.map((f) => ({ kind: f.kind, id: f.id, label: f.ref, text: f.text, source: f.source, illustrative: false,
      actions: answering('finding', f.id) })),
  ];
  return coverageGrid(sources);
}
