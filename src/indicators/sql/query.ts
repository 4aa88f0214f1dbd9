// Builds the SQL for row rules (rule.ts): one aggregate query per list for the figures, and one
// query per rule for the rows behind a figure or left out of it. Parameters are always
// $1 snapshot id, $2 cin_visit_wd, $3 cp_visit_wd.
import { listOf } from '../lists.ts';
import type { Exclusion, RowRule } from './rule.ts';

/** p: the snapshot's D and period start, and the visit parameters. */
export const SNAPSHOT_PARAMS = `p AS (
  SELECT id AS snapshot_id, as_at, period_start, $2::integer AS cin_visit_wd, $3::integer AS cp_visit_wd
  FROM snapshots WHERE id = $1
)`;

/** f: the list's rows of the snapshot, each with D, the period start and the parameters beside it. */
function facts(list: number): string {
  return `WITH ${SNAPSHOT_PARAMS},
f AS (
  SELECT t.*, p.as_at, p.period_start, p.cin_visit_wd, p.cp_visit_wd
  FROM ${listOf(list).table} t JOIN p ON t.snapshot_id = p.snapshot_id
)`;
}

/** A condition that is false, never null, where a date or value it reads is blank. */
const holds = (condition: string) => `coalesce((${condition}), false)`;

/** The rows a rule counts in its denominator (pct), averages (avg) or counts before `meets` (count). */
export function population(rule: RowRule): string {
  return [holds(rule.scope), ...rule.exclude.map((x) => `NOT ${holds(x.when)}`), ...(rule.keep ? [holds(rule.keep)] : [])]
    .join(' AND ');
}

/** The rows a count counts, or a percentage's numerator. */
export function counted(rule: RowRule): string {
  return rule.meets ? `${population(rule)} AND ${holds(rule.meets)}` : population(rule);
}

export function excludedBy(rule: RowRule, x: Exclusion): string {
  return `${holds(rule.scope)} AND ${holds(x.when)}`;
}

/** Column names of the aggregate query for rule number i. */
export const aggregateNames = (i: number) => ({ value: `r${i}_value`, num: `r${i}_num`, den: `r${i}_den`, sum: `r${i}_sum` });
export const exclusionName = (i: number, k: number) => `r${i}_x${k}`;

/**
 * Distinct Child Unique IDs, compared byte by byte (COLLATE "C"). That tells the same IDs apart as
 * the database's own collation does (a deterministic one: equal means the same bytes), and sorts
 * them in a fraction of the time a locale's comparison takes.
 */
export const DISTINCT_CHILDREN = 'DISTINCT child_id COLLATE "C"';

/**
 * Every figure of the given rules (all on one list) in one pass over the list, and any further
 * aggregates of the list (`also`, each with its alias).
 */
export function aggregateSql(list: number, rules: RowRule[], also: string[] = []): string {
  const columns: string[] = [];
  rules.forEach((rule, i) => {
    const n = aggregateNames(i);
    if (rule.kind === 'count') {
      const what = rule.children ? DISTINCT_CHILDREN : '*';
      columns.push(`count(${what}) FILTER (WHERE ${counted(rule)}) AS ${n.value}`);
    } else if (rule.kind === 'pct') {
      columns.push(`count(*) FILTER (WHERE ${population(rule)}) AS ${n.den}`);
      columns.push(`count(*) FILTER (WHERE ${counted(rule)}) AS ${n.num}`);
    } else {
      columns.push(`count(*) FILTER (WHERE ${population(rule)}) AS ${n.den}`);
      columns.push(`sum(${rule.mean}) FILTER (WHERE ${population(rule)}) AS ${n.sum}`);
    }
    rule.exclude.forEach((x, k) => columns.push(`count(*) FILTER (WHERE ${excludedBy(rule, x)}) AS ${exclusionName(i, k)}`));
  });
  columns.push(...also);
  return `${facts(list)}\nSELECT\n  ${columns.join(',\n  ')}\nFROM f`;
}

/** The rows behind a figure: its denominator or its numerator (counts and averages: the rows used). */
export function rowsSql(rule: RowRule, part: 'numerator' | 'denominator'): string {
  const where = part === 'numerator' || rule.kind === 'count' ? counted(rule) : population(rule);
  const show = ['row_no', 'child_id', ...rule.show].join(', ');
  return `${facts(rule.list)}\nSELECT ${rule.list} AS list, ${show}\nFROM f\nWHERE ${where}\nORDER BY row_no`;
}

/** The rows of a rule's scope left out by one of its exclusions. */
export function exclusionRowsSql(rule: RowRule, x: Exclusion): string {
  return `${facts(rule.list)}\nSELECT row_no, child_id FROM f WHERE ${excludedBy(rule, x)} ORDER BY row_no`;
}

/** The earliest referral in list 3, for the "extract too short" check of re-referrals (an `also` of list 3). */
export const EARLIEST_REFERRAL = 'min(referral_date) AS earliest_referral';
