// Assessments (list 4), section 47 enquiries and initial child protection conferences (list 5).
import { countRows, percentage, inP, type RowRule } from './rule.ts';

const AUTHORISED_BEFORE_START = {
  when: 'authorised_date < start_date', column: 'authorised_date',
  reason: 'Authorised before the assessment started',
};

const ICPC_BEFORE_STRATEGY = {
  when: 'icpc_date < strategy_date', column: 'icpc_date',
  reason: 'Conference dated before the strategy discussion',
};

export const ASSESSMENT_RULES: RowRule[] = [
  countRows('assessments.completed', {
    list: 4, rows: inP('authorised_date'), show: ['start_date', 'authorised_date'],
  }),

  percentage('assessments.within_45wd_pct', {
    list: 4,
    of: inP('authorised_date'),
    exclude: [AUTHORISED_BEFORE_START],
    meeting: 'wd(start_date, authorised_date) <= 45',
    show: ['start_date', 'authorised_date', 'wd(start_date, authorised_date) AS working_days'],
  }),

  percentage('assessments.child_seen_pct', {
    list: 4, of: inP('authorised_date'), meeting: 'child_seen', show: ['authorised_date', 'child_seen'],
  }),

  percentage('assessments.no_further_action_pct', {
    list: 4, of: inP('authorised_date'), meeting: 'needs_support = false', show: ['authorised_date', 'needs_support'],
  }),

  countRows('assessments.open_over_45wd', {
    list: 4,
    rows: 'start_date <= as_at AND (authorised_date IS NULL OR authorised_date > as_at)',
    where: 'wd(start_date, as_at) > 45',
    show: ['start_date', 'authorised_date', 'wd(start_date, as_at) AS working_days_open'],
  }),
];

export const SECTION_47_RULES: RowRule[] = [
  countRows('s47.count', { list: 5, rows: inP('strategy_date'), show: ['strategy_date'] }),

  percentage('icpc.within_15wd_pct', {
    list: 5,
    of: inP('icpc_date'),
    exclude: [ICPC_BEFORE_STRATEGY],
    meeting: 'wd(strategy_date, icpc_date) <= 15',
    show: ['strategy_date', 'icpc_date', 'wd(strategy_date, icpc_date) AS working_days'],
  }),

  percentage('icpc.to_plan_pct', {
    list: 5, of: inP('icpc_date'), meeting: 'icpc_to_plan', show: ['icpc_date', 'icpc_to_plan'],
  }),
];
