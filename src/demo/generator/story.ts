// The improvement story the synthetic data tells, and the volumes it is drawn at.
//
// Story (from the public documents in the demo scenario): the council's children's services were
// judged inadequate in April 2017 (press release of 7 April 2017); improvement was slow through
// 2017 and the first half of 2018; after the August 2018 monitoring visit leaders acted and by the
// December 2018 visit practice had improved considerably: "The majority of children in care now
// have an up-to-date assessment. This is a substantial improvement from the previous monitoring
// visit, when 180 children did not have a current assessment" (Ofsted letter of 17 January 2019);
// "Most children now have a plan for permanence by their second statutory review"; initial health
// assessments "improving from a low base"; pathway plans "thorough and up to date".
//
// Every compliance probability in the simulation is poor + (good - poor) x progress(date), with
// `progress` the curve below, so one curve drives every indicator consistently.
import { type Day, dayOf } from './calendar.ts';

const PROGRESS_KNOTS: ReadonlyArray<readonly [string, number]> = [
  ['2016-06-30', 0.0], // years of underinvestment: practice poor and flat
  ['2017-04-07', 0.05], // judged inadequate; improvement plan begins
  ['2018-03-31', 0.33], // slow progress through the first year
  ['2018-08-15', 0.4], // August 2018 monitoring visit finds serious gaps
  ['2018-12-15', 0.85], // "considerable improvements" by the December visit
  ['2019-03-31', 0.92],
  ['2021-12-31', 0.96],
];
const knots = PROGRESS_KNOTS.map(([iso, v]) => [dayOf(iso), v] as const);

function interpolate(day: Day): number {
  if (day <= knots[0][0]) return knots[0][1];
  for (let i = 1; i < knots.length; i++) {
    const [d1, v1] = knots[i];
    if (day <= d1) {
      const [d0, v0] = knots[i - 1];
      return v0 + ((v1 - v0) * (day - d0)) / (d1 - d0);
    }
  }
  return knots[knots.length - 1][1];
}

// Looked up millions of times: tabulated once for the years the curve changes in.
const TABLE_FROM = knots[0][0];
const TABLE = Float64Array.from({ length: knots[knots.length - 1][0] - TABLE_FROM + 1 }, (_, i) => interpolate(TABLE_FROM + i));

/** 0 = the practice Ofsted judged inadequate, 1 = consistently good. Monotone in time. */
export function progressAt(day: Day): number {
  const i = day - TABLE_FROM;
  if (i <= 0) return TABLE[0];
  return i < TABLE.length ? TABLE[i] : TABLE[TABLE.length - 1];
}

/**
 * [poor, good] probability pairs: the chance that one piece of work is done in time. An optional
 * third number is the progress the measure waits for before it improves at all (updated
 * assessments of children in care only improved after the August 2018 visit).
 */
export const COMPLIANCE = {
  assessmentWithin45wd: [0.5, 0.95],
  assessmentChildSeen: [0.84, 0.97],
  icpcWithin15wd: [0.45, 0.88],
  cinVisitOnTime: [0.5, 0.9],
  cpVisitOnTime: [0.6, 0.94],
  cpSeenAlone: [0.62, 0.88],
  cpReviewOnTime: [0.45, 0.96],
  claVisitOnTime: [0.55, 0.93],
  claReviewOnTime: [0.45, 0.95],
  claAssessmentRenewedOnTime: [0.08, 0.85, 0.4],
  initialHealthOnTime: [0.3, 0.85],
  reviewHealthOnTime: [0.35, 0.9],
  dentalOnTime: [0.55, 0.85],
  permanenceBySecondReview: [0.35, 0.9],
  returnInterviewOffered: [0.45, 0.9],
  returnInterviewAccepted: [0.45, 0.6],
  allocatedPromptly: [0.9, 0.985],
  reallocatedWithoutGap: [0.6, 0.92],
  pathwayReviewOnTime: [0.6, 0.95],
  personalAdviserPromptly: [0.8, 0.98],
  careLeaverInTouch: [0.82, 0.93],
  careLeaverSuitable: [0.82, 0.93],
  careLeaverEet: [0.45, 0.58],
} as const satisfies Record<string, readonly [number, number] | readonly [number, number, number]>;

export type Measure = keyof typeof COMPLIANCE;

export function chanceOf(measure: Measure, day: Day): number {
  const [poor, good, waitsFor = 0] = COMPLIANCE[measure] as readonly number[];
  const progress = Math.max(0, (progressAt(day) - waitsFor) / (1 - waitsFor));
  return poor + (good - poor) * progress;
}

/** Any [poor, good] pair read at a date (for durations and rates that improve). */
export function along(poor: number, good: number, day: Day): number {
  return poor + (good - poor) * progressAt(day);
}

/**
 * Catch-up drives after the August 2018 visit: work overdue in these windows was mostly done
 * within them (the letter credits "bespoke training ... and additional management capacity" for the
 * assessments, and a monthly permanence "summit meeting" for permanence planning).
 */
export const CATCH_UP = {
  claAssessments: { from: dayOf('2018-09-03'), to: dayOf('2018-11-23'), share: 0.75 },
  permanencePlans: { from: dayOf('2018-09-17'), to: dayOf('2018-12-07'), share: 0.75 },
} as const;

/**
 * Volumes at scale 1: one inner-London council about the size of Tower Hamlets. These are
 * illustrative orders of magnitude chosen for a realistic demo, NOT official figures: about 1,800
 * contacts a month (about 10,000 in six months), 3,500 referrals a year, 1,000 children on child in
 * need plans, 250 on child protection plans, 320 in care and 250 care leavers aged 17-21.
 * Scale X multiplies every flow (and so every stock); compliance does not depend on scale.
 */
export const VOLUMES = {
  contactsPerMonth: 1800,
  /** Share of contacts about a child not seen before (the rest: children contacted recently). */
  newChildShare: 0.7,
  referralFromNewChild: 0.2,
  earlyHelpFromContact: 0.09,
  /** Chance a referral is followed within 12 months by another for the same child. */
  reReferral: [0.4, 0.3] as const,
  referralNfa: 0.08,
  s47FromReferral: 0.26,
  icpcHeld: 0.45,
  icpcToPlan: 0.86,
  cinPlanAfterAssessment: 0.45,
  emergencyCareFromReferral: 0.017,
  cpPlanEndsInCare: 0.18,
  uascPerYear: 24,
  /** Entries to care per year before the simulation starts (to build the stock in care). */
  legacyCareEntriesPerYear: 135,
} as const;

/** How late, on average, an updated assessment of a child in care is when it is not on time. */
export const LATE_CARE_ASSESSMENT_MEAN_DAYS = 1000;

/** Average caseload the council staffs for: high before the judgment, manageable by 2019. */
export function targetCaseload(day: Day): number {
  return along(22, 15, day);
}
