// The Annex A lists the indicators read (Ofsted ILACS Annex A; docs/annex-a.md), with the table
// each is stored in and the Ofsted header of each column an indicator uses: warnings name columns
// the way the council's file does.

export type ListNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;

export interface AnnexList {
  number: ListNumber;
  name: string;
  table: string;
  /** annex_* column name → Ofsted header, for the columns indicators use. */
  headers: Record<string, string>;
}

const PERSON = { child_id: 'Child Unique ID', dob: 'Date of Birth' };
const ALLOCATION = { worker: 'Allocated Worker' };

export const LISTS: Record<Exclude<ListNumber, 11>, AnnexList> = {
  1: { number: 1, name: 'Contacts', table: 'annex_contacts', headers: { ...PERSON, contact_date: 'Date of Contact' } },
  2: { number: 2, name: 'Early help', table: 'annex_early_help', headers: { ...PERSON, eh_start: 'Assessment start date' } },
  3: {
    number: 3, name: 'Referrals', table: 'annex_referrals',
    headers: { ...PERSON, referral_date: 'Date of referral', nfa: 'Referral NFA?' },
  },
  4: {
    number: 4, name: 'Assessments', table: 'annex_assessments',
    headers: {
      ...PERSON, start_date: 'Continuous Assessment Start Date',
      child_seen: 'Child Seen During Continuous Assessment',
      authorised_date: 'Continuous Assessment Date of Authorisation',
      needs_support: "Was the child assessed as requiring LA children's social care support?",
    },
  },
  5: {
    number: 5, name: 'Section 47 enquiries and initial child protection conferences', table: 'annex_s47',
    headers: {
      ...PERSON, strategy_date: 'Strategy discussion initiating Section 47 Enquiry Start Date',
      icpc_date: 'Date of Initial Child Protection Conference',
      icpc_to_plan: 'Did the Initial Child Protection Conference Result in a Child Protection Plan',
    },
  },
  6: {
    number: 6, name: 'Children in need', table: 'annex_cin',
    headers: {
      ...PERSON, ...ALLOCATION, cin_start: 'CIN Start Date', last_seen: 'Date Child Was Last Seen',
      cin_closed: 'CIN Closure Date',
    },
  },
  7: {
    number: 7, name: 'Child protection', table: 'annex_cp',
    headers: {
      ...PERSON, ...ALLOCATION, plan_start: 'Child Protection Plan Start Date',
      last_visit: 'Date of the Last Statutory Visit', latest_review: 'Date of latest review conference',
      plan_end: 'Child Protection Plan End Date', previous_plans: 'Number of Previous Child Protection Plans',
    },
  },
  8: {
    number: 8, name: 'Children in care', table: 'annex_cla',
    headers: {
      ...PERSON, ...ALLOCATION, cla_start: 'Date Started to be Looked After',
      latest_review: 'Date of Latest Statutory Review', last_sw_visit: 'Date of Last Social Work Visit',
      permanence_plan: 'What is the permanence plan for this child?',
      last_health_assessment: 'Date of Last Health Assessment', last_dental_check: 'Date of Last Dental Check',
      placements_12m: 'Number of Placements in the Last 12 months', cla_ceased: 'Date Ceased to be Looked After',
      placement_location: 'Placement Location',
      missing_12m: "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
      return_interview_offered: 'Was the child offered a Return Interview after their last missing episode (Y/N)?',
    },
  },
  9: {
    number: 9, name: 'Care leavers', table: 'annex_care_leavers',
    headers: {
      ...PERSON, personal_adviser: 'Allocated Personal Advisor', pathway_review: 'Latest Pathway Plan Review Date',
      in_touch: 'LA in Touch', accommodation_suitable: 'Suitability of Accommodation', activity: 'Activity Status',
    },
  },
  10: {
    number: 10, name: 'Adoption', table: 'annex_adoption',
    headers: {
      ...PERSON, entered_care: 'Date the Child Entered Care', placement_order: 'Date of Placement Order',
      matched: 'Date of Matching Child and Prospective Adopters', placed: 'Date Placed for Adoption',
    },
  },
};

export function listOf(n: number): AnnexList {
  const list = LISTS[n as Exclude<ListNumber, 11>];
  if (!list) throw new RangeError(`No indicator reads list ${n}`);
  return list;
}

/** The Ofsted header of an annex_* column of a list (the column name itself if unknown). */
export function headerOf(list: number, column: string): string {
  return LISTS[list as Exclude<ListNumber, 11>]?.headers[column] ?? column;
}
