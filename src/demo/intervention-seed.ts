// The intervention register of the demo: only the real, public facts of the seed documents about
// Tower Hamlets (LA 211), each with the document it comes from, plus a few clearly flagged
// illustrative values where the demo needs a value the seeds do not give.
//
// Seed documents (their text is copied here; the application never reads ../shared):
//   [Letter]  Minister's letter of 7 April 2017 (Edward Timpson MP to Mayor John Biggs) with the draft
//             Direction and its Annex A (the Adviser's terms of reference).
//   [BV]      Best Value Programme Review Board supplementary agenda, 10 April 2017: the same letter and
//             draft Direction, and the Improvement Board's draft terms of reference (April 2017).
//   [Press]   Press report of the issued Direction, "DfE sets out improvements needed to Tower Hamlets
//             children's service" (September 2017), with the council's statement.
//   [Council] Council press release, 7 April 2017.
//   [Ofsted]  Ofsted monitoring letter, 17 January 2019 (the fifth monitoring visit).
//
// Illustrative (not in the seeds, flagged in the data):
//   - the day the Direction was issued: [Press] says only "issued yesterday", in September 2017 (the
//     fostering row of August 2017 was "last month"); 15 September 2017 is chosen. Any September day
//     gives the same statutory calendar (first review due 28 February 2018).
//   - the day the council set its target: the day after issue ("the DfE Direction issued yesterday").
//   - the Improvement Board's first meeting: [BV] dates the terms of reference April 2017; 27 April
//     2017 is chosen.
//   - the inspection's numbered recommendations: the report is not among the seeds; the set below is
//     drawn only from weaknesses the seeds name, and each row has illustrative = true.
import type { Queryable } from '../db/database.ts';
import type { DemoStep } from './demo-steps.ts';
import { SYSTEM } from '../audit/audit.ts';
import type { SaveResult } from '../intervention/result.ts';
import { createInspection, createRecommendations } from '../intervention/inspections.ts';
import { createAppointment, createClause, createDirection, saveAdviserTerms } from '../intervention/directions.ts';
import { createFindings, createMonitoringVisit } from '../intervention/monitoring.ts';
import { createCouncilTarget, saveBoardSchedule } from '../intervention/calendar.ts';

export const DIRECTION_DRAFT_ON = '2017-04-07';          // [Letter]
export const REPRESENTATIONS_DEADLINE = '2017-04-21';    // [Letter] "by 21 April 2017"
export const DIRECTION_ISSUED_ON = '2017-09-15';         // illustrative day in September 2017 [Press]
export const TARGET_SET_ON = '2017-09-16';               // illustrative: the day after issue [Press]
export const BOARD_FIRST_MEETING_ON = '2017-04-27';      // illustrative day in April 2017 [BV]

export const DIRECTION_TITLE = "Statutory Direction to London Borough of Tower Hamlets in relation to children's services under section 497A(4B) of the Education Act 1996";
export const LEGAL_BASIS = 'Section 497A(4B) of the Education Act 1996';

/** [BV] The draft Direction, clauses 5 (its opening words), 5a-5g and 6, verbatim. */
export const DIRECTION_CLAUSES: [ref: string, text: string][] = [
  ['5', 'Pursuant to section 497A(4B) of the Education Act 1996, the Secretary of State directs the Council as follows:'],
  ['5a', "To comply with any instructions of the Secretary of State or the Intervention Adviser in relation to the improvement of the Council's exercise of its children's social care functions and to provide such assistance as may be required;"],
  ['5b', `To co-operate with the Intervention Adviser, including on request allowing the Intervention Adviser at all reasonable times access:
i. to any premises of the Council;
ii. to any document of or relating to the Council; and
iii. to any employee or member of the Council
which appears to the Intervention Adviser to be necessary for achieving the purposes of, and carrying out the responsibilities set out in the Terms of Reference;`],
  ['5c', `To provide the Intervention Adviser with such amenities, services and administrative support as they may reasonably require from time to time for carrying out their responsibilities in accordance with the Terms of Reference, including:
i. providing officers' time or support; and
ii. providing office space, meeting rooms or computer facilities;`],
  ['5d', "To appoint the Intervention Adviser to membership of the Tower Hamlet's Children's Services Improvement Board ('the Improvement Board');"],
  ['5e', "To ensure that a comprehensive progress report is provided by the Director of Children's Services to each meeting of the Improvement Board;"],
  ['5f', "To co-operate with the Intervention Adviser's six monthly reviews as to whether the Council has made sufficient progress in improving its children's social care services;"],
  ['5g', 'To ensure that the Chair of the Improvement Board reports to the Secretary of State on progress in delivering the improvement plan, on a quarterly basis, the first report being within 3 months of the date of this Direction.'],
  ['6', 'This Direction will remain in force until it is revoked by the Secretary of State.'],
];

/** [BV] Annex A to the draft Direction, verbatim ("[Insert date]" as in the draft). */
export const ADVISER_TERMS = `Intervention Adviser Terms of Reference

1. London Borough of Tower Hamlets has failed in its delivery of children's social care services. Ofsted's inspection report, published on 7 April 2017 ('the Ofsted report'), found the service to be 'inadequate' overall.
2. The Intervention Adviser is expected to provide practice advice and support to the Council on those areas of practice that Ofsted has judged to be inadequate, under the Direction issued to London Borough of Tower Hamlets by the Secretary of State under section 497A of the Education Act 1996 on [Insert date] ('the Direction'). The Intervention Adviser shall in particular:
a. Be a member of the Tower Hamlets' Children's Services Improvement Board ('the Improvement Board');
b. Ensure the development and implementation by the Improvement Board of:
- a robust improvement plan which spans children's services, and
- an effective reporting system that ensures that progress and outcomes are measured appropriately.
c. Ensure that the improvement plan includes clear and specific actions which reflect the journey of the child and which address all recommendations made in the Ofsted report so as to improve the quality of services for children in need of help and protection; and
d. Provide practice advice in line with priorities agreed with the Council and addressing areas of weakness identified by the Ofsted report.

The Intervention Adviser will carry out periodic six monthly reviews that assess service improvements in Tower Hamlets by reference to the OFSTED report. The Intervention Adviser will carry out the first review within six months of the date of this Direction. These reviews may cover but are not exclusive to practice; performance; culture; leadership, management and governance; workforce and management oversight; early help; and the LSCB.

From time to time, the adviser may require that a diagnostic review or assessment of performance in a specific service area in undertaken by a local authority or other party agreed with the Department.`;

/**
 * Illustrative recommendations (the report's own are not in the seeds), each drawn from a weakness a
 * seed names, with that seed in its note.
 */
export const ILLUSTRATIVE_RECOMMENDATIONS: [text: string, note: string][] = [
  ['Ensure that thresholds for intervention are understood and applied consistently, so that children who need help and protection receive it without delay.',
    '[Council] "thresholds for intervention were too high"'],
  ['Improve the effectiveness of the front door, including the multi-agency safeguarding hub, so that contacts and referrals are responded to promptly and in proportion to risk.',
    '[Council] "Services at the front door were poor, inefficient and risky"; "improvements to the Multi Agency Safeguarding Hub"'],
  ['Strengthen management oversight and supervision of casework, so that plans progress and drift is identified and acted on.',
    '[Council] "A lack of oversight and leadership"; [Ofsted] management oversight "not yet consistent"'],
  ['Ensure that permanence planning for children in care is timely and considers all permanence options from an early stage.',
    '[Ofsted] the focus of the fifth monitoring visit: "timely permanence for children who are unable to live with their birth parents"'],
  ['Ensure that every child has an up-to-date assessment of their needs that informs their plan.',
    '[Ofsted] "180 children did not have a current assessment of their needs" at the previous visit'],
  ['Ensure that care leavers live in suitable accommodation and are well prepared for independence.',
    '[Ofsted] "Better quality and suitable accommodation for care leavers is being recommissioned"'],
  ['Stabilise the workforce and reduce caseloads, reducing reliance on interim and agency staff, so that children have consistent social workers.',
    '[Council] experienced staff left because of "high caseloads"; "a culture of employing interims"'],
  ['Ensure that care plans are recorded clearly and that children are involved in compiling their plans.',
    '[Ofsted] "Further work is needed to ensure that care plans are recorded clearly"'],
  ['Strengthen the governance, structure and membership of the Local Safeguarding Children Board, so that it holds partners to account effectively.',
    '[Council] "a new Chair of the LSCB and a review of governance, structure and membership"'],
];

/** [Ofsted] The letter of 17 January 2019 as published (bold markers from the text conversion removed). */
export const MONITORING_LETTER_2019_01_17 = `Ofsted Piccadilly Gate Store Street Manchester M1 2WD

T 0300 123 1231 Textphone 0161 618 8524 enquiries@ofsted.gov.uk www.gov.uk/ofsted



17 January 2019

Debbie Jones
Director of Children's Services
London Borough of Tower Hamlets
Town Hall
Mulberry Place
5 Clove Crescent
London E14 2BG

Dear Debbie

Monitoring visit to Tower Hamlets local authority children's services

This letter summarises the findings of the monitoring visit to the London Borough of Tower Hamlets children's services on 11 and 12 December 2018. This was the fifth monitoring visit since the local authority was judged inadequate for overall effectiveness in April 2017. The inspectors were Brenda McLaughlin and Louise Warren, two of Her Majesty's Inspectors, and Tom Anthony, an Ofsted inspector.

Inspectors evaluated the quality of care planning for children in care, in particular the achievement of timely permanence for children who are unable to live with their birth parents. They assessed progress since the visit in August 2018, focusing on areas of practice that required significant improvement. Inspectors also considered the local authority's arrangements for care leavers, including the timely preparation of children in care for the transition to adulthood and independence.

The visit considered a range of evidence, including discussions with social workers, personal advisers and their managers. Inspectors looked in detail at children's cases and met with the chair of the Tower Hamlets Foster Carers Association. They spoke to the service managers responsible for the help and protection of children, care leavers and children in care. In addition, inspectors looked at local authority performance management information and they read improvement board and operational board minutes and reports on recent audit activity.

Overview

Effective action taken by leaders and managers following the August monitoring visit has led to considerable improvements in the quality of social work practice for children in care. Permanence planning for those children who are unable to live safely with their birth parents is being progressed more quickly. All permanence options, including special guardianship orders and adoption, are beginning to be considered simultaneously. The arrangements for senior managers to track the progress of children in care have substantially improved. Children who leave care in

Tower Hamlets benefit from advice and support from a stable and highly committed group of personal advisers, social workers and managers, who know them well. Senior managers accept that their ambitious plans to reconfigure the care leavers' service need to progress more quickly.

Findings

For those children who become looked after, decision-making is timely. Most children now have a plan for permanence by their second statutory review. The timeliness of initial health assessments is improving from a low base. The introduction of a monthly permanence 'summit meeting' to measure progress is a positive development. Family finding, carried out jointly with the permanence and adoption support team, begins early. Sensitive work with birth parents is helping to minimise delay, ensuring that children have permanent and stable homes if they cannot live with their families. Further work is needed to ensure that care plans are recorded clearly and that older children in care are involved in compiling their individual plans.

Staff described to inspectors a positive change in the culture within the service. Morale is good and social workers in the children in care service have manageable caseloads. They report that they are well supported, and they have welcomed the tri-weekly morning team meetings that focus on their practice. Bespoke training, commissioned since August, and additional management capacity, have helped to improve the quality of assessments. The majority of children in care now have an up-to-date assessment. This is a substantial improvement from the previous monitoring visit, when 180 children did not have a current assessment of their needs. Investment in training and additional resources are encouraging social workers to want to stay and work in Tower Hamlets; some agency workers have applied for permanent positions. Social workers feel listened to and supported to develop their skills and knowledge. They visit children regularly and get to know them well. However, not all visits are purposeful, and direct work to help all children to understand their personal histories needs to be routinely recorded on the child's file.

Management oversight is regular, and inspectors found some good examples of analytical case supervision to ensure that children's plans progress effectively. However, this practice is not yet consistent. Independent reviewing officers are now expected to review children's progress every six weeks, in order to provide additional scrutiny. In the last quarter, an increasing number of younger children have entered care in an emergency. In a minority of these cases, young children have remained in harmful situations for too long. Senior and middle managers are aware that they need to do more to sustain progress in protecting neglected children who are at risk of harm.

Performance management has been enhanced with the introduction of 'practice weeks'. This provides senior managers with opportunities for 'real time' insight into the quality of practice. Learning from routine audit activity and detailed analysis of the key findings are leading to continuous, improved performance in the quality of

work in frontline teams. Detailed feedback is provided immediately to social workers and areas for improvement are identified and acted on quickly.

Managers and personal advisers work diligently to advocate on behalf of care leavers. Personal advisers know young people well and have a good understanding of their individual needs and circumstances. Their creative and tenacious work is supporting young people in custody to retain their accommodation. Persistent contact with vulnerable children with addiction problems is helping to reduce risks. Unaccompanied asylum-seeking children, many of whom have suffered trauma, have prompt access to specialist services.

Pathway plans are thorough and up to date. They directly involve young people, whose voices and wishes are clearly articulated. Plans are realistic and practical, and they reflect care leavers' experiences. Swift action is taken to ensure that vulnerable young people are provided with specific help and support. Inspectors saw several comments from young people thanking staff for their help.

Better quality and suitable accommodation for care leavers is being recommissioned. A multi-disciplinary housing panel considers young people's specific vulnerabilities and tailors support to help young people to remain in their homes. An increasing number of care leavers are enabled to live with their foster carers after they reach the age of 18. The chair of the Tower Hamlets Foster Carers Association reported to inspectors that the support and response to carers, particularly out-of-hours, have improved.

The introduction of a 'through-care service', co-located with other professionals for children aged 14 to 25, is intended to ensure that these children achieve well as young adults. The pace of these changes needs to accelerate. Closer links with the virtual school and the development of specific personal education plans for care leavers are starting to increase the proportion of young people in education and employment. As part of this transformation, managers have listened to care leavers' views and have retained a separate, dedicated 'drop in' and duty service to address young people's immediate concerns.

I am copying this letter to the Department for Education. This letter will be published on the Ofsted website.

Yours sincerely

Brenda McLaughlin Her Majesty's Inspector`;

/** [Ofsted] The second paragraph of the letter: what the visit looked at. */
export const VISIT_5_FOCUS = `Inspectors evaluated the quality of care planning for children in care, in particular the achievement of timely permanence for children who are unable to live with their birth parents. They assessed progress since the visit in August 2018, focusing on areas of practice that required significant improvement. Inspectors also considered the local authority's arrangements for care leavers, including the timely preparation of children in care for the transition to adulthood and independence.`;

const S = 'strength';
const A = 'area_for_improvement';

/**
 * [Ofsted] Every sentence of the letter's "Findings" section, verbatim and in order, each classified
 * as a strength or an area for improvement (the classification is the demo's reading of the letter).
 */
export const VISIT_5_FINDINGS: [kind: typeof S | typeof A, text: string][] = [
  [S, 'For those children who become looked after, decision-making is timely.'],
  [S, 'Most children now have a plan for permanence by their second statutory review.'],
  [S, 'The timeliness of initial health assessments is improving from a low base.'],
  [S, "The introduction of a monthly permanence 'summit meeting' to measure progress is a positive development."],
  [S, 'Family finding, carried out jointly with the permanence and adoption support team, begins early.'],
  [S, 'Sensitive work with birth parents is helping to minimise delay, ensuring that children have permanent and stable homes if they cannot live with their families.'],
  [A, 'Further work is needed to ensure that care plans are recorded clearly and that older children in care are involved in compiling their individual plans.'],
  [S, 'Staff described to inspectors a positive change in the culture within the service.'],
  [S, 'Morale is good and social workers in the children in care service have manageable caseloads.'],
  [S, 'They report that they are well supported, and they have welcomed the tri-weekly morning team meetings that focus on their practice.'],
  [S, 'Bespoke training, commissioned since August, and additional management capacity, have helped to improve the quality of assessments.'],
  [S, 'The majority of children in care now have an up-to-date assessment.'],
  [S, 'This is a substantial improvement from the previous monitoring visit, when 180 children did not have a current assessment of their needs.'],
  [S, 'Investment in training and additional resources are encouraging social workers to want to stay and work in Tower Hamlets; some agency workers have applied for permanent positions.'],
  [S, 'Social workers feel listened to and supported to develop their skills and knowledge.'],
  [S, 'They visit children regularly and get to know them well.'],
  [A, "However, not all visits are purposeful, and direct work to help all children to understand their personal histories needs to be routinely recorded on the child's file."],
  [S, "Management oversight is regular, and inspectors found some good examples of analytical case supervision to ensure that children's plans progress effectively."],
  [A, 'However, this practice is not yet consistent.'],
  [S, "Independent reviewing officers are now expected to review children's progress every six weeks, in order to provide additional scrutiny."],
  [A, 'In the last quarter, an increasing number of younger children have entered care in an emergency.'],
  [A, 'In a minority of these cases, young children have remained in harmful situations for too long.'],
  [A, 'Senior and middle managers are aware that they need to do more to sustain progress in protecting neglected children who are at risk of harm.'],
  [S, "Performance management has been enhanced with the introduction of 'practice weeks'."],
  [S, "This provides senior managers with opportunities for 'real time' insight into the quality of practice."],
  [S, 'Learning from routine audit activity and detailed analysis of the key findings are leading to continuous, improved performance in the quality of work in frontline teams.'],
  [S, 'Detailed feedback is provided immediately to social workers and areas for improvement are identified and acted on quickly.'],
  [S, 'Managers and personal advisers work diligently to advocate on behalf of care leavers.'],
  [S, 'Personal advisers know young people well and have a good understanding of their individual needs and circumstances.'],
  [S, 'Their creative and tenacious work is supporting young people in custody to retain their accommodation.'],
  [S, 'Persistent contact with vulnerable children with addiction problems is helping to reduce risks.'],
  [S, 'Unaccompanied asylum-seeking children, many of whom have suffered trauma, have prompt access to specialist services.'],
  [S, 'Pathway plans are thorough and up to date.'],
  [S, 'They directly involve young people, whose voices and wishes are clearly articulated.'],
  [S, "Plans are realistic and practical, and they reflect care leavers' experiences."],
  [S, 'Swift action is taken to ensure that vulnerable young people are provided with specific help and support.'],
  [S, 'Inspectors saw several comments from young people thanking staff for their help.'],
  [S, 'Better quality and suitable accommodation for care leavers is being recommissioned.'],
  [S, "A multi-disciplinary housing panel considers young people's specific vulnerabilities and tailors support to help young people to remain in their homes."],
  [S, 'An increasing number of care leavers are enabled to live with their foster carers after they reach the age of 18.'],
  [S, 'The chair of the Tower Hamlets Foster Carers Association reported to inspectors that the support and response to carers, particularly out-of-hours, have improved.'],
  [S, "The introduction of a 'through-care service', co-located with other professionals for children aged 14 to 25, is intended to ensure that these children achieve well as young adults."],
  [A, 'The pace of these changes needs to accelerate.'],
  [S, 'Closer links with the virtual school and the development of specific personal education plans for care leavers are starting to increase the proportion of young people in education and employment.'],
  [S, "As part of this transformation, managers have listened to care leavers' views and have retained a separate, dedicated 'drop in' and duty service to address young people's immediate concerns."],
];

export interface InterventionSeedIds {
  previousInspectionId: number;
  inspectionId: number;
  directionId: number;
  visitId: number;
  targetId: number;
}

function saved<T>(what: string, r: SaveResult<T>): T {
  if (!r.ok) throw new Error(`Demo seed: ${what} was refused: ${r.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  return r.value;
}

/**
 * Loads the seeds' intervention facts into a council, through the repository (so the facts pass the
 * same validation as anything a user enters, and each is in the audit trail as written by 'system').
 * Meant for a fresh council: when the council already has an inspection or a Direction it changes
 * nothing and returns null, so running it twice never duplicates records.
 */
export async function seedIntervention(tx: Queryable, laCode = '211'): Promise<InterventionSeedIds | null> {
  const [council] = await tx.query('SELECT 1 FROM councils WHERE la_code = $1', [laCode]);
  if (!council) throw new Error(`Demo seed: council ${laCode} does not exist; create it first`);
  const [existing] = await tx.query(
    'SELECT 1 FROM inspections WHERE la_code = $1 UNION ALL SELECT 1 FROM directions WHERE la_code = $1 LIMIT 1', [laCode]);
  if (existing) return null;

  const previous = saved('the 2012 inspection', await createInspection(tx, SYSTEM, laCode, {
    year: 2012,
    note: "[Letter] \"a significant decline in performance since your last Ofsted inspection in 2012\". " +
      'Its framework, dates and judgments are not in the seeds, so they are not recorded.',
  }));

  const inspection = saved('the 2017 inspection', await createInspection(tx, SYSTEM, laCode, {
    framework: 'SIF',
    fieldworkStart: '2017-01-24',      // [BV] Direction recital 1: "carried out between 24 January and 16 February 2017"
    fieldworkEnd: '2017-02-16',
    publishedOn: '2017-04-07',         // [Letter] "REPORT PUBLISHED 7 APRIL 2017"
    overall: 'inadequate',             // [Letter] "Ofsted has judged services overall to be 'inadequate'"
    helpAndProtection: 'inadequate',   // [BV] recital 1: "children who need help and protection ... rated as 'inadequate'"
    leadershipManagementGovernance: 'inadequate', // [BV] recital 1: "leadership, management and governance were rated as 'inadequate'"
    childrenInCare: null,              // not in the seeds
    careLeavers: null,                 // not in the seeds
    lscbReview: null,                  // not in the seeds
    previousInspectionId: previous.id,
    note: 'Inspection of services for children in need of help and protection, children looked after and care leavers, and review ' +
      'of the effectiveness of the local safeguarding children board [Letter]. The judgments for children looked after and ' +
      'achieving permanence, for care leavers and of the LSCB review are not in the seeds, so they are not recorded.',
  }));

  saved('the illustrative recommendations', await createRecommendations(tx, SYSTEM, laCode, inspection.id,
    ILLUSTRATIVE_RECOMMENDATIONS.map(([text, source], i) => ({ number: i + 1, text, note: `Illustrative, drawn from ${source}` })),
    { illustrative: true }));

  const direction = saved('the Direction', await createDirection(tx, SYSTEM, laCode, {
    inspectionId: inspection.id,
    title: DIRECTION_TITLE,                        // [BV]
    legalBasis: LEGAL_BASIS,                       // [BV]
    status: 'issued',                              // [Press] "has issued a formal Direction order"
    draftOn: DIRECTION_DRAFT_ON,                   // [Letter] "I am attaching a draft Direction"
    representationsDeadline: REPRESENTATIONS_DEADLINE,
    representationsOn: null,                       // whether and when representations were made: not in the seeds
    issuedOn: DIRECTION_ISSUED_ON,
    note: 'Issued in September 2017 ([Press]: "the DfE Direction issued yesterday", a month after the August 2017 fostering row); ' +
      'the day, 15 September 2017, is illustrative. Clause text is that of the draft Direction sent with the minister\'s letter ' +
      'of 7 April 2017; the issued text is not in the seeds.',
  }));

  for (const [i, [ref, text]] of DIRECTION_CLAUSES.entries()) {
    saved(`clause ${ref}`, await createClause(tx, SYSTEM, laCode, { directionId: direction.id, ref, text, position: i + 1 }));
  }

  saved('the Adviser\'s terms of reference', await saveAdviserTerms(tx, SYSTEM, laCode, {
    directionId: direction.id,
    text: ADVISER_TERMS,
    reviewAreas: ['practice', 'performance', 'culture', 'leadership_management_governance', 'workforce_management_oversight',
      'early_help', 'safeguarding_board'],
    note: 'Annex A to the draft Direction of 7 April 2017 [BV]; the issued text is not in the seeds.',
  }));

  // [Press] "Staff from Lincolnshire County Council and Islington Council are to be appointed by the DfE as Intervention Advisers"
  for (const organisation of ['Lincolnshire County Council', 'Islington Council']) {
    saved(`the appointment of ${organisation}`, await createAppointment(tx, SYSTEM, laCode, {
      directionId: direction.id,
      appointee: `Staff from ${organisation}`,
      organisation,
      appointedOn: null,
      note: 'The press report of the issued Direction names the councils, not the people; the date of appointment is not in the seeds.',
    }));
  }

  const target = saved('the council target', await createCouncilTarget(tx, SYSTEM, laCode, {
    title: 'Ofsted judgment good',
    setOn: TARGET_SET_ON,
    dueOn: '2019-04-30',
    targetJudgment: 'good',
    source: '[Press] council statement: "We have a highly ambitious and achievable plan to achieve a good rating for children\'s services from Ofsted by April 2019"',
    note: '"By April 2019" is read as by 30 April 2019. The statement followed the Direction "issued yesterday": the day set is illustrative.',
  }));

  saved('the board schedule', await saveBoardSchedule(tx, SYSTEM, laCode, {
    boardName: "Tower Hamlets Children's Services Improvement Board",   // [BV] draft terms of reference
    chair: 'Alan Wood (independent chair)',                             // [BV] "Independent Chair Alan Wood"
    frequencyDays: 42,                                                  // [BV] "Every six weeks"
    firstMeetingOn: BOARD_FIRST_MEETING_ON,
    firstMeetingIllustrative: true,
    note: 'Draft terms of reference, April 2017 [BV]. The press report spells the chair "Alan Woods CBE". ' +
      'The date of the first meeting is not in the seeds: 27 April 2017 is illustrative.',
  }));

  const visit = saved('the fifth monitoring visit', await createMonitoringVisit(tx, SYSTEM, laCode, {
    inspectionId: inspection.id,
    number: 5,                          // [Ofsted] "This was the fifth monitoring visit"
    visitStart: '2018-12-11',           // [Ofsted] "on 11 and 12 December 2018"
    visitEnd: '2018-12-12',
    inspectors: 'Brenda McLaughlin HMI; Louise Warren HMI; Tom Anthony OI',
    focus: VISIT_5_FOCUS,
    letterDate: '2019-01-17',
    letterText: MONITORING_LETTER_2019_01_17,
  }));
  saved('the findings', await createFindings(tx, SYSTEM, laCode, visit.id, VISIT_5_FINDINGS.map(([kind, text]) => ({ kind, text }))));

  return { previousInspectionId: previous.id, inspectionId: inspection.id, directionId: direction.id, visitId: visit.id, targetId: target.id };
}

/** The seed as a step of the demo loader (register it in DEMO_STEPS). */
export const interventionDemoStep: DemoStep = {
  name: 'Intervention register: the 2017 inspection, the Direction, the Adviser, the board schedule, the fifth monitoring visit',
  async run(tx, laCode) {
    await seedIntervention(tx, laCode);
  },
};
