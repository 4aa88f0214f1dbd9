// Inspections and their numbered recommendations (capability 1).
import { formatDate } from './format.ts';
import { JUDGMENTS } from './judgments.ts';
import { LIMITS } from './limits.ts';
import {
  checkbox, notBefore, optionalChoice, optionalDate, optionalId, optionalText, optionalWhole, requiredId, requiredText,
  requiredWhole, unless, validateRecord, type FieldError, type Parsed, type Validated,
} from './fields.ts';

const judgment = (label: string) => optionalChoice(label, JUDGMENTS);

const inspectionShape = {
  framework: optionalText('framework', 40),
  year: optionalWhole('year of the inspection', 1990, 2100),
  fieldworkStart: optionalDate('fieldwork start date'),
  fieldworkEnd: optionalDate('fieldwork end date'),
  publishedOn: optionalDate('published date'),
  overall: judgment('overall judgment'),
  helpAndProtection: judgment('judgment for children who need help and protection'),
  childrenInCare: judgment('judgment for children looked after and achieving permanence'),
  careLeavers: judgment('judgment for care leavers'),
  leadershipManagementGovernance: judgment('judgment for leadership, management and governance'),
  lscbReview: judgment('judgment of the safeguarding board review'),
  previousInspectionId: optionalId('previous inspection'),
  note: optionalText('note', LIMITS.paragraph),
};
export type InspectionInput = Parsed<typeof inspectionShape> & { year: number };

/**
 * An inspection needs a year (given, or taken from the fieldwork start); fieldwork cannot end before
 * it starts, and a report cannot be published before the fieldwork ends.
 */
export function validateInspection(input: unknown): Validated<InspectionInput> {
  const r = validateRecord(inspectionShape, input, (v) => [
    unless(notBefore(v.fieldworkEnd, v.fieldworkStart), 'fieldworkEnd',
      'Fieldwork end date must be the same as or after the fieldwork start date'),
    unless(!v.fieldworkEnd || !!v.fieldworkStart, 'fieldworkStart', 'Enter the fieldwork start date'),
    unless(notBefore(v.publishedOn, v.fieldworkEnd ?? v.fieldworkStart), 'publishedOn',
      'Published date must be the same as or after the fieldwork end date'),
    unless(v.year != null || !!(v.fieldworkStart ?? v.fieldworkEnd ?? v.publishedOn), 'year', 'Enter the year of the inspection'),
    unless(!v.year || !v.fieldworkStart || Number(v.fieldworkStart.slice(0, 4)) === v.year, 'year',
      'Year of the inspection must be the year the fieldwork started'),
  ]);
  if (!r.ok) return r;
  const year = r.value.year ?? Number((r.value.fieldworkStart ?? r.value.fieldworkEnd ?? r.value.publishedOn)!.slice(0, 4));
  return { ok: true, value: { ...r.value, year } };
}

/** The previous inspection (for comparison) must be the same council's and earlier. */
export function previousInspectionErrors(
  current: { year: number; id?: number },
  previous: { id: number; year: number } | null,
  previousInspectionId: number | null,
): FieldError[] {
  if (previousInspectionId == null) return [];
  if (!previous) return [{ field: 'previousInspectionId', message: 'Select a previous inspection of this council' }];
  if (previous.id === current.id) return [{ field: 'previousInspectionId', message: 'An inspection cannot be its own previous inspection' }];
  if (previous.year > current.year) return [{ field: 'previousInspectionId', message: 'The previous inspection must be earlier than this one' }];
  return [];
}

const recommendationShape = {
  inspectionId: requiredId('inspection'),
  number: requiredWhole('recommendation number', 1, 999),
  text: requiredText('recommendation', LIMITS.paragraph, 'Enter the text of the recommendation'),
  illustrative: checkbox(),
  note: optionalText('note', LIMITS.line),
};
export type RecommendationInput = Parsed<typeof recommendationShape>;

export function validateRecommendation(input: unknown): Validated<RecommendationInput> {
  return validateRecord(recommendationShape, input);
}

export function describeInspection(i: { year: number; publishedOn: string | null }): string {
  return i.publishedOn ? `inspection published ${formatDate(i.publishedOn)}` : `${i.year} inspection`;
}
