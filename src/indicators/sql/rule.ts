// How an indicator computed over the rows of one list is written down: SQL conditions over a row of
// the list (its annex_* columns, plus as_at = D, period_start, cin_visit_wd and cp_visit_wd), each
// reading like the contract. One definition gives the figure, the rows behind it (drill-down) and
// the rows it leaves out (data quality), so the three can never disagree.
//
//   scope     the rows the measure looks at ("rows of L4 with Date of Authorisation in P")
//   exclude   rows of the scope left out of numerator and denominator, each with a warning
//             (a date before the date it follows; a blank date of birth where an age is needed)
//   keep      a further condition on the remaining rows that needed the excluded data (age 19-21)
//   meets     pct: the numerator's condition; count: the condition counted (default: every row)
//   mean      avg: the number averaged
//
// In conditions the row is `f`: write f.child_id inside a sub-query so it refers to the outer row.
import type { ListNumber } from '../lists.ts';

export interface Exclusion {
  when: string;
  /** The annex_* column whose value causes it (named by its Ofsted header in warnings). */
  column: string;
  reason: string;
}

export interface RowRule {
  id: string;
  list: Exclude<ListNumber, 11>;
  kind: 'count' | 'pct' | 'avg';
  /** count: distinct Child Unique IDs instead of rows. */
  children?: boolean;
  scope: string;
  exclude: Exclusion[];
  keep?: string;
  meets?: string;
  mean?: string;
  /** Columns or expressions (with an alias) shown beside child_id and row_no in a drill-down. */
  show: string[];
}

type Common = { list: RowRule['list']; exclude?: Exclusion[]; show: string[] };

export const countRows = (id: string, r: Common & { rows: string; where?: string }): RowRule =>
  ({ id, kind: 'count', list: r.list, scope: r.rows, exclude: r.exclude ?? [], meets: r.where, show: r.show });

export const countChildren = (id: string, r: Common & { rows: string }): RowRule =>
  ({ id, kind: 'count', children: true, list: r.list, scope: r.rows, exclude: r.exclude ?? [], show: r.show });

export const percentage = (id: string, r: Common & { of: string; keep?: string; meeting: string }): RowRule =>
  ({ id, kind: 'pct', list: r.list, scope: r.of, exclude: r.exclude ?? [], keep: r.keep, meets: r.meeting, show: r.show });

export const average = (id: string, r: Common & { of: string; mean: string }): RowRule =>
  ({ id, kind: 'avg', list: r.list, scope: r.of, exclude: r.exclude ?? [], mean: r.mean, show: r.show });

// Phrases of the contract, in SQL.

/** "in P": not blank and within [period_start, D]. */
export const inP = (column: string) => `${column} BETWEEN period_start AND as_at`;

/** "open at D": started on or before D, and not ended or ended after D. */
export const openAtD = (start: string, end: string) => `${start} <= as_at AND (${end} IS NULL OR ${end} > as_at)`;

/** Text present after trimming. */
export const notBlank = (column: string) => `nullif(btrim(${column}), '') IS NOT NULL`;

export const BLANK_DOB: Exclusion = {
  when: 'dob IS NULL', column: 'dob', reason: 'Date of Birth is blank, so the age is unknown',
};
