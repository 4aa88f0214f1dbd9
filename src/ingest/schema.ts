// Annex A lists 1-11: each column's Ofsted header, the synonyms accepted for it, the database
// column it is stored in (src/db/migrations/002_annex_a.sql), how its value is read, and whether it
// is required. Source: annex-a-input.md (Ofsted ILACS Annex A; required columns are bold there, and
// Child Unique ID is required on lists 1-10).
import * as codes from './codes.ts';
import type { CodeList } from './codes.ts';

/**
 * How a column's value is read:
 * - id: an identifier, trimmed (non-breaking spaces too); 12345 = "12345".
 * - name: a worker's name, trimmed.
 * - text: free text, kept exactly as written.
 * - option: Ofsted option text, kept without its "a) " prefix.
 * - date, count (whole number >= 0), age (completed years), postcode (text; a warning when it is
 *   not a UK postcode), code (a code list, see codes.ts).
 */
export type Kind = 'id' | 'name' | 'text' | 'option' | 'date' | 'count' | 'age' | 'postcode' | 'code';

/** The database type each kind is stored as. Codes are text, except Yes/No which is boolean. */
export type SqlType = 'text' | 'date' | 'integer' | 'boolean';

export interface ColumnDef {
  /** Database column. */
  readonly key: string;
  /** The Ofsted header. */
  readonly header: string;
  readonly synonyms: readonly string[];
  readonly kind: Kind;
  readonly codes?: CodeList;
  readonly required: boolean;
  readonly sqlType: SqlType;
}

export interface ListDef {
  readonly list: number;
  readonly title: string;
  readonly table: string;
  readonly columns: readonly ColumnDef[];
}

interface ColumnSpec {
  key: string;
  header: string;
  kind: Kind;
  synonyms?: string[];
  codes?: CodeList;
  required?: boolean;
}

function column(c: ColumnSpec): ColumnDef {
  const sqlType: SqlType = c.kind === 'date' ? 'date' : c.kind === 'count' || c.kind === 'age' ? 'integer'
    : c.codes === codes.yesNo ? 'boolean' : 'text';
  return { key: c.key, header: c.header, synonyms: c.synonyms ?? [], kind: c.kind, codes: c.codes,
    required: c.required ?? false, sqlType };
}

const date = (key: string, header: string, synonyms: string[] = [], required = false): ColumnSpec =>
  ({ key, header, kind: 'date', synonyms, required });
const count = (key: string, header: string, synonyms: string[] = []): ColumnSpec =>
  ({ key, header, kind: 'count', synonyms });
const coded = (key: string, header: string, list: CodeList, synonyms: string[] = []): ColumnSpec =>
  ({ key, header, kind: 'code', codes: list, synonyms });
const yesNo = (key: string, header: string, synonyms: string[] = []): ColumnSpec =>
  coded(key, header, codes.yesNo, synonyms);
const text = (key: string, header: string, synonyms: string[] = []): ColumnSpec =>
  ({ key, header, kind: 'text', synonyms });
const option = (key: string, header: string, synonyms: string[] = []): ColumnSpec =>
  ({ key, header, kind: 'option', synonyms });

const childId: ColumnSpec = {
  key: 'child_id', header: 'Child Unique ID', kind: 'id', required: true,
  synonyms: ['Child ID', 'ID', 'Child Unique Identifier', 'Unique Child ID', 'Child Identifier'],
};
const genderCol = coded('gender', 'Gender', codes.gender, ['Sex', 'Gender / Sex']);
const ethnicityCol = coded('ethnicity', 'Ethnicity', codes.ethnicity, ['Ethnic Group', 'Ethnic Origin', 'Ethnicity Code']);
const disabilityCol = coded('disability', 'Does the Child have a Disability', codes.disability,
  ['Disability', 'Disabled', 'Child has a Disability']);

/** Lists 1-3: the person block without disability. */
const person: ColumnSpec[] = [
  childId, genderCol, ethnicityCol,
  date('dob', 'Date of Birth', ['DOB', 'Birth Date']),
  { key: 'age_years', header: 'Age of Child (Years)', kind: 'age',
    synonyms: ['Age', 'Age of Child', 'Age (Years)', 'Age in Years', 'Age of Child in Years'] },
];
/** Lists 4-10 also ask "Does the Child have a Disability". */
const personWithDisability: ColumnSpec[] = [...person, disabilityCol];

const team = text('team', 'Allocated Team', ['Team']);
const worker: ColumnSpec = { key: 'worker', header: 'Allocated Worker', kind: 'name',
  synonyms: ['Allocated Social Worker', 'Social Worker', 'Worker', 'Allocated Worker Name'] };

function list(n: number, title: string, table: string, specs: ColumnSpec[]): ListDef {
  return { list: n, title, table, columns: specs.map(column) };
}

export const LISTS: readonly ListDef[] = [
  list(1, 'Contacts', 'annex_contacts', [
    ...person,
    date('contact_date', 'Date of Contact', ['Contact Date'], true),
    coded('contact_source', 'Contact Source', codes.referralSource, ['Source of Contact']),
  ]),
  list(2, 'Early help', 'annex_early_help', [
    ...person,
    date('eh_start', 'Assessment start date', ['Early Help Assessment Start Date', 'Date of Early Help Assessment'], true),
    date('eh_completed', 'Assessment completion date', ['Early Help Assessment Completion Date', 'Assessment Completed Date']),
    text('eh_organisation', 'Organisation completing assessment', ['Organisation Completing Early Help Assessment', 'Organisation']),
  ]),
  list(3, 'Referrals', 'annex_referrals', [
    ...person,
    date('referral_date', 'Date of referral', ['Referral Date'], true),
    coded('referral_source', 'Referral Source', codes.referralSource, ['Source of Referral']),
    yesNo('nfa', 'Referral NFA?', ['Referral No Further Action', 'NFA']),
    count('referrals_12m', 'Number of Referrals in Last 12 Months', ['Referrals in Last 12 Months']),
    team, worker,
  ]),
  list(4, 'Assessments', 'annex_assessments', [
    ...personWithDisability,
    date('start_date', 'Continuous Assessment Start Date', ['Assessment Start Date'], true),
    yesNo('child_seen', 'Child Seen During Continuous Assessment', ['Child Seen During Assessment', 'Child Seen']),
    date('authorised_date', 'Continuous Assessment Date of Authorisation',
      ['Assessment Date of Authorisation', 'Date of Authorisation', 'Assessment Authorisation Date', 'Assessment Completion Date']),
    yesNo('needs_support', "Was the child assessed as requiring LA children's social care support?",
      ["Assessed as requiring LA children's social care support", "Child assessed as requiring LA children's social care support"]),
    team, worker,
  ]),
  list(5, 'Section 47 enquiries and ICPCs', 'annex_s47', [
    ...personWithDisability,
    date('strategy_date', 'Strategy discussion initiating Section 47 Enquiry Start Date',
      ['Section 47 Enquiry Start Date', 'Strategy Discussion Date', 'S47 Start Date', 'Date of Strategy Discussion'], true),
    yesNo('icpc_unnecessary', 'Was an Initial Child Protection Conference deemed unnecessary?', ['ICPC deemed unnecessary']),
    date('icpc_date', 'Date of Initial Child Protection Conference', ['ICPC Date', 'Date of ICPC']),
    yesNo('icpc_to_plan', 'Did the Initial Child Protection Conference Result in a Child Protection Plan',
      ['ICPC Resulted in a Child Protection Plan', 'Did the ICPC Result in a Child Protection Plan']),
    count('s47_12m', 'Number of Section 47 Enquiries in the last 12 months', ['Section 47 Enquiries in the last 12 months']),
    count('icpcs_12m', 'Number of ICPCs in the last 12 months', ['ICPCs in the last 12 months']),
    team, worker,
  ]),
  list(6, 'Children in need', 'annex_cin', [
    ...personWithDisability,
    date('cin_start', 'CIN Start Date', ['Child in Need Start Date'], true),
    coded('primary_need', 'Primary Need Code', codes.primaryNeed, ['Primary Need']),
    date('last_seen', 'Date Child Was Last Seen', ['Date Last Seen']),
    date('cin_closed', 'CIN Closure Date', ['Child in Need Closure Date']),
    coded('closure_reason', 'Reason for Closure', codes.closureReason, ['Closure Reason', 'CIN Closure Reason']),
    option('case_status', 'Case Status'),
    team, worker,
  ]),
  list(7, 'Child protection', 'annex_cp', [
    ...personWithDisability,
    date('plan_start', 'Child Protection Plan Start Date', ['CP Plan Start Date'], true),
    coded('initial_category', 'Initial Category of Abuse', codes.abuseCategory),
    coded('latest_category', 'Latest Category of Abuse', codes.abuseCategory),
    date('last_visit', 'Date of the Last Statutory Visit', ['Date of Last Statutory Visit']),
    yesNo('seen_alone', 'Was the Child Seen Alone?', ['Child Seen Alone']),
    date('latest_review', 'Date of latest review conference', ['Date of Latest Review Conference', 'Latest Review Conference Date']),
    date('plan_end', 'Child Protection Plan End Date', ['CP Plan End Date']),
    yesNo('epo_6m', 'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)'),
    count('previous_plans', 'Number of Previous Child Protection Plans', ['Previous Child Protection Plans']),
    team, worker,
  ]),
  list(8, 'Children in care', 'annex_cla', [
    ...personWithDisability,
    yesNo('uasc_12m', 'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)', ['UASC']),
    date('cla_start', 'Date Started to be Looked After', ['Date Started to be Looked After (CLA Start Date)', 'CLA Start Date'], true),
    coded('category_of_need', "Child's Category of Need", codes.categoryOfNeed, ['Category of Need', 'CIN Code']),
    yesNo('second_period_12m', 'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)'),
    date('legal_status_start', 'Start date of current legal status', ['Legal Status Start Date']),
    coded('legal_status', "Child's Legal Status", codes.legalStatus, ['Legal Status']),
    date('latest_review', 'Date of Latest Statutory Review', ['Latest Statutory Review Date']),
    date('last_sw_visit', 'Date of Last Social Work Visit', ['Last Social Work Visit Date']),
    option('permanence_plan', 'What is the permanence plan for this child?', ['Permanence Plan']),
    date('last_iro_contact', 'Date of Last IRO Visit / Contact to the Child', ['Date of Last IRO Visit', 'Date of Last IRO Contact']),
    date('last_health_assessment', 'Date of Last Health Assessment', ['Last Health Assessment Date']),
    date('last_dental_check', 'Date of Last Dental Check', ['Last Dental Check Date']),
    count('placements_12m', 'Number of Placements in the Last 12 months', ['Placements in the Last 12 months']),
    date('cla_ceased', 'Date Ceased to be Looked After', ['CLA End Date', 'Date Ceased']),
    coded('reason_ceased', 'Reason Ceased to be Looked After', codes.reasonCeased, ['Reason Ceased']),
    date('placement_start', 'Start Date of Most Recent Placement', ['Placement Start Date']),
    coded('placement_type', 'Placement Type', codes.placementType),
    coded('placement_provider', 'Placement Provider', codes.placementProvider),
    { key: 'placement_postcode', header: 'Placement postcode', kind: 'postcode', synonyms: ['Placement Post Code'] },
    { key: 'placement_urn', header: 'URN of Placement', kind: 'id', synonyms: ['Placement URN'] },
    coded('placement_location', 'Placement Location', codes.placementLocation, ['Placement Location (In/Out)']),
    text('placement_la', 'LA of Placement', ['Placement LA']),
    count('missing_12m', "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
      ['Missing Episodes in the last 12 months']),
    count('absent_12m', "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
      ['Absent Episodes in the last 12 months']),
    yesNo('return_interview_offered', 'Was the child offered a Return Interview after their last missing episode (Y/N)?',
      ['Return Interview Offered']),
    yesNo('return_interview_accepted', 'Did the child accept a Return Interview after their last missing episode (Y/N)?',
      ['Return Interview Accepted']),
    team, worker,
  ]),
  list(9, 'Care leavers', 'annex_care_leavers', [
    ...personWithDisability,
    yesNo('uasc', 'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)', ['UASC']),
    team, worker,
    { key: 'personal_adviser', header: 'Allocated Personal Advisor', kind: 'name',
      synonyms: ['Allocated Personal Adviser', 'Personal Advisor', 'Personal Adviser'] },
    option('eligibility', 'Eligibility Category', ['Eligibility']),
    date('pathway_review', 'Latest Pathway Plan Review Date', ['Pathway Plan Review Date']),
    coded('in_touch', 'LA in Touch', codes.inTouch, ['In Touch']),
    date('latest_contact', 'Latest Date of Contact', ['Date of Latest Contact']),
    coded('accommodation', 'Type of Accommodation', codes.accommodation, ['Accommodation Type', 'Accommodation']),
    coded('accommodation_suitable', 'Suitability of Accommodation', codes.accommodationSuitable,
      ['Accommodation Suitability', 'Suitable Accommodation']),
    coded('activity', 'Activity Status', codes.activity, ['Activity', 'Main Activity']),
  ]),
  list(10, 'Adoption', 'annex_adoption', [
    ...personWithDisability,
    { key: 'family_id', header: 'Family identifier', kind: 'id', synonyms: ['Family ID'] },
    date('entered_care', 'Date the Child Entered Care', ['Date Entered Care'], true),
    date('adm_decision', 'Date of Decision that Child Should be Placed for Adoption', ['Date of ADM Decision']),
    date('placement_order', 'Date of Placement Order', ['Placement Order Date']),
    date('matched', 'Date of Matching Child and Prospective Adopters', ['Date of Matching']),
    date('placed', 'Date Placed for Adoption', ['Date Placed']),
    date('adoption_order', 'Date of Adoption Order', ['Adoption Order Date']),
    date('no_longer_decision', 'Date of Decision that Child Should No Longer be Placed for Adoption'),
    coded('no_longer_reason', 'Reason Why Child No Longer Placed for Adoption', codes.noLongerPlacedReason),
    date('ffa_placed', 'Date the child was placed for fostering in FFA or concurrent planning placement',
      ['Date Placed in FFA or Concurrent Planning Placement']),
  ]),
  list(11, 'Adopters', 'annex_adopters', [
    { key: 'adopter_id', header: 'Individual adopter identifier', kind: 'id', required: true,
      synonyms: ['Adopter ID', 'Adopter identifier', 'Individual adopter ID'] },
    { key: 'family_id', header: 'Family identifier', kind: 'id', synonyms: ['Family ID'] },
    genderCol, ethnicityCol,
    coded('disability', 'Disability', codes.disability, ['Does the adopter have a Disability']),
    yesNo('fostering_for_adoption', 'Is the (prospective) adopter fostering for adoption?', ['Fostering for Adoption']),
    date('enquiry', 'Date enquiry received'),
    date('stage1_start', 'Date Stage 1 started'),
    date('stage1_end', 'Date Stage 1 ended'),
    date('stage2_start', 'Date Stage 2 started'),
    date('stage2_end', 'Date Stage 2 ended'),
    date('application_submitted', 'Date application submitted'),
    date('application_approved', 'Date application approved'),
    date('matched', 'Date adopter matched with child(ren)'),
    date('placed', 'Date child/children placed with adopter(s)'),
    count('children_placed', 'No. of children placed', ['Number of children placed']),
    date('adoption_order', 'Date of Adoption Order'),
    date('left_process', 'Date of leaving adoption process'),
    option('left_reason', 'Reason for leaving adoption process'),
  ]),
];

export function listDef(n: number): ListDef | undefined {
  return LISTS.find((l) => l.list === n);
}

/** A sheet or file belongs to list N when its name matches this (annex-a-input.md). */
export const LIST_NAME = /^list[\s_-]*(\d+)(?!\d)/i;

export function listOfName(name: string): number | null {
  const m = LIST_NAME.exec(name.trim());
  return m ? Number(m[1]) : null;
}
