// What an indicator computation needs to know about a snapshot before it reads any child rows:
// its dates, which lists and columns it has, the council's population and local standards.
import type { Queryable } from '../db/database.ts';
import { CATALOGUE, PARAMETERS, type Indicator } from './catalogue.ts';
import { headerOf, listOf } from './lists.ts';
import type { ComputeOptions, IndicatorParams, IndicatorWarning } from './types.ts';

export interface SnapshotContext {
  snapshotId: number;
  laCode: string;
  asAt: string;
  periodStart: string;
  rowCounts: Record<string, number>;
  /** Columns each list had, by list number; null when the import did not record them. */
  columns: Record<string, string[]> | null;
  population: number | null;
  params: IndicatorParams;
}

export const DEFAULT_PARAMS: IndicatorParams = {
  cin_visit_wd: PARAMETERS.cin_visit_wd.default,
  cp_visit_wd: PARAMETERS.cp_visit_wd.default,
};

function checkParam(name: string, v: unknown): number {
  if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > 260) {
    throw new RangeError(`${name} must be a whole number of working days from 1 to 260`);
  }
  return v as number;
}

export async function loadSnapshotContext(q: Queryable, snapshotId: number, opts: ComputeOptions = {}): Promise<SnapshotContext> {
  const [s] = await q.query(
    `SELECT s.id, s.la_code, s.as_at, s.period_start, s.row_counts, s.columns, c.population_0_17,
            ip.cin_visit_wd, ip.cp_visit_wd
     FROM snapshots s JOIN councils c ON c.la_code = s.la_code
     LEFT JOIN indicator_parameters ip ON ip.la_code = s.la_code
     WHERE s.id = $1`, [snapshotId]);
  if (!s) throw new RangeError(`No snapshot ${snapshotId}`);
  const population = opts.population !== undefined ? opts.population : s.population_0_17 ?? null;
  if (population !== null && !(Number.isFinite(population) && population > 0)) {
    throw new RangeError('The population aged 0-17 must be a number above 0');
  }
  const params: IndicatorParams = {
    cin_visit_wd: checkParam('cin_visit_wd', opts.params?.cin_visit_wd ?? s.cin_visit_wd ?? DEFAULT_PARAMS.cin_visit_wd),
    cp_visit_wd: checkParam('cp_visit_wd', opts.params?.cp_visit_wd ?? s.cp_visit_wd ?? DEFAULT_PARAMS.cp_visit_wd),
  };
  return {
    snapshotId: Number(s.id), laCode: s.la_code, asAt: s.as_at, periodStart: s.period_start,
    rowCounts: s.row_counts ?? {}, columns: s.columns ?? null, population, params,
  };
}

export const listPresent = (ctx: SnapshotContext, list: number) => Object.hasOwn(ctx.rowCounts, String(list));

export function columnPresent(ctx: SnapshotContext, list: number, column: string): boolean {
  const recorded = ctx.columns?.[String(list)];
  return !Array.isArray(recorded) || recorded.includes(column);
}

export interface Availability {
  available: Set<string>;
  warnings: IndicatorWarning[];
}

/**
 * Which indicators can be computed: an absent list, an absent optional column the indicator reads,
 * or (for rates) no population makes it null, with one warning per absent list, per absent column
 * and for the population, each naming the indicators it stops.
 */
export function availability(ctx: SnapshotContext, catalogue: readonly Indicator[] = CATALOGUE): Availability {
  const available = new Set<string>();
  const missingLists = new Map<number, string[]>();
  const missingColumns = new Map<string, { list: number; column: string; ids: string[] }>();
  const noPopulation: string[] = [];
  const note = <K>(map: Map<K, any>, key: K, make: () => any, id: string) => {
    if (!map.has(key)) map.set(key, make());
    const entry = map.get(key);
    (Array.isArray(entry) ? entry : entry.ids).push(id);
  };
  for (const ind of catalogue) {
    let ok = true;
    for (const [listKey, columns] of Object.entries(ind.needs)) {
      const list = Number(listKey);
      if (!listPresent(ctx, list)) {
        note(missingLists, list, () => [], ind.id);
        ok = false;
        continue;
      }
      for (const column of columns ?? []) {
        if (!columnPresent(ctx, list, column)) {
          note(missingColumns, `${list}:${column}`, () => ({ list, column, ids: [] }), ind.id);
          ok = false;
        }
      }
    }
    if (ok && ind.needsPopulation && ctx.population === null) {
      noPopulation.push(ind.id);
      ok = false;
    }
    if (ok) available.add(ind.id);
  }
  const warnings: IndicatorWarning[] = [];
  for (const [list, ids] of [...missingLists].sort((a, b) => a[0] - b[0])) {
    warnings.push({
      list, row: null, column: null,
      message: `List ${list} (${listOf(list).name}) is not in the extract, so these cannot be computed: ${ids.join(', ')}`,
    });
  }
  for (const { list, column, ids } of missingColumns.values()) {
    const header = headerOf(list, column);
    warnings.push({
      list, row: null, column: header,
      message: `The column "${header}" is not in list ${list}, so these cannot be computed: ${ids.join(', ')}`,
    });
  }
  if (noPopulation.length) {
    warnings.push({
      list: null, row: null, column: null,
      message: `No population aged 0-17 is set for the council, so these rates cannot be computed: ${noPopulation.join(', ')}`,
    });
  }
  return { available, warnings };
}
