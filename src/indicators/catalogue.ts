// The indicator catalogue: every performance indicator Uplift computes from Annex A, as data. The
// exact definitions are the contract in docs/indicators.md; the SQL that computes each one is in
// ./sql, keyed by the same id. Order here is the order of the dashboard and of the JSON output.
import type { ListNumber } from './lists.ts';

export type JourneyStage =
  | 'front_door' | 'assessment' | 'section_47' | 'child_in_need' | 'child_protection'
  | 'children_in_care' | 'care_leavers' | 'adoption' | 'workforce';

export const JOURNEY_STAGES: Record<JourneyStage, string> = {
  front_door: 'Front door and early help',
  assessment: 'Assessment',
  section_47: 'Section 47 enquiries and child protection conferences',
  child_in_need: 'Children in need',
  child_protection: 'Child protection',
  children_in_care: 'Children in care',
  care_leavers: 'Care leavers',
  adoption: 'Permanence and adoption',
  workforce: 'Workforce',
};

/** up: higher is better; down: lower is better; context: neither, read with other figures. */
export type Polarity = 'up' | 'down' | 'context';
/** count and rate: value only; pct: value, numerator, denominator; avg: value and denominator (n). */
export type IndicatorKind = 'count' | 'rate' | 'pct' | 'avg';

export interface IndicatorParameter {
  name: 'cin_visit_wd' | 'cp_visit_wd';
  default: number;
  description: string;
}

export interface Indicator {
  id: string;
  title: string;
  stage: JourneyStage;
  polarity: Polarity;
  kind: IndicatorKind;
  /** The definition in plain words, for the people who read the figure. */
  definition: string;
  parameters: IndicatorParameter[];
  /** The lists it needs, each with the columns it reads (annex_* names). */
  needs: Partial<Record<ListNumber, string[]>>;
  /** Rates per 10,000 children need the council's population aged 0-17. */
  needsPopulation?: boolean;
}

export const PARAMETERS: Record<IndicatorParameter['name'], IndicatorParameter> = {
  cin_visit_wd: {
    name: 'cin_visit_wd', default: 20,
    description: 'How many working days may pass since a child in need was last seen (local standard).',
  },
  cp_visit_wd: {
    name: 'cp_visit_wd', default: 10,
    description: 'How many working days may pass since the last statutory visit to a child on a plan (local standard).',
  },
};

const P = 'the reporting period';
const OPEN_CIN = ['cin_start', 'cin_closed'];
const OPEN_CP = ['plan_start', 'plan_end'];
const OPEN_CLA = ['cla_start', 'cla_ceased'];

export const CATALOGUE: readonly Indicator[] = [
  // Front door and early help
  {
    id: 'contacts.count', title: 'Contacts', stage: 'front_door', polarity: 'context', kind: 'count',
    definition: `Contacts received in ${P} (rows of list 1 dated in the period).`,
    parameters: [], needs: { 1: ['contact_date'] },
  },
  {
    id: 'contacts.rate_per_10k', title: 'Contacts per 10,000 children', stage: 'front_door', polarity: 'context', kind: 'rate',
    definition: `Contacts in ${P} for every 10,000 children aged 0-17 living in the council's area.`,
    parameters: [], needs: { 1: ['contact_date'] }, needsPopulation: true,
  },
  {
    id: 'early_help.assessments_started', title: 'Early help assessments started', stage: 'front_door', polarity: 'context', kind: 'count',
    definition: `Early help assessments started in ${P}.`,
    parameters: [], needs: { 2: ['eh_start'] },
  },
  {
    id: 'referrals.count', title: 'Referrals', stage: 'front_door', polarity: 'context', kind: 'count',
    definition: `Referrals to children's social care in ${P}.`,
    parameters: [], needs: { 3: ['referral_date'] },
  },
  {
    id: 'referrals.rereferral_pct', title: 'Re-referrals within 12 months', stage: 'front_door', polarity: 'down', kind: 'pct',
    definition: `Of the referrals in ${P}, the share where the same child had another referral in the 365 days before it. ` +
      'If the extract does not reach back a year before the period, the figure may be too low and says so.',
    parameters: [], needs: { 3: ['child_id', 'referral_date'] },
  },
  {
    id: 'referrals.nfa_pct', title: 'Referrals with no further action', stage: 'front_door', polarity: 'context', kind: 'pct',
    definition: `Of the referrals in ${P}, the share marked "no further action".`,
    parameters: [], needs: { 3: ['referral_date', 'nfa'] },
  },
  // Assessment
  {
    id: 'assessments.completed', title: 'Assessments completed', stage: 'assessment', polarity: 'context', kind: 'count',
    definition: `Assessments authorised in ${P}.`,
    parameters: [], needs: { 4: ['authorised_date'] },
  },
  {
    id: 'assessments.within_45wd_pct', title: 'Assessments completed within 45 working days', stage: 'assessment', polarity: 'up', kind: 'pct',
    definition: `Of the assessments authorised in ${P}, the share authorised within 45 working days of starting. ` +
      'An assessment recorded as authorised before it started is left out, with a warning.',
    parameters: [], needs: { 4: ['start_date', 'authorised_date'] },
  },
  {
    id: 'assessments.child_seen_pct', title: 'Children seen during their assessment', stage: 'assessment', polarity: 'up', kind: 'pct',
    definition: `Of the assessments authorised in ${P}, the share where the child was seen.`,
    parameters: [], needs: { 4: ['authorised_date', 'child_seen'] },
  },
  {
    id: 'assessments.no_further_action_pct', title: 'Assessments finding no need for support', stage: 'assessment', polarity: 'context', kind: 'pct',
    definition: `Of the assessments authorised in ${P}, the share that found the child did not need children's social care support.`,
    parameters: [], needs: { 4: ['authorised_date', 'needs_support'] },
  },
  {
    id: 'assessments.open_over_45wd', title: 'Assessments open longer than 45 working days', stage: 'assessment', polarity: 'down', kind: 'count',
    definition: 'Assessments not yet authorised at the extract date that started more than 45 working days before it.',
    parameters: [], needs: { 4: ['start_date', 'authorised_date'] },
  },
  // Section 47 and initial child protection conferences
  {
    id: 's47.count', title: 'Section 47 enquiries', stage: 'section_47', polarity: 'context', kind: 'count',
    definition: `Section 47 enquiries whose strategy discussion was in ${P}.`,
    parameters: [], needs: { 5: ['strategy_date'] },
  },
  {
    id: 'icpc.within_15wd_pct', title: 'Initial conferences within 15 working days', stage: 'section_47', polarity: 'up', kind: 'pct',
    definition: `Of the initial child protection conferences held in ${P}, the share held within 15 working days of the strategy discussion. ` +
      'A conference recorded as held before its strategy discussion is left out, with a warning.',
    parameters: [], needs: { 5: ['strategy_date', 'icpc_date'] },
  },
  {
    id: 'icpc.to_plan_pct', title: 'Initial conferences leading to a plan', stage: 'section_47', polarity: 'context', kind: 'pct',
    definition: `Of the initial child protection conferences held in ${P}, the share that led to a child protection plan.`,
    parameters: [], needs: { 5: ['icpc_date', 'icpc_to_plan'] },
  },
  // Children in need
  {
    id: 'cin.open', title: 'Children in need', stage: 'child_in_need', polarity: 'context', kind: 'count',
    definition: 'Children with a child in need episode open at the extract date.',
    parameters: [], needs: { 6: ['child_id', ...OPEN_CIN] },
  },
  {
    id: 'cin.seen_within_20wd_pct', title: 'Children in need seen recently', stage: 'child_in_need', polarity: 'up', kind: 'pct',
    definition: 'Of the child in need episodes open at the extract date, the share where the child was last seen no more than 20 working days before it (a local standard can change the 20).',
    parameters: [PARAMETERS.cin_visit_wd], needs: { 6: [...OPEN_CIN, 'last_seen'] },
  },
  // Child protection
  {
    id: 'cp.open', title: 'Children on a child protection plan', stage: 'child_protection', polarity: 'context', kind: 'count',
    definition: 'Children with a child protection plan open at the extract date.',
    parameters: [], needs: { 7: ['child_id', ...OPEN_CP] },
  },
  {
    id: 'cp.rate_per_10k', title: 'Children on a plan per 10,000 children', stage: 'child_protection', polarity: 'context', kind: 'rate',
    definition: "Children on a child protection plan at the extract date for every 10,000 children aged 0-17 living in the council's area.",
    parameters: [], needs: { 7: ['child_id', ...OPEN_CP] }, needsPopulation: true,
  },
  {
    id: 'cp.started', title: 'Child protection plans started', stage: 'child_protection', polarity: 'context', kind: 'count',
    definition: `Child protection plans that started in ${P}.`,
    parameters: [], needs: { 7: ['plan_start'] },
  },
  {
    id: 'cp.repeat_plan_pct', title: 'Plans that are repeat plans', stage: 'child_protection', polarity: 'down', kind: 'pct',
    definition: `Of the plans that started in ${P}, the share for a child who had been on a plan before.`,
    parameters: [], needs: { 7: ['plan_start', 'previous_plans'] },
  },
  {
    id: 'cp.ended_2yrs_plus_pct', title: 'Plans ended after two years or more', stage: 'child_protection', polarity: 'down', kind: 'pct',
    definition: `Of the plans that ended in ${P}, the share that had lasted two years or more. ` +
      'A plan recorded as ending before it started is left out, with a warning.',
    parameters: [], needs: { 7: ['plan_start', 'plan_end'] },
  },
  {
    id: 'cp.visit_within_10wd_pct', title: 'Children on a plan visited recently', stage: 'child_protection', polarity: 'up', kind: 'pct',
    definition: 'Of the plans open at the extract date, the share where the last statutory visit was no more than 10 working days before it (a local standard can change the 10).',
    parameters: [PARAMETERS.cp_visit_wd], needs: { 7: [...OPEN_CP, 'last_visit'] },
  },
  {
    id: 'cp.review_in_timescale_pct', title: 'Plans reviewed in timescale', stage: 'child_protection', polarity: 'up', kind: 'pct',
    definition: 'Of the plans open at the extract date, the share whose review is not overdue: the first review within 3 months of the plan starting, then every 6 months.',
    parameters: [], needs: { 7: [...OPEN_CP, 'latest_review'] },
  },
  // Children in care
  {
    id: 'cla.open', title: 'Children in care', stage: 'children_in_care', polarity: 'context', kind: 'count',
    definition: 'Children looked after at the extract date.',
    parameters: [], needs: { 8: ['child_id', ...OPEN_CLA] },
  },
  {
    id: 'cla.rate_per_10k', title: 'Children in care per 10,000 children', stage: 'children_in_care', polarity: 'context', kind: 'rate',
    definition: "Children looked after at the extract date for every 10,000 children aged 0-17 living in the council's area.",
    parameters: [], needs: { 8: ['child_id', ...OPEN_CLA] }, needsPopulation: true,
  },
  {
    id: 'cla.started', title: 'Children starting to be looked after', stage: 'children_in_care', polarity: 'context', kind: 'count',
    definition: `Periods of care that started in ${P}.`,
    parameters: [], needs: { 8: ['cla_start'] },
  },
  {
    id: 'cla.started_under5', title: 'Children under 5 starting to be looked after', stage: 'children_in_care', polarity: 'context', kind: 'count',
    definition: `Periods of care that started in ${P} for a child under 5 on the day care started. Rows without a date of birth are left out, with a warning.`,
    parameters: [], needs: { 8: ['cla_start', 'dob'] },
  },
  {
    id: 'cla.three_plus_placements_pct', title: 'Children in care with 3 or more placements in a year', stage: 'children_in_care', polarity: 'down', kind: 'pct',
    definition: 'Of the children looked after at the extract date, the share with three or more placements in the last 12 months.',
    parameters: [], needs: { 8: [...OPEN_CLA, 'placements_12m'] },
  },
  {
    id: 'cla.visit_within_6wk_pct', title: 'Children in care visited in the last 6 weeks', stage: 'children_in_care', polarity: 'up', kind: 'pct',
    definition: 'Of the children looked after at the extract date, the share whose last social work visit was no more than 42 days before it.',
    parameters: [], needs: { 8: [...OPEN_CLA, 'last_sw_visit'] },
  },
  {
    id: 'cla.review_in_timescale_pct', title: 'Children in care reviewed in timescale', stage: 'children_in_care', polarity: 'up', kind: 'pct',
    definition: 'Of the children looked after at the extract date, the share whose review is not overdue: the first within 20 working days of coming into care, then every 6 months.',
    parameters: [], needs: { 8: [...OPEN_CLA, 'latest_review'] },
  },
  {
    id: 'cla.health_assessment_current_pct', title: 'Children in care with a current health assessment', stage: 'children_in_care', polarity: 'up', kind: 'pct',
    definition: 'Of the children looked after at the extract date for more than 20 working days, the share whose last health assessment was within the last 183 days (under 5) or 365 days (5 and over). Rows without a date of birth are left out, with a warning.',
    parameters: [], needs: { 8: [...OPEN_CLA, 'last_health_assessment', 'dob'] },
  },
  {
    id: 'cla.dental_check_current_pct', title: 'Children in care with a dental check in the last year', stage: 'children_in_care', polarity: 'up', kind: 'pct',
    definition: 'Of the children looked after at the extract date for at least a year, the share whose last dental check was within the last 365 days.',
    parameters: [], needs: { 8: [...OPEN_CLA, 'last_dental_check'] },
  },
  {
    id: 'cla.permanence_plan_pct', title: 'Children in care with a permanence plan', stage: 'children_in_care', polarity: 'up', kind: 'pct',
    definition: 'Of the children looked after at the extract date for at least 4 months (past their second review), the share with a permanence plan recorded.',
    parameters: [], needs: { 8: [...OPEN_CLA, 'permanence_plan'] },
  },
  {
    id: 'cla.assessment_current_pct', title: 'Children in care assessed in the last year', stage: 'children_in_care', polarity: 'up', kind: 'pct',
    definition: 'Of the children looked after at the extract date, the share with an assessment authorised in the last 365 days (from list 4).',
    parameters: [], needs: { 8: ['child_id', ...OPEN_CLA], 4: ['child_id', 'authorised_date'] },
  },
  {
    id: 'cla.missing_pct', title: 'Children in care who went missing', stage: 'children_in_care', polarity: 'down', kind: 'pct',
    definition: 'Of the children looked after at the extract date, the share who went missing from their placement at least once in the last 12 months.',
    parameters: [], needs: { 8: [...OPEN_CLA, 'missing_12m'] },
  },
  {
    id: 'cla.return_interview_offered_pct', title: 'Return interviews offered after going missing', stage: 'children_in_care', polarity: 'up', kind: 'pct',
    definition: 'Of the children looked after at the extract date who went missing in the last 12 months, the share offered a return interview after their last missing episode.',
    parameters: [], needs: { 8: [...OPEN_CLA, 'missing_12m', 'return_interview_offered'] },
  },
  {
    id: 'cla.placed_out_of_area_pct', title: "Children in care placed outside the council's area", stage: 'children_in_care', polarity: 'down', kind: 'pct',
    definition: "Of the children looked after at the extract date, the share placed outside the council's area.",
    parameters: [], needs: { 8: [...OPEN_CLA, 'placement_location'] },
  },
  // Care leavers
  {
    id: 'care_leavers.in_touch_pct', title: 'Care leavers aged 19-21 in touch', stage: 'care_leavers', polarity: 'up', kind: 'pct',
    definition: 'Of the care leavers aged 19, 20 or 21 at the extract date, the share the council is in touch with. Rows without a date of birth are left out, with a warning.',
    parameters: [], needs: { 9: ['dob', 'in_touch'] },
  },
  {
    id: 'care_leavers.suitable_accommodation_pct', title: 'Care leavers aged 19-21 in suitable accommodation', stage: 'care_leavers', polarity: 'up', kind: 'pct',
    definition: 'Of the care leavers aged 19, 20 or 21 at the extract date, the share whose accommodation is suitable. Rows without a date of birth are left out, with a warning.',
    parameters: [], needs: { 9: ['dob', 'accommodation_suitable'] },
  },
  {
    id: 'care_leavers.eet_pct', title: 'Care leavers aged 19-21 in education, employment or training', stage: 'care_leavers', polarity: 'up', kind: 'pct',
    definition: 'Of the care leavers aged 19, 20 or 21 at the extract date, the share in education, employment or training (activity codes F1-F5 and P1-P5). Rows without a date of birth are left out, with a warning.',
    parameters: [], needs: { 9: ['dob', 'activity'] },
  },
  {
    id: 'care_leavers.pathway_plan_current_pct', title: 'Care leavers with a current pathway plan', stage: 'care_leavers', polarity: 'up', kind: 'pct',
    definition: 'Of all care leavers, the share whose pathway plan was reviewed in the 183 days up to the extract date.',
    parameters: [], needs: { 9: ['pathway_review'] },
  },
  {
    id: 'care_leavers.pa_allocated_pct', title: 'Care leavers with a personal adviser', stage: 'care_leavers', polarity: 'up', kind: 'pct',
    definition: 'Of all care leavers, the share with a personal adviser allocated.',
    parameters: [], needs: { 9: ['personal_adviser'] },
  },
  // Adoption
  {
    id: 'adoption.days_care_to_placed_avg', title: 'Days from entering care to placement for adoption', stage: 'adoption', polarity: 'down', kind: 'avg',
    definition: `For children placed for adoption in ${P}, the average number of days from entering care to being placed. ` +
      'A row with the placement dated before entering care is left out, with a warning.',
    parameters: [], needs: { 10: ['entered_care', 'placed'] },
  },
  {
    id: 'adoption.days_order_to_match_avg', title: 'Days from placement order to match', stage: 'adoption', polarity: 'down', kind: 'avg',
    definition: `For children matched with adopters in ${P} who have a placement order, the average number of days from the order to the match. ` +
      'A row with the match dated before the order is left out, with a warning.',
    parameters: [], needs: { 10: ['placement_order', 'matched'] },
  },
  // Caseloads
  {
    id: 'workforce.caseload_avg', title: 'Average caseload', stage: 'workforce', polarity: 'down', kind: 'avg',
    definition: 'For each worker allocated to an open child in need, child protection or children in care case at the extract date, the number of different children allocated to them; the average over those workers.',
    parameters: [], needs: { 6: [...OPEN_CIN, 'child_id', 'worker'], 7: [...OPEN_CP, 'child_id', 'worker'], 8: [...OPEN_CLA, 'child_id', 'worker'] },
  },
  {
    id: 'workforce.unallocated_children', title: 'Children without an allocated worker', stage: 'workforce', polarity: 'down', kind: 'count',
    definition: 'Children with an open child in need, child protection or children in care case at the extract date where none of their open cases names a worker.',
    parameters: [], needs: { 6: [...OPEN_CIN, 'child_id', 'worker'], 7: [...OPEN_CP, 'child_id', 'worker'], 8: [...OPEN_CLA, 'child_id', 'worker'] },
  },
];

export const INDICATOR_IDS: readonly string[] = CATALOGUE.map((i) => i.id);

export function indicatorById(id: string): Indicator | undefined {
  return CATALOGUE.find((i) => i.id === id);
}
