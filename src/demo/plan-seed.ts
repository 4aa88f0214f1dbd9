// The demo's improvement plan: ILLUSTRATIVE. The council's real plan is not among the seed documents,
// so every objective's lead, workstream, action, date, update, piece of evidence and budget line here
// is invented for the demo and flagged as such (plans.illustrative, plan_actions.illustrative,
// plan_budget_lines.illustrative); the screens say so. What it is built from:
//   - the four objectives are those of the Improvement Board's draft terms of reference (April 2017):
//     "Robust model of social work practice; Sufficient and skilled workforce; Quality assurance and
//     audit; Leadership, management and governance";
//   - the actions answer the demo inspection's (illustrative) recommendations and the areas for
//     improvement of the fifth monitoring visit (11-12 December 2018, letter of 17 January 2019), and
//     echo what the council's press release of 7 April 2017 and the monitoring letter describe (the
//     MASH, lower thresholds, permanent managers, practice weeks, the permanence summit, the
//     through-care service);
//   - the budget lines divide the "extra £4.8m" of the council's press release between workstreams.
// Recommendation 9 (the safeguarding board's governance) is left without an action on purpose, so
// the coverage grid shows a gap that a user can close.
//
// Order: this step needs the intervention register's inspection, recommendations and monitoring
// findings (src/demo/intervention-seed.ts). It runs that seed first, which does nothing when the
// register is already loaded, so the plan's step may come before or after the register's.
import type { Queryable } from '../db/database.ts';
import { SYSTEM } from '../audit/audit.ts';
import { seedIntervention, VISIT_5_FINDINGS } from './intervention-seed.ts';
import { savePlan, createObjective, createWorkstream } from '../plan/structure-repository.ts';
import { addMeasure, addMilestone, createAction, setMilestoneMet, setRatingOverride, updateAction, actionLinks, getActionRecord, type ActionForm } from '../plan/actions-repository.ts';
import { addUpdate } from '../plan/updates-repository.ts';
import { submitVersion, approveVersion } from '../plan/versions-repository.ts';
import { createBudgetLine } from '../plan/budget-repository.ts';
import type { ActionStatus } from '../domain/plan/status.ts';
import type { JourneyStage } from '../domain/plan/journey.ts';
import type { Saved } from '../plan/result.ts';

export const DEMO_PLAN_TITLE = 'Children\'s Services Improvement Plan 2017-2019 (illustrative)';
/** The date the illustrative plan's updates run to: the demo's "now" for reading the plan. */
export const DEMO_PLAN_AS_AT = '2019-01-31';

const OBJECTIVES: [title: string, lead: string][] = [
  ['Robust model of social work practice', 'Divisional Director of Children\'s Social Care'],
  ['Sufficient and skilled workforce', 'Divisional Director of HR and Transformation'],
  ['Quality assurance and audit', 'Children\'s lead officer for Strategy, Policy and Performance'],
  ['Leadership, management and governance', 'Corporate Director of Children\'s Services'],
];

const WORKSTREAMS: [objective: number, title: string, lead: string][] = [
  [1, 'Front door and early help', 'Head of MASH and Early Help'],
  [1, 'Assessment and child protection', 'Head of Service, Safeguarding'],
  [1, 'Children in care and permanence', 'Head of Service, Children Looked After'],
  [1, 'Care leavers', 'Head of Through-care'],
  [2, 'Recruitment and retention', 'HR Business Partner, Children\'s Services'],
  [2, 'Learning and development', 'Principal Social Worker'],
  [3, 'Audit and practice learning', 'Head of Quality Assurance'],
  [3, 'Performance management', 'Head of Performance and Intelligence'],
  [4, 'Governance and partnerships', 'Divisional Director, Strategy, Policy and Partnerships'],
  [4, 'Management oversight', 'Divisional Director of Children\'s Social Care'],
];

/** The demo action owner's account: their actions show in "my actions". */
const OWNER = 'owner@uplift.demo';

type Update = [on: string, status: ActionStatus, summary: string, evidence?: { name: string; text: string; impact: boolean }];
interface SeedAction {
  ref: string;
  ws: string;
  stage: JourneyStage;
  title: string;
  description: string;
  owner: string;                    // a role, or OWNER
  start: string;
  due: string;
  recs: number[];
  findings: number[];               // positions in VISIT_5_FINDINGS (1-based)
  measures?: { indicator?: string; target?: number; described?: string; by: string; judged?: ['on_target' | 'off_target', string] }[];
  milestones?: [title: string, due: string, met: string | null][];
  deps?: string[];
  updates: Update[];
  /** Added after version 1 was approved (answers the 2018 monitoring visit, or a later need). */
  later?: boolean;
}

const file = (name: string, text: string, impact = true) => ({ name, text: `ILLUSTRATIVE EVIDENCE FOR THE UPLIFT DEMO: invented, not a council document.\n\n${text}\n`, impact });

const ACTIONS: SeedAction[] = [
  // The demo action owner's first: action id 1 in a fresh database.
  { ref: '1.1', ws: 'Front door and early help', stage: 'early_help', owner: OWNER, start: '2017-06-01', due: '2018-03-31', recs: [1], findings: [],
    title: 'Launch one early help assessment and a step-down pathway from social care',
    description: 'One early help assessment used by every partner, and a step-down panel so that families leaving social care keep the help they need.',
    measures: [{ indicator: 'referrals.rereferral_pct', target: 22, by: '2018-09-30' }],
    milestones: [['Early help assessment agreed with partners', '2017-09-30', '2017-09-26'], ['Step-down panel meets weekly', '2017-12-31', '2018-01-15']],
    updates: [['2017-10-02', 'on_track', 'Assessment agreed by schools, health and police at the partnership meeting.'],
      ['2018-01-15', 'at_risk', 'Step-down panel started two weeks late: the panel chair post was vacant.'],
      ['2018-03-20', 'complete', 'Pathway live across all early help hubs; 140 families stepped down since January.']] },
  { ref: '1.2', ws: 'Front door and early help', stage: 'front_door', owner: OWNER, start: '2017-05-01', due: '2017-09-30', recs: [1, 2], findings: [],
    title: 'Publish a multi-agency threshold document and train front-door staff in it',
    description: 'Thresholds were too high (council press release, April 2017). Partners agree one threshold document; every MASH and duty worker is trained in it.',
    measures: [{ described: 'Threshold decisions audited as appropriate reach 85%', by: '2018-03-31', judged: ['on_target', '2018-04-12'] }],
    updates: [['2017-07-14', 'on_track', 'Draft threshold document consulted on with the LSCB partners.'],
      ['2017-09-29', 'complete', 'Document published; 96 front-door staff trained.'],
      ['2018-04-12', 'impact_evidenced', 'March audit: 88% of threshold decisions appropriate, up from 61% in June 2017.',
        file('Threshold audit March 2018.txt', 'Audit of 50 contacts, March 2018: 44 threshold decisions appropriate (88%). June 2017 baseline: 61%.')]] },
  { ref: '1.3', ws: 'Front door and early help', stage: 'front_door', owner: 'Head of MASH', start: '2017-05-15', due: '2017-12-31', recs: [2], findings: [],
    title: 'Restructure the MASH with co-located police, health and education staff and a duty consultant social worker',
    description: 'Services at the front door were "poor, inefficient and risky" (council press release). A consultant social worker leads each duty shift.',
    milestones: [['Police and health staff co-located', '2017-09-30', '2017-09-18'], ['Consultant social worker rota in place', '2017-11-30', '2017-11-27']],
    updates: [['2017-09-18', 'on_track', 'Police and health colleagues moved into the MASH.'],
      ['2017-12-20', 'complete', 'New structure in place; duty consultant on every shift.'],
      ['2018-06-05', 'impact_evidenced', 'Contacts waiting over one working day fell from 210 to 9 between January and May 2018.',
        file('MASH timeliness January-May 2018.txt', 'Contacts awaiting a decision for more than one working day: January 210, February 122, March 61, April 18, May 9.')]] },
  { ref: '1.4', ws: 'Front door and early help', stage: 'front_door', owner: 'Head of MASH', start: '2017-07-01', due: '2018-01-31', recs: [2, 3], findings: [], deps: ['1.3'],
    title: 'Decide every contact within one working day, with the manager\'s decision recorded',
    description: 'Every contact has a recorded management decision and rationale within one working day.',
    measures: [{ described: 'Contacts with a recorded manager\'s decision within one working day reach 95%', by: '2018-03-31', judged: ['on_target', '2018-04-06'] }],
    updates: [['2017-10-31', 'on_track', 'Recording template changed; decisions tracked daily.'], ['2018-01-29', 'complete', 'Daily tracking embedded in the MASH.']] },
  { ref: '1.5', ws: 'Front door and early help', stage: 'early_help', owner: 'Head of Early Help', start: '2019-01-21', due: '2019-09-30', recs: [1], findings: [23], later: true,
    title: 'Adopt a neglect strategy and the Graded Care Profile 2 across early help and social care',
    description: 'Answers the fifth monitoring visit: managers "need to do more to sustain progress in protecting neglected children".',
    milestones: [['Neglect strategy agreed by the partnership', '2019-04-30', null]],
    updates: [['2019-01-25', 'on_track', 'Strategy drafted; Graded Care Profile 2 licence bought and trainers booked.']] },

  { ref: '1.6', ws: 'Assessment and child protection', stage: 'assessment', owner: 'Head of Service, Assessment', start: '2017-05-01', due: '2017-10-31', recs: [5], findings: [],
    title: 'Clear the backlog of assessments open longer than 45 working days',
    description: 'A dedicated team completes the backlog; each case is reviewed by a manager first for risk.',
    measures: [{ indicator: 'assessments.open_over_45wd', target: 20, by: '2017-12-31' }],
    updates: [['2017-07-31', 'on_track', 'Backlog down from 412 to 190.'], ['2017-10-27', 'complete', 'Backlog cleared.'],
      ['2018-01-10', 'impact_evidenced', 'Assessments open past 45 working days stayed under 20 for three months.',
        file('Open assessments October-December 2017.txt', 'Assessments open longer than 45 working days at month end: October 17, November 12, December 14.')]] },
  { ref: '1.7', ws: 'Assessment and child protection', stage: 'assessment', owner: 'Principal Social Worker', start: '2017-06-01', due: '2018-02-28', recs: [5], findings: [17],
    title: 'Set a practice standard for assessments: the child seen, their wishes recorded',
    description: 'A written practice standard and a checklist managers use before authorising an assessment.',
    measures: [{ indicator: 'assessments.child_seen_pct', target: 95, by: '2018-06-30' }],
    updates: [['2017-11-30', 'on_track', 'Standard launched at the all-staff day.'], ['2018-02-26', 'complete', 'Checklist in the case record system.']] },
  { ref: '1.8', ws: 'Assessment and child protection', stage: 'child_in_need', owner: OWNER, start: '2017-09-01', due: '2018-03-31', recs: [3], findings: [],
    title: 'Review every child in need plan open longer than twelve months',
    description: 'Each long-running plan reviewed by a team manager with the family: step up, step down or close with a reason.',
    milestones: [['Half of the plans reviewed', '2017-12-15', '2017-12-20']],
    updates: [['2017-12-20', 'on_track', '118 of 230 plans reviewed.'], ['2018-03-28', 'complete', 'All 230 plans reviewed: 41 stepped up, 97 stepped down, 92 continued.']] },
  { ref: '1.9', ws: 'Assessment and child protection', stage: 'child_protection', owner: 'Head of Safeguarding and Reviewing', start: '2017-06-01', due: '2018-03-31', recs: [1], findings: [],
    title: 'Hold initial child protection conferences within 15 working days of the strategy discussion',
    description: 'More conference chairs and a booking system that reserves a slot at the strategy discussion.',
    measures: [{ indicator: 'icpc.within_15wd_pct', target: 85, by: '2018-03-31' }],
    updates: [['2017-12-01', 'on_track', 'Two more conference chairs in post.'], ['2018-03-29', 'complete', 'Slot booking live.'],
      ['2018-07-02', 'impact_evidenced', 'Conferences within 15 working days: 89% in April-June 2018, from 54% a year earlier.',
        file('Conference timeliness 2017-18.txt', 'Initial child protection conferences within 15 working days: April-June 2017 54%; April-June 2018 89%.')]] },
  { ref: '1.10', ws: 'Assessment and child protection', stage: 'child_protection', owner: 'Head of Service, Safeguarding', start: '2019-01-21', due: '2019-06-30', recs: [], findings: [22, 23], later: true, deps: ['1.5'],
    title: 'Use pre-proceedings within twelve weeks for children on plans for neglect',
    description: 'Answers the fifth monitoring visit: "young children have remained in harmful situations for too long".',
    updates: [['2019-01-28', 'on_track', 'Legal planning meeting criteria agreed with legal services.']] },
  { ref: '1.11', ws: 'Assessment and child protection', stage: 'child_protection', owner: OWNER, start: '2019-01-14', due: '2019-04-30', recs: [], findings: [17], later: true,
    title: 'Visit every child on a child protection plan at least every ten working days, with the visit\'s purpose recorded',
    description: 'Answers the fifth monitoring visit: "not all visits are purposeful".',
    measures: [{ indicator: 'cp.visit_within_10wd_pct', target: 95, by: '2019-04-30' }],
    updates: [['2019-01-25', 'on_track', 'Visit recording form now asks for the purpose of the visit and what the child said.']] },

  { ref: '1.12', ws: 'Children in care and permanence', stage: 'children_in_care', owner: 'Head of Service, Children Looked After', start: '2018-08-20', due: '2018-11-30', recs: [5], findings: [],
    title: 'Bring every child in care\'s assessment up to date',
    description: 'At the August 2018 visit 180 children in care had no current assessment of their needs.',
    measures: [{ indicator: 'cla.assessment_current_pct', target: 90, by: '2018-11-30' }],
    updates: [['2018-10-01', 'on_track', '96 of the 180 assessments completed.'], ['2018-11-29', 'complete', 'All 180 assessments completed.'],
      ['2019-01-17', 'impact_evidenced', 'The monitoring letter of 17 January 2019 found "the majority of children in care now have an up-to-date assessment".',
        file('Assessments of children in care November 2018.txt', 'Children in care with an assessment in the last year: August 2018 61%; November 2018 93%.')]] },
  { ref: '1.13', ws: 'Children in care and permanence', stage: 'permanence_adoption', owner: 'Head of Service, Children Looked After', start: '2018-08-20', due: '2018-10-31', recs: [4], findings: [], later: true,
    title: 'Hold a monthly permanence summit tracking every child without a permanence plan by their second review',
    description: 'Senior managers track each child\'s route to permanence every month.',
    measures: [{ indicator: 'cla.permanence_plan_pct', target: 90, by: '2018-12-31' }],
    updates: [['2018-09-14', 'on_track', 'First summit held.'], ['2018-10-26', 'complete', 'Summit monthly, with a tracker of every child.'],
      ['2019-01-17', 'impact_evidenced', 'The monitoring letter: "Most children now have a plan for permanence by their second statutory review."',
        file('Permanence tracker December 2018.txt', 'Children in care past their second review with a permanence plan: August 2018 64%; December 2018 91%.')]] },
  { ref: '1.14', ws: 'Children in care and permanence', stage: 'permanence_adoption', owner: 'Adoption Team Manager', start: '2018-09-01', due: '2019-03-31', recs: [4], findings: [], later: true, deps: ['1.13'],
    title: 'Start family finding at the first review, considering every permanence option in parallel',
    description: 'Family finding with the permanence and adoption support team begins early; special guardianship and adoption are considered side by side.',
    updates: [['2018-12-14', 'on_track', 'Parallel planning guidance issued; family finding starts at the first review for every child with a plan for adoption.']] },
  { ref: '1.15', ws: 'Children in care and permanence', stage: 'children_in_care', owner: OWNER, start: '2019-01-21', due: '2019-06-30', recs: [8], findings: [7], later: true,
    title: 'Rewrite care plans in plain language, with older children helping to write their own',
    description: 'Answers the fifth monitoring visit: care plans "recorded clearly" and "older children in care ... involved in compiling their individual plans".',
    milestones: [['New care plan template agreed with the Children in Care Council', '2019-03-15', null]],
    updates: [['2019-01-30', 'on_track', 'Children in Care Council workshop booked for February to design the template.']] },
  { ref: '1.16', ws: 'Children in care and permanence', stage: 'children_in_care', owner: 'Principal Social Worker', start: '2019-02-01', due: '2019-07-31', recs: [8], findings: [17], later: true,
    title: 'Make direct work and life-story work routine, and record it on the child\'s file',
    description: 'Answers the fifth monitoring visit: direct work to help children understand their histories "needs to be routinely recorded".',
    updates: [] },
  { ref: '1.17', ws: 'Children in care and permanence', stage: 'children_in_care', owner: 'Head of Service, Safeguarding', start: '2019-01-14', due: '2019-04-30', recs: [3], findings: [21, 22], later: true,
    title: 'Review every emergency entry to care of a child under five at a weekly legal gateway panel',
    description: 'Answers the fifth monitoring visit: "an increasing number of younger children have entered care in an emergency".',
    updates: [['2019-01-21', 'on_track', 'Panel meets weekly; first three cases reviewed.']] },
  { ref: '1.18', ws: 'Children in care and permanence', stage: 'children_in_care', owner: 'Designated Nurse for Children in Care', start: '2018-06-01', due: '2019-03-31', recs: [5], findings: [3], later: true,
    title: 'Complete initial health assessments within 20 working days of a child entering care',
    description: 'The monitoring letter found timeliness "improving from a low base": this action sustains it.',
    measures: [{ indicator: 'cla.health_assessment_current_pct', target: 90, by: '2019-03-31' }],
    milestones: [['Health partners agree a 20-working-day pathway', '2019-01-15', null]],
    updates: [['2018-11-30', 'on_track', 'Notification to health within two working days of entry to care.']] },

  { ref: '1.19', ws: 'Care leavers', stage: 'care_leavers', owner: 'Head of Through-care', start: '2018-04-01', due: '2019-03-31', recs: [6], findings: [], later: true,
    title: 'Recommission supported accommodation for care leavers',
    description: 'Better quality and suitable accommodation, with a multi-disciplinary housing panel.',
    milestones: [['Tender issued', '2018-10-31', '2018-10-29'], ['Contracts awarded', '2019-02-28', null]],
    updates: [['2018-10-29', 'on_track', 'Tender issued.'], ['2019-01-25', 'on_track', 'Bids received; evaluation under way.']] },
  { ref: '1.20', ws: 'Care leavers', stage: 'care_leavers', owner: 'Head of Through-care', start: '2018-06-01', due: '2018-12-31', recs: [6], findings: [43], later: true,
    title: 'Open a through-care service for young people aged 14 to 25, co-located with housing, health and the virtual school',
    description: 'The monitoring letter: "The pace of these changes needs to accelerate."',
    milestones: [['Service design agreed', '2018-09-30', '2018-10-22'], ['Co-located team opens', '2018-12-31', null]],
    updates: [['2018-10-22', 'at_risk', 'Design agreed three weeks late; office move delayed.'],
      ['2019-01-17', 'off_track', 'Co-location slipped to April 2019: the accommodation works are not finished.']] },
  { ref: '1.21', ws: 'Care leavers', stage: 'care_leavers', owner: 'Virtual School Head', start: '2018-04-01', due: '2018-12-31', recs: [6], findings: [44], later: true,
    title: 'Write personal education plans for care leavers with the virtual school',
    description: 'Closer links with the virtual school to raise the proportion of care leavers in education, employment or training.',
    measures: [{ indicator: 'care_leavers.eet_pct', target: 55, by: '2019-03-31' }],
    updates: [['2018-12-20', 'complete', 'Every care leaver aged 16 to 21 has a personal education plan.']] },
  { ref: '1.22', ws: 'Care leavers', stage: 'care_leavers', owner: 'Fostering Service Manager', start: '2017-10-01', due: '2018-09-30', recs: [6], findings: [], later: false,
    title: 'Enable more care leavers to stay with their foster carers after 18 (Staying Put)',
    description: 'A Staying Put policy and allowance for foster carers.',
    updates: [['2018-09-28', 'complete', 'Policy and allowance approved.'],
      ['2019-01-17', 'impact_evidenced', 'The monitoring letter: "An increasing number of care leavers are enabled to live with their foster carers after they reach the age of 18."',
        file('Staying Put arrangements 2018.txt', 'Care leavers in Staying Put arrangements: January 2018 11; December 2018 26.')]] },

  { ref: '2.1', ws: 'Recruitment and retention', stage: 'cross_cutting', owner: 'HR Business Partner, Children\'s Services', start: '2017-05-01', due: '2017-10-31', recs: [7], findings: [],
    title: 'Offer social workers a new pay and career progression package',
    description: 'Part of the extra £4.8m: "a better package of training and pay for our social workers" (council press release).',
    measures: [{ indicator: 'workforce.caseload_avg', target: 18, by: '2018-06-30' }],
    updates: [['2017-10-30', 'complete', 'New grades and progression scheme in force.'],
      ['2018-07-05', 'impact_evidenced', 'Social worker turnover fell from 28% to 14% a year.',
        file('Workforce report June 2018.txt', 'Social worker turnover (12 months): June 2017 28%; June 2018 14%. Vacancy rate: 31% to 17%.')]] },
  { ref: '2.2', ws: 'Recruitment and retention', stage: 'cross_cutting', owner: 'Corporate Director of Children\'s Services', start: '2017-05-01', due: '2017-12-31', recs: [7], findings: [],
    title: 'Replace interim managers with permanent appointments',
    description: 'The council named "a culture of employing interims in senior social care roles" as a cause of the decline.',
    updates: [['2017-12-15', 'on_track', 'Eight of eleven posts filled permanently.'], ['2018-03-28', 'complete', 'All eleven management posts permanent.']] },
  { ref: '2.3', ws: 'Recruitment and retention', stage: 'cross_cutting', owner: 'HR Business Partner, Children\'s Services', start: '2018-04-01', due: '2019-03-31', recs: [7], findings: [14], later: true,
    title: 'Convert agency social workers to permanent posts',
    description: 'The monitoring letter: "some agency workers have applied for permanent positions".',
    measures: [{ described: 'Agency social workers fall below 20% of social work posts', by: '2019-03-31' }],
    updates: [['2018-12-10', 'on_track', 'Fourteen agency workers converted since April.']] },
  { ref: '2.4', ws: 'Learning and development', stage: 'cross_cutting', owner: 'Principal Social Worker', start: '2017-09-01', due: '2018-09-30', recs: [7], findings: [],
    title: 'Open a social work academy for newly qualified social workers',
    description: 'A protected caseload and a supported first year for every newly qualified social worker.',
    updates: [['2018-09-20', 'complete', 'Academy open; first cohort of 18 completed their first year.']] },
  { ref: '2.5', ws: 'Learning and development', stage: 'children_in_care', owner: 'Principal Social Worker', start: '2018-08-20', due: '2018-12-31', recs: [5, 8], findings: [11], later: true,
    title: 'Commission bespoke training in assessment and care planning for the children in care service',
    description: 'Training commissioned after the August 2018 monitoring visit.',
    updates: [['2018-12-14', 'complete', 'All children in care social workers and managers trained.'],
      ['2019-01-17', 'impact_evidenced', 'The monitoring letter: bespoke training "commissioned since August ... [has] helped to improve the quality of assessments".',
        file('Training evaluation December 2018.txt', 'Assessments audited good or better in the children in care service: July 2018 22%; December 2018 58%.')]] },
  { ref: '2.6', ws: 'Learning and development', stage: 'cross_cutting', owner: OWNER, start: '2019-01-14', due: '2019-05-31', recs: [3], findings: [19], later: true,
    title: 'Train every manager in reflective, analytical supervision',
    description: 'Answers the fifth monitoring visit: good analytical supervision exists, but "this practice is not yet consistent".',
    milestones: [['First cohort of team managers trained', '2019-03-29', null]],
    updates: [['2019-01-24', 'on_track', 'Trainer appointed; dates set for all 42 managers.']] },

  { ref: '3.1', ws: 'Audit and practice learning', stage: 'cross_cutting', owner: 'Head of Quality Assurance', start: '2017-07-01', due: '2018-03-31', recs: [3], findings: [],
    title: 'Run a monthly case audit programme, moderated, with feedback to each social worker',
    description: 'Every manager audits two cases a month; a sample is moderated; findings feed the learning programme.',
    measures: [{ described: 'Audits graded good or better reach 40%', by: '2018-06-30', judged: ['on_target', '2018-07-09'] }],
    updates: [['2017-12-01', 'on_track', 'Programme running; 160 audits completed.'], ['2018-03-30', 'complete', 'Moderation panel monthly.'],
      ['2018-07-09', 'impact_evidenced', 'Audits graded good or better: 12% in July 2017, 43% in June 2018.',
        file('Audit grades 2017-18.txt', 'Case audits graded good or better: July 2017 12%; December 2017 27%; June 2018 43%.')]] },
  { ref: '3.2', ws: 'Audit and practice learning', stage: 'cross_cutting', owner: 'Head of Quality Assurance', start: '2018-06-01', due: '2018-10-31', recs: [3], findings: [24], later: true,
    title: 'Hold practice weeks for senior managers to see practice in real time',
    description: 'Senior managers spend a week alongside front-line teams each quarter.',
    updates: [['2018-10-19', 'complete', 'Two practice weeks held.'],
      ['2019-01-17', 'impact_evidenced', 'The monitoring letter: practice weeks give "real time" insight and learning is "leading to continuous, improved performance".',
        file('Practice week findings October 2018.txt', 'Practice week, October 2018: 64 cases seen; 23 actions for teams, all completed within a month.')]] },
  { ref: '3.3', ws: 'Audit and practice learning', stage: 'cross_cutting', owner: 'Head of Quality Assurance', start: '2019-01-14', due: '2019-12-31', recs: [3], findings: [19], later: true, deps: ['2.6'],
    title: 'Audit the consistency of management oversight and supervision every quarter',
    description: 'Answers the fifth monitoring visit on inconsistent supervision.',
    measures: [{ described: 'Audits finding supervision analytical and effective reach 80%', by: '2019-09-30' }],
    updates: [['2019-01-28', 'on_track', 'Audit tool for supervision agreed.']] },
  { ref: '3.4', ws: 'Performance management', stage: 'cross_cutting', owner: 'Head of Performance and Intelligence', start: '2017-06-01', due: '2017-09-30', recs: [3], findings: [],
    title: 'Report performance from Annex A data every month to the operational and improvement boards',
    description: 'One performance report, the same figures every month, with targets.',
    updates: [['2017-09-25', 'complete', 'First monthly report to the Improvement Board.']] },
  { ref: '3.5', ws: 'Performance management', stage: 'child_in_need', owner: 'Head of Performance and Intelligence', start: '2017-09-01', due: '2018-03-31', recs: [3], findings: [],
    title: 'Send team managers a weekly list of children not seen within timescale',
    description: 'Exception reports so that managers act on visits that are late.',
    measures: [{ indicator: 'cin.seen_within_20wd_pct', target: 90, by: '2018-06-30' }],
    updates: [['2018-01-12', 'complete', 'Weekly exception reports sent every Monday.']] },

  { ref: '4.1', ws: 'Governance and partnerships', stage: 'cross_cutting', owner: 'Corporate Director of Children\'s Services', start: '2017-04-10', due: '2017-05-31', recs: [], findings: [],
    title: 'Set up the Children\'s Services Improvement Board with an independent chair, meeting every six weeks',
    description: 'From the Improvement Board\'s draft terms of reference, April 2017.',
    updates: [['2017-05-02', 'complete', 'Board met for the first time.']] },
  { ref: '4.2', ws: 'Governance and partnerships', stage: 'cross_cutting', owner: 'Chief Executive', start: '2017-04-01', due: '2017-06-30', recs: [3], findings: [],
    title: 'Make Children\'s Services a standalone directorate with its own management team',
    description: 'The council named the 2013 merger of adults\' and children\'s services as a cause of "a lack of oversight and leadership".',
    updates: [['2017-06-28', 'complete', 'Directorate established.']] },
  { ref: '4.3', ws: 'Governance and partnerships', stage: 'cross_cutting', owner: 'Divisional Director, Strategy, Policy and Partnerships', start: '2017-07-01', due: '2018-03-31', recs: [3], findings: [],
    title: 'Quarterly challenge of performance by the Lead Member and the Overview and Scrutiny Committee',
    description: 'Elected members see the same performance report as the Improvement Board.',
    updates: [['2018-03-20', 'complete', 'Three quarterly sessions held.']] },
  { ref: '4.4', ws: 'Management oversight', stage: 'child_protection', owner: 'Divisional Director of Children\'s Social Care', start: '2019-01-14', due: '2019-06-30', recs: [3], findings: [23, 22], later: true,
    title: 'Senior managers track every child in pre-proceedings and every neglect case each month',
    description: 'Answers the fifth monitoring visit on neglect and young children left in harmful situations.',
    updates: [['2019-01-30', 'on_track', 'Tracker built; first monthly review held.']] },
  { ref: '4.5', ws: 'Management oversight', stage: 'children_in_care', owner: 'Head of Safeguarding and Reviewing', start: '2018-09-01', due: '2018-11-30', recs: [4, 3], findings: [20], later: true,
    title: 'Independent reviewing officers review each child\'s progress every six weeks and escalate drift',
    description: 'Additional scrutiny between statutory reviews.',
    updates: [['2018-11-28', 'complete', 'Six-weekly reviews in place for every child in care.']] },
  { ref: '4.6', ws: 'Governance and partnerships', stage: 'cross_cutting', owner: 'Participation Lead', start: '2017-06-01', due: '2018-03-31', recs: [8], findings: [],
    title: 'Hear children\'s views through the Children in Care Council and a new advocacy service',
    description: 'The board\'s terms of reference require "the voices of children and young people" to be reflected in the plan.',
    updates: [['2018-03-15', 'complete', 'Advocacy service commissioned; Children in Care Council meets monthly with the Lead Member.']] },
];

const BUDGET: [workstream: string, title: string, planned: number, spent: number][] = [
  ['Recruitment and retention', 'Social worker pay and career progression package', 1_500_000, 1_420_000],
  ['Recruitment and retention', 'Permanent management posts replacing interims', 600_000, 585_000],
  ['Learning and development', 'Social work academy for newly qualified social workers', 450_000, 390_000],
  ['Learning and development', 'Bespoke training in assessment and care planning', 150_000, 150_000],
  ['Front door and early help', 'MASH restructure and duty consultant social workers', 700_000, 655_000],
  ['Children in care and permanence', 'Additional management capacity in the children in care service', 400_000, 310_000],
  ['Care leavers', 'Through-care service set-up', 350_000, 120_000],
  ['Audit and practice learning', 'Quality assurance team and audit programme', 300_000, 280_000],
  ['Performance management', 'Performance and intelligence analysts', 200_000, 190_000],
  ['Governance and partnerships', 'Improvement Board secretariat and independent chair', 150_000, 140_000],
];

function must<T>(what: string, r: Saved<T>): T {
  if (!r.ok) throw new Error(`Demo plan: ${what} was refused: ${r.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  return r.value;
}

export async function seedPlan(tx: Queryable, laCode: string): Promise<void> {
  if ((await tx.query('SELECT 1 FROM plans WHERE la_code = $1', [laCode])).length) return;   // loaded already
  await seedIntervention(tx, laCode);
  const [inspection] = await tx.query<{ id: number }>(
    `SELECT i.id FROM inspections i WHERE i.la_code = $1 AND EXISTS (SELECT 1 FROM recommendations r WHERE r.inspection_id = i.id)
      ORDER BY i.published_on DESC NULLS LAST LIMIT 1`, [laCode]);
  if (!inspection) throw new Error('Demo plan: the council has no inspection with recommendations');
  const recs = new Map((await tx.query<{ id: number; number: number }>('SELECT id, number FROM recommendations WHERE la_code = $1 AND inspection_id = $2',
    [laCode, inspection.id])).map((r) => [r.number, r.id]));
  const findingIds = new Map<number, number>();
  for (const [i, [, text]] of VISIT_5_FINDINGS.entries()) {
    const [f] = await tx.query<{ id: number }>(`SELECT f.id FROM visit_findings f JOIN monitoring_visits v ON v.id = f.visit_id AND v.la_code = f.la_code
      WHERE f.la_code = $1 AND v.inspection_id = $2 AND v.number = 5 AND f.text = $3`, [laCode, inspection.id, text]);
    if (f) findingIds.set(i + 1, f.id);
  }
  const [owner] = await tx.query<{ id: number; name: string }>('SELECT id, name FROM users WHERE email = $1', [OWNER]);
  const ownerIn = owner && (await tx.query('SELECT 1 FROM user_councils WHERE user_id = $1 AND la_code = $2', [owner.id, laCode])).length ? owner : null;

  must('the plan', await savePlan(tx, SYSTEM, laCode, { title: DEMO_PLAN_TITLE, inspectionId: inspection.id, illustrative: true }));
  const objectiveIds: number[] = [];
  for (const [title, lead] of OBJECTIVES) objectiveIds.push(must(`objective ${title}`, await createObjective(tx, SYSTEM, laCode, { title, lead })).id);
  const workstreamIds = new Map<string, number>();
  for (const [o, title, lead] of WORKSTREAMS) {
    workstreamIds.set(title, must(`workstream ${title}`, await createWorkstream(tx, SYSTEM, laCode, { objectiveId: objectiveIds[o - 1], title, lead })).id);
  }

  const ids = new Map<string, number>();
  const add = async (a: SeedAction) => {
    const form: ActionForm = {
      ref: a.ref, title: a.title, description: a.description, stage: a.stage, workstreamId: String(workstreamIds.get(a.ws)),
      ownerName: a.owner === OWNER ? ownerIn?.name ?? 'Action owner' : a.owner, ownerUserId: a.owner === OWNER && ownerIn ? String(ownerIn.id) : '',
      leadOfficer: '', startOn: a.start, dueOn: a.due, dependencies: (a.deps ?? []).join('; '),
      recommendationIds: a.recs.map((n) => String(recs.get(n))), findingIds: a.findings.filter((p) => findingIds.has(p)).map((p) => String(findingIds.get(p))),
    };
    const id = must(`action ${a.ref}`, await createAction(tx, SYSTEM, laCode, form, { illustrative: true })).id;
    ids.set(a.ref, id);
    for (const m of a.measures ?? []) {
      const mid = must(`a measure of ${a.ref}`, await addMeasure(tx, SYSTEM, laCode, id, m.indicator
        ? { kind: 'indicator', indicatorId: m.indicator, target: String(m.target), description: '', targetOn: m.by }
        : { kind: 'described', indicatorId: '', target: '', description: m.described!, targetOn: m.by })).id;
      if (m.judged) {
        await tx.query('UPDATE plan_measures SET judgment = $3, judged_on = $4, judged_by = $5 WHERE la_code = $1 AND id = $2',
          [laCode, mid, m.judged[0], m.judged[1], 'Head of Quality Assurance (illustrative)']);
      }
    }
    for (const [title, due, met] of a.milestones ?? []) {
      const mid = must(`a milestone of ${a.ref}`, await addMilestone(tx, SYSTEM, laCode, id, { title, dueOn: due })).id;
      if (met) must('a milestone met', await setMilestoneMet(tx, SYSTEM, laCode, mid, met, met));
    }
  };
  const addUpdates = async (a: SeedAction) => {
    const author = { userId: a.owner === OWNER && ownerIn ? ownerIn.id : null,
      label: a.owner === OWNER ? ownerIn?.name ?? 'Action owner' : `${a.owner} (illustrative)` };
    for (const [on, status, summary, evidence] of a.updates) {
      must(`an update of ${a.ref}`, await addUpdate(tx, author, laCode, ids.get(a.ref)!, { updateOn: on, status, summary,
        file: evidence ? { name: evidence.name, bytes: new TextEncoder().encode(evidence.text) } : null,
        link: '', evidenceTitle: evidence ? evidence.name.replace(/\.txt$/, '') : '', showsImpact: evidence?.impact ?? false }, on));
    }
  };

  // The plan as first submitted (May 2017) and approved, then what was added after the 2018 visits.
  const first = ACTIONS.filter((a) => !a.later);
  for (const a of first) await add(a);
  for (const a of first) await addUpdates(a);
  const v1 = must('version 1', await submitVersion(tx, SYSTEM, laCode, { submittedTo: 'ofsted', submittedOn: '2017-05-26',
    note: 'Illustrative: the first plan, sent to Ofsted "in the coming weeks" after the report (council press release, 7 April 2017).' }, '2017-05-26'));
  must('approval of version 1', await approveVersion(tx, SYSTEM, laCode, v1.id, { approvedOn: '2017-06-23', approvedBy: 'Ofsted (illustrative)' }, '2017-06-23'));

  const later = ACTIONS.filter((a) => a.later);
  for (const a of later) await add(a);
  for (const a of later) await addUpdates(a);
  // A change after approval, so that version 2 shows one: the interim posts took three months longer.
  const interim = (await getActionRecord(tx, laCode, ids.get('2.2')!))!;
  const links = await actionLinks(tx, laCode, interim.id);
  must('the change to 2.2', await updateAction(tx, SYSTEM, laCode, interim.id, {
    ref: interim.ref, title: interim.title, description: interim.description, stage: interim.stage, workstreamId: String(interim.workstreamId),
    ownerName: interim.ownerName, ownerUserId: interim.ownerUserId ? String(interim.ownerUserId) : '', leadOfficer: interim.leadOfficer,
    startOn: interim.startOn, dueOn: '2018-03-31', dependencies: links.dependencies.join('; '),
    recommendationIds: links.recommendationIds.map(String), findingIds: links.findingIds.map(String) }));
  must('version 2', await submitVersion(tx, SYSTEM, laCode, { submittedTo: 'ofsted_and_dfe', submittedOn: DEMO_PLAN_AS_AT,
    note: 'Illustrative: the plan refreshed after the fifth monitoring visit (11-12 December 2018).' }, DEMO_PLAN_AS_AT));

  // A person's judgment against the rule, with the reason kept.
  must('the override of 1.19', await setRatingOverride(tx, { userId: null, label: 'Performance and improvement officer (illustrative)' }, laCode,
    ids.get('1.19')!, { rating: 'amber', reason: 'Two of the three bidders withdrew in January 2019; the contracts may not be awarded by the end of February.' }, '2019-01-28'));

  for (const [ws, title, planned, spent] of BUDGET) {
    must(`budget line ${title}`, await createBudgetLine(tx, SYSTEM, laCode, { workstreamId: String(workstreamIds.get(ws)), title,
      planned: String(planned), spent: String(spent), spentAsAt: DEMO_PLAN_AS_AT }, DEMO_PLAN_AS_AT, { illustrative: true }));
  }
}
