// Ofsted's four-point scale for children's services inspections (SIF 2013-2018 and ILACS since 2018).
// Under the SIF the third grade read "requires improvement to be good"; both are stored as one value.
// A judgment the sources do not give is stored as null and shown as "Not recorded" — never guessed.

export const JUDGMENTS = ['outstanding', 'good', 'requires_improvement', 'inadequate'] as const;
export type Judgment = (typeof JUDGMENTS)[number];

export const JUDGMENT_LABELS: Record<Judgment, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  requires_improvement: 'Requires improvement to be good',
  inadequate: 'Inadequate',
};

export const NOT_RECORDED = 'Not recorded';

export function judgmentLabel(j: Judgment | null | undefined): string {
  return j ? JUDGMENT_LABELS[j] : NOT_RECORDED;
}

/** True when `actual` is `wanted` or better (outstanding is best). */
export function meetsJudgment(actual: Judgment | null | undefined, wanted: Judgment): boolean {
  return actual != null && JUDGMENTS.indexOf(actual) <= JUDGMENTS.indexOf(wanted);
}

/** The sub-judgments of the 2017 single inspection framework, in the report's order. */
export const SUB_JUDGMENTS = [
  'helpAndProtection',
  'childrenInCare',
  'careLeavers',
  'leadershipManagementGovernance',
  'lscbReview',
] as const;
export type SubJudgment = (typeof SUB_JUDGMENTS)[number];

export const SUB_JUDGMENT_LABELS: Record<SubJudgment, string> = {
  helpAndProtection: 'Children who need help and protection',
  childrenInCare: 'Children looked after and achieving permanence',
  careLeavers: 'Experiences and progress of care leavers',
  leadershipManagementGovernance: 'Leadership, management and governance',
  lscbReview: 'Review of the effectiveness of the local safeguarding children board',
};
