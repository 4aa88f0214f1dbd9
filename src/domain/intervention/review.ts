// The Intervention Adviser's six-monthly reviews (capability 7): "as to whether the Council has made
// sufficient progress in improving its children's social care services" (Direction 5f), assessed by
// area (the terms of reference's list) and ending in a verdict: yes, partly or no.
import { REVIEW_AREAS } from './adviser.ts';
import { notBeforeDirection } from './direction.ts';
import { LIMITS } from './limits.ts';
import {
  notBefore, optionalChoice, optionalDate, optionalText, requiredChoice, requiredId, requiredText, requiredWhole, unless,
  validateRecord, type FieldError, type Parsed, type Validated,
} from './fields.ts';

export const VERDICTS = ['yes', 'partly', 'no'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

const reviewShape = {
  directionId: requiredId('Direction'),
  number: requiredWhole('review number', 1, 99),
  periodStart: optionalDate('start of the period reviewed'),
  periodEnd: optionalDate('end of the period reviewed'),
  submittedOn: optionalDate('date submitted'),
  overall: optionalChoice('verdict', VERDICTS),
  summary: optionalText('summary', LIMITS.document),
};
export type AdviserReviewInput = Parsed<typeof reviewShape>;

export function validateAdviserReview(input: unknown): Validated<AdviserReviewInput> {
  return validateRecord(reviewShape, input, (v) => [
    unless(notBefore(v.periodEnd, v.periodStart), 'periodEnd', 'End of the period reviewed must be the same as or after its start'),
    unless(notBefore(v.submittedOn, v.periodStart), 'submittedOn', 'Date submitted must be the same as or after the start of the period reviewed'),
    unless(!v.submittedOn || !!v.overall, 'overall', 'Select whether the council has made sufficient progress'),
  ]);
}

/** A review cannot cover or be submitted before the Direction it is made under. */
export function reviewContextErrors(
  review: { periodStart: string | null; submittedOn: string | null },
  direction: { draftOn: string; issuedOn: string | null } | null,
): FieldError[] {
  if (!direction) return [{ field: 'directionId', message: 'Select a Direction of this council' }];
  return [
    notBeforeDirection(direction, 'periodStart', review.periodStart, 'The period reviewed'),
    notBeforeDirection(direction, 'submittedOn', review.submittedOn, 'The review'),
  ].filter((e): e is FieldError => e !== null);
}

const assessmentShape = {
  reviewId: requiredId('review'),
  area: requiredChoice('area', REVIEW_AREAS),
  assessment: requiredText('assessment', LIMITS.document),
  verdict: optionalChoice('verdict', VERDICTS),
  evidence: optionalText('evidence', LIMITS.paragraph),
};
export type ReviewAssessmentInput = Parsed<typeof assessmentShape>;

export function validateReviewAssessment(input: unknown): Validated<ReviewAssessmentInput> {
  return validateRecord(assessmentShape, input);
}
