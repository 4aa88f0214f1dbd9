// The exact Ofsted Annex A column headers, list by list (annex-a-input.md, "Headers"), and the
// file names the generator writes. The importer matches headers loosely; the generator writes them
// exactly as Ofsted prints them.

export type ListNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;

const PERSON = ['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)'];
const PERSON_WITH_DISABILITY = [...PERSON, 'Does the Child have a Disability'];

export interface ListDefinition {
  list: ListNumber;
  title: string;
  headers: readonly string[];
}

const define = (list: ListNumber, title: string, person: string[], columns: string[]): ListDefinition => ({
  list,
  title,
  headers: Object.freeze([...person, ...columns]),
});

export const LISTS: readonly ListDefinition[] = [
  define(1, 'Contacts', PERSON, ['Date of Contact', 'Contact Source']),
  define(2, 'Early help', PERSON, [
    'Assessment start date', 'Assessment completion date', 'Organisation completing assessment',
  ]),
  define(3, 'Referrals', PERSON, [
    'Date of referral', 'Referral Source', 'Referral NFA?', 'Number of Referrals in Last 12 Months',
    'Allocated Team', 'Allocated Worker',
  ]),
  define(4, 'Assessments', PERSON_WITH_DISABILITY, [
    'Continuous Assessment Start Date', 'Child Seen During Continuous Assessment',
    'Continuous Assessment Date of Authorisation',
    "Was the child assessed as requiring LA children's social care support?", 'Allocated Team', 'Allocated Worker',
  ]),
  define(5, 'Section 47 enquiries and ICPCs', PERSON_WITH_DISABILITY, [
    'Strategy discussion initiating Section 47 Enquiry Start Date',
    'Was an Initial Child Protection Conference deemed unnecessary?',
    'Date of Initial Child Protection Conference',
    'Did the Initial Child Protection Conference Result in a Child Protection Plan',
    'Number of Section 47 Enquiries in the last 12 months', 'Number of ICPCs in the last 12 months',
    'Allocated Team', 'Allocated Worker',
  ]),
  define(6, 'Children in need', PERSON_WITH_DISABILITY, [
    'CIN Start Date', 'Primary Need Code', 'Date Child Was Last Seen', 'CIN Closure Date', 'Reason for Closure',
    'Case Status', 'Allocated Team', 'Allocated Worker',
  ]),
  define(7, 'Child protection', PERSON_WITH_DISABILITY, [
    'Child Protection Plan Start Date', 'Initial Category of Abuse', 'Latest Category of Abuse',
    'Date of the Last Statutory Visit', 'Was the Child Seen Alone?', 'Date of latest review conference',
    'Child Protection Plan End Date',
    'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)',
    'Number of Previous Child Protection Plans', 'Allocated Team', 'Allocated Worker',
  ]),
  define(8, 'Children in care', PERSON_WITH_DISABILITY, [
    'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)',
    'Date Started to be Looked After', "Child's Category of Need",
    'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)',
    'Start date of current legal status', "Child's Legal Status", 'Date of Latest Statutory Review',
    'Date of Last Social Work Visit', 'What is the permanence plan for this child?',
    'Date of Last IRO Visit / Contact to the Child', 'Date of Last Health Assessment', 'Date of Last Dental Check',
    'Number of Placements in the Last 12 months', 'Date Ceased to be Looked After',
    'Reason Ceased to be Looked After', 'Start Date of Most Recent Placement', 'Placement Type',
    'Placement Provider', 'Placement postcode', 'URN of Placement', 'Placement Location', 'LA of Placement',
    "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
    "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
    'Was the child offered a Return Interview after their last missing episode (Y/N)?',
    'Did the child accept a Return Interview after their last missing episode (Y/N)?',
    'Allocated Team', 'Allocated Worker',
  ]),
  define(9, 'Care leavers', PERSON_WITH_DISABILITY, [
    'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)',
    'Allocated Team', 'Allocated Worker', 'Allocated Personal Advisor', 'Eligibility Category',
    'Latest Pathway Plan Review Date', 'LA in Touch', 'Latest Date of Contact', 'Type of Accommodation',
    'Suitability of Accommodation', 'Activity Status',
  ]),
  define(10, 'Adoption', PERSON_WITH_DISABILITY, [
    'Family identifier', 'Date the Child Entered Care',
    'Date of Decision that Child Should be Placed for Adoption', 'Date of Placement Order',
    'Date of Matching Child and Prospective Adopters', 'Date Placed for Adoption', 'Date of Adoption Order',
    'Date of Decision that Child Should No Longer be Placed for Adoption',
    'Reason Why Child No Longer Placed for Adoption',
    'Date the child was placed for fostering in FFA or concurrent planning placement',
  ]),
  define(11, 'Adopters', [], [
    'Individual adopter identifier', 'Family identifier', 'Gender', 'Ethnicity', 'Disability',
    'Is the (prospective) adopter fostering for adoption?', 'Date enquiry received', 'Date Stage 1 started',
    'Date Stage 1 ended', 'Date Stage 2 started', 'Date Stage 2 ended', 'Date application submitted',
    'Date application approved', 'Date adopter matched with child(ren)',
    'Date child/children placed with adopter(s)', 'No. of children placed', 'Date of Adoption Order',
    'Date of leaving adoption process', 'Reason for leaving adoption process',
  ]),
];

export function listDefinition(list: ListNumber): ListDefinition {
  return LISTS[list - 1];
}

/** "List 1 - Contacts.csv": matches the importer's /^list[\s_-]*(\d+)(?!\d)/i file rule. */
export function csvFileName(list: ListNumber): string {
  return `List ${list} - ${listDefinition(list).title}.csv`;
}
