// Care leavers (list 9) and adoption (list 10).
import { BLANK_DOB, average, percentage, inP, notBlank, type RowRule } from './rule.ts';

const AGED_19_TO_21 = 'age_at(dob, as_at) BETWEEN 19 AND 21';

/** Activity codes meaning in education, employment or training (DfE SSDA903: F1-F5, P1-P5). */
const EET = "upper(activity) IN ('F1', 'F2', 'F3', 'F4', 'F5', 'P1', 'P2', 'P3', 'P4', 'P5')";

const aged19to21 = (id: string, meeting: string, column: string) => percentage(id, {
  list: 9, of: 'true', exclude: [BLANK_DOB], keep: AGED_19_TO_21, meeting,
  show: ['dob', 'age_at(dob, as_at) AS age', column],
});

export const CARE_LEAVER_RULES: RowRule[] = [
  aged19to21('care_leavers.in_touch_pct', "upper(in_touch) = 'YES'", 'in_touch'),
  aged19to21('care_leavers.suitable_accommodation_pct', "lower(accommodation_suitable) = 'suitable'", 'accommodation_suitable'),
  aged19to21('care_leavers.eet_pct', EET, 'activity'),

  percentage('care_leavers.pathway_plan_current_pct', {
    list: 9,
    of: 'true',
    meeting: 'pathway_review <= as_at AND as_at - pathway_review <= 183',
    show: ['pathway_review'],
  }),

  percentage('care_leavers.pa_allocated_pct', {
    list: 9, of: 'true', meeting: notBlank('personal_adviser'), show: ['personal_adviser'],
  }),
];

export const ADOPTION_RULES: RowRule[] = [
  average('adoption.days_care_to_placed_avg', {
    list: 10,
    of: inP('placed'),
    exclude: [{ when: 'placed < entered_care', column: 'placed', reason: 'Placed for adoption before entering care' }],
    mean: 'placed - entered_care',
    show: ['entered_care', 'placed', 'placed - entered_care AS days'],
  }),

  average('adoption.days_order_to_match_avg', {
    list: 10,
    of: `${inP('matched')} AND placement_order IS NOT NULL`,
    exclude: [{ when: 'matched < placement_order', column: 'matched', reason: 'Matched before the placement order' }],
    mean: 'matched - placement_order',
    show: ['placement_order', 'matched', 'matched - placement_order AS days'],
  }),
];
