// The demo's child-level data: synthetic Annex A extracts for every month end from April 2017 (the
// inadequate judgment) to March 2019, generated from one simulated history and imported through
// the same all-or-nothing importer a council uses. Each snapshot is marked synthetic, and the
// screens say so. Illustrative targets and population are labelled as illustrative.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database, Queryable } from '../db/database.ts';
import { importAnnexA } from '../ingest/import.ts';
import { refreshIndicatorValues } from '../indicators/store.ts';
import { generateSeries, monthEnds, writeAnnexACsv } from './generator/index.ts';

export const DEMO_FIRST_AS_AT = '2017-04-30';
export const DEMO_LAST_AS_AT = '2019-03-31';

/** Illustrative targets for the demo council (a council sets its own in Targets and settings). */
const DEMO_TARGETS: [string, number, number][] = [
  ['assessments.within_45wd_pct', 85, 5],
  ['assessments.child_seen_pct', 95, 3],
  ['icpc.within_15wd_pct', 80, 5],
  ['cin.seen_within_20wd_pct', 90, 5],
  ['cp.visit_within_10wd_pct', 90, 5],
  ['cp.review_in_timescale_pct', 95, 3],
  ['cla.visit_within_6wk_pct', 90, 5],
  ['cla.review_in_timescale_pct', 95, 3],
  ['cla.health_assessment_current_pct', 90, 5],
  ['cla.permanence_plan_pct', 90, 5],
  ['cla.assessment_current_pct', 90, 5],
  ['care_leavers.in_touch_pct', 95, 3],
  ['care_leavers.pathway_plan_current_pct', 90, 5],
  ['referrals.rereferral_pct', 22, 3],
  ['workforce.caseload_avg', 18, 2],
];

/** Population and targets: invented for the demonstration, and labelled so. */
export async function seedPerformanceSettings(tx: Queryable, laCode: string): Promise<void> {
  await tx.query(`UPDATE councils SET population_0_17 = 60000,
    population_source = 'Illustrative figure for the demonstration, not an official estimate' WHERE la_code = $1`, [laCode]);
  for (const [id, target, tolerance] of DEMO_TARGETS) {
    await tx.query(`INSERT INTO indicator_targets (la_code, indicator_id, target, tolerance) VALUES ($1, $2, $3, $4)
      ON CONFLICT (la_code, indicator_id) DO NOTHING`, [laCode, id, target, tolerance]);
  }
}

/**
 * Imports the synthetic monthly extracts the council does not have yet (so an interrupted first
 * start completes on the next), each in its own all-or-nothing import, and computes its figures.
 */
export async function seedSyntheticSnapshots(db: Database, laCode: string, opts: { scale?: number; from?: string; to?: string;
  log?: (line: string) => void } = {}): Promise<number> {
  const dates = monthEnds(opts.from ?? DEMO_FIRST_AS_AT, opts.to ?? DEMO_LAST_AS_AT);
  const have = new Set((await db.query<{ as_at: string }>(
    'SELECT as_at FROM snapshots WHERE la_code = $1 AND synthetic', [laCode])).map((r) => r.as_at));
  const missing = dates.filter((d) => !have.has(d));
  if (!missing.length) return 0;
  const dir = await mkdtemp(join(tmpdir(), 'uplift-demo-'));
  try {
    for (const extract of generateSeries({ laCode, scale: opts.scale ?? 1 }, missing)) {
      const folder = join(dir, extract.asAt);
      await writeAnnexACsv(extract, folder);
      const result = await importAnnexA(db, { path: folder }, { laCode, asAt: extract.asAt, periodStart: extract.periodStart,
        fileName: `Synthetic Annex A as at ${extract.asAt} (CSV files)`, actorLabel: 'demo', synthetic: true });
      if (!result.ok) {
        throw new Error(`The synthetic extract as at ${extract.asAt} did not import: ${result.errors.slice(0, 3).map((e) => e.message).join('; ')}`);
      }
      await refreshIndicatorValues(db, result.snapshotId!);
      await rm(folder, { recursive: true, force: true });
      opts.log?.(`Demo: synthetic Annex A as at ${extract.asAt} imported`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return missing.length;
}
