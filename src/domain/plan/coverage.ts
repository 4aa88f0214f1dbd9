// The coverage grid: every recommendation of the inspection and every finding of its monitoring
// visits, with the actions that answer it. The Direction's annex requires the plan to "address all
// recommendations made in the Ofsted report"; a recommendation or area for improvement that no action
// answers is the gap the grid exists to show, so those come first, flagged. A strength needs no
// action (one may still be linked, to sustain it).
import type { Rating } from './status.ts';

export interface CoverageAction { id: number; ref: string; title: string; rating: Rating }

export interface CoverageSource {
  kind: 'recommendation' | 'strength' | 'area_for_improvement';
  id: number;
  /** 'Recommendation 3', 'MV5.2'. */
  label: string;
  text: string;
  /** Where it comes from in words: 'Inspection published 7 April 2017', 'Monitoring visit 5 (11 December 2018)'. */
  source: string;
  illustrative: boolean;
  actions: CoverageAction[];
}

export type CoverageState = 'uncovered' | 'covered' | 'not_required';
export interface CoverageRow extends CoverageSource { state: CoverageState }

export interface CoverageGrid {
  rows: CoverageRow[];
  /** Recommendations and areas for improvement: each needs at least one action. */
  required: number;
  uncovered: number;
  complete: boolean;
}

export function needsAction(kind: CoverageSource['kind']): boolean {
  return kind !== 'strength';
}

export function coverageGrid(sources: readonly CoverageSource[]): CoverageGrid {
  const rows = sources.map((s): CoverageRow => ({
    ...s, state: s.actions.length ? 'covered' : needsAction(s.kind) ? 'uncovered' : 'not_required' }));
  const rank: Record<CoverageState, number> = { uncovered: 0, covered: 1, not_required: 2 };
  // Gaps first; otherwise the order given (recommendations by number, then findings by visit and position).
  const ordered = rows.map((r, i) => ({ r, i })).sort((a, b) => rank[a.r.state] - rank[b.r.state] || a.i - b.i).map((x) => x.r);
  const required = rows.filter((r) => needsAction(r.kind)).length;
  const uncovered = rows.filter((r) => r.state === 'uncovered').length;
  return { rows: ordered, required, uncovered, complete: uncovered === 0 };
}
