// Children in need (list 6) and child protection (list 7).
import { countChildren, countRows, percentage, inP, openAtD, type RowRule } from './rule.ts';

const CIN_OPEN = openAtD('cin_start', 'cin_closed');
const PLAN_OPEN = openAtD('plan_start', 'plan_end');

export const CIN_RULES: RowRule[] = [
  countChildren('cin.open', { list: 6, rows: CIN_OPEN, show: ['cin_start', 'cin_closed'] }),

  percentage('cin.seen_within_20wd_pct', {
    list: 6,
    of: CIN_OPEN,
    meeting: 'last_seen <= as_at AND wd(last_seen, as_at) <= cin_visit_wd',
    show: ['cin_start', 'last_seen', 'wd(last_seen, as_at) AS working_days_since_seen'],
  }),
];

export const CP_RULES: RowRule[] = [
  countChildren('cp.open', { list: 7, rows: PLAN_OPEN, show: ['plan_start', 'plan_end'] }),

  countRows('cp.started', { list: 7, rows: inP('plan_start'), show: ['plan_start'] }),

  percentage('cp.repeat_plan_pct', {
    list: 7, of: inP('plan_start'), meeting: 'previous_plans >= 1', show: ['plan_start', 'previous_plans'],
  }),

  percentage('cp.ended_2yrs_plus_pct', {
    list: 7,
    of: inP('plan_end'),
    exclude: [{ when: 'plan_end < plan_start', column: 'plan_end', reason: 'Plan ends before it starts' }],
    meeting: 'plan_end >= add_months(plan_start, 24)',
    show: ['plan_start', 'plan_end'],
  }),

  percentage('cp.visit_within_10wd_pct', {
    list: 7,
    of: PLAN_OPEN,
    meeting: 'last_visit <= as_at AND wd(last_visit, as_at) <= cp_visit_wd',
    show: ['plan_start', 'last_visit', 'wd(last_visit, as_at) AS working_days_since_visit'],
  }),

  // Out of timescale: no review yet and D more than 3 months after the start, or D more than
  // 6 months after the latest review. In timescale: the rest.
  percentage('cp.review_in_timescale_pct', {
    list: 7,
    of: PLAN_OPEN,
    meeting: `CASE WHEN latest_review IS NULL THEN as_at <= add_months(plan_start, 3)
                   ELSE as_at <= add_months(latest_review, 6) END`,
    show: ['plan_start', 'latest_review'],
  }),
];
