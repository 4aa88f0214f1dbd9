// Children in care (list 8; one measure also reads list 4).
import { BLANK_DOB, countChildren, countRows, percentage, inP, notBlank, openAtD, type RowRule } from './rule.ts';

const LOOKED_AFTER = openAtD('cla_start', 'cla_ceased');

/** An assessment of the same child authorised in the 365 days up to D (list 4). */
const ASSESSED_IN_YEAR = `EXISTS (
  SELECT 1 FROM annex_assessments a
  WHERE a.snapshot_id = f.snapshot_id AND a.child_id = f.child_id
    AND a.authorised_date <= f.as_at AND f.as_at - a.authorised_date <= 365)`;

const LATEST_ASSESSMENT = `(SELECT max(a.authorised_date) FROM annex_assessments a
  WHERE a.snapshot_id = f.snapshot_id AND a.child_id = f.child_id AND a.authorised_date <= f.as_at) AS latest_assessment`;

export const CHILDREN_IN_CARE_RULES: RowRule[] = [
  countChildren('cla.open', { list: 8, rows: LOOKED_AFTER, show: ['cla_start', 'cla_ceased'] }),

  countRows('cla.started', { list: 8, rows: inP('cla_start'), show: ['cla_start'] }),

  countRows('cla.started_under5', {
    list: 8,
    rows: inP('cla_start'),
    exclude: [BLANK_DOB],
    where: 'age_at(dob, cla_start) < 5',
    show: ['cla_start', 'dob', 'age_at(dob, cla_start) AS age_at_start'],
  }),

  percentage('cla.three_plus_placements_pct', {
    list: 8, of: LOOKED_AFTER, meeting: 'placements_12m >= 3', show: ['cla_start', 'placements_12m'],
  }),

  percentage('cla.visit_within_6wk_pct', {
    list: 8,
    of: LOOKED_AFTER,
    meeting: 'last_sw_visit <= as_at AND as_at - last_sw_visit <= 42',
    show: ['cla_start', 'last_sw_visit', 'as_at - last_sw_visit AS days_since_visit'],
  }),

  // Out of timescale: no review yet and more than 20 working days in care, or D more than
  // 6 months after the latest review. In timescale: the rest.
  percentage('cla.review_in_timescale_pct', {
    list: 8,
    of: LOOKED_AFTER,
    meeting: `CASE WHEN latest_review IS NULL THEN wd(cla_start, as_at) <= 20
                   ELSE as_at <= add_months(latest_review, 6) END`,
    show: ['cla_start', 'latest_review'],
  }),

  percentage('cla.health_assessment_current_pct', {
    list: 8,
    of: `${LOOKED_AFTER} AND wd(cla_start, as_at) > 20`,
    exclude: [BLANK_DOB],
    meeting: `last_health_assessment <= as_at
              AND as_at - last_health_assessment <= CASE WHEN age_at(dob, as_at) < 5 THEN 183 ELSE 365 END`,
    show: ['cla_start', 'dob', 'age_at(dob, as_at) AS age', 'last_health_assessment'],
  }),

  percentage('cla.dental_check_current_pct', {
    list: 8,
    of: `${LOOKED_AFTER} AND cla_start <= as_at - 365`,
    meeting: 'last_dental_check <= as_at AND as_at - last_dental_check <= 365',
    show: ['cla_start', 'last_dental_check'],
  }),

  percentage('cla.permanence_plan_pct', {
    list: 8,
    of: `${LOOKED_AFTER} AND add_months(cla_start, 4) <= as_at`,
    meeting: notBlank('permanence_plan'),
    show: ['cla_start', 'permanence_plan'],
  }),

  percentage('cla.assessment_current_pct', {
    list: 8, of: LOOKED_AFTER, meeting: ASSESSED_IN_YEAR, show: ['cla_start', LATEST_ASSESSMENT],
  }),

  percentage('cla.missing_pct', {
    list: 8, of: LOOKED_AFTER, meeting: 'missing_12m >= 1', show: ['cla_start', 'missing_12m'],
  }),

  percentage('cla.return_interview_offered_pct', {
    list: 8,
    of: `${LOOKED_AFTER} AND missing_12m >= 1`,
    meeting: 'return_interview_offered',
    show: ['missing_12m', 'return_interview_offered'],
  }),

  percentage('cla.placed_out_of_area_pct', {
    list: 8, of: LOOKED_AFTER, meeting: "lower(placement_location) = 'out'", show: ['cla_start', 'placement_location'],
  }),
];
