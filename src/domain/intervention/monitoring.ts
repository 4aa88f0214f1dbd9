// Ofsted monitoring visits and their findings (capability 7). The letter of 17 January 2019 is the
// model: visit dates, inspectors, the focus, the letter, and findings that are either strengths or
// areas for improvement.
import { formatDate } from './format.ts';
import { LIMITS } from './limits.ts';
import {
  notBefore, optionalDate, optionalText, requiredChoice, requiredDate, requiredId, requiredText, requiredWhole, unless,
  validateRecord, type FieldError, type Parsed, type Validated,
} from './fields.ts';

const visitShape = {
  inspectionId: requiredId('inspection the visit monitors'),
  number: requiredWhole('visit number', 1, 99),
  visitStart: requiredDate('first day of the visit'),
  visitEnd: requiredDate('last day of the visit'),
  inspectors: requiredText('inspectors', LIMITS.line, 'Enter the names of the inspectors'),
  focus: requiredText('focus of the visit', LIMITS.paragraph),
  letterDate: optionalDate('date of the letter'),
  letterText: optionalText('letter', LIMITS.letter),
};
export type MonitoringVisitInput = Parsed<typeof visitShape>;

export function validateMonitoringVisit(input: unknown): Validated<MonitoringVisitInput> {
  return validateRecord(visitShape, input, (v) => [
    unless(notBefore(v.visitEnd, v.visitStart), 'visitEnd', 'Last day of the visit must be the same as or after the first day'),
    unless(notBefore(v.letterDate, v.visitEnd ?? v.visitStart), 'letterDate',
      'Date of the letter must be the same as or after the last day of the visit'),
    unless(!v.letterText || !!v.letterDate, 'letterDate', 'Enter the date of the letter'),
  ]);
}

/** A monitoring visit follows the judgment it monitors. */
export function visitContextErrors(visit: { visitStart: string }, inspection: { publishedOn: string | null } | null): FieldError[] {
  if (!inspection) return [{ field: 'inspectionId', message: 'Select an inspection of this council' }];
  if (inspection.publishedOn && visit.visitStart < inspection.publishedOn) {
    return [{ field: 'visitStart', message: `First day of the visit must be after the inspection was published on ${formatDate(inspection.publishedOn)}` }];
  }
  return [];
}

export const FINDING_KINDS = ['strength', 'area_for_improvement'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const FINDING_KIND_LABELS: Record<FindingKind, string> = { strength: 'Strength', area_for_improvement: 'Area for improvement' };

const findingShape = {
  visitId: requiredId('monitoring visit'),
  kind: requiredChoice('kind of finding', FINDING_KINDS),
  text: requiredText('finding', LIMITS.paragraph, 'Enter the text of the finding'),
  position: requiredWhole('position', 1, 9999),
};
export type FindingInput = Parsed<typeof findingShape>;

export function validateFinding(input: unknown): Validated<FindingInput> {
  return validateRecord(findingShape, input);
}
