// The Intervention Adviser: terms of reference (Annex A to the Direction) and appointments. The press
// report of the issued Direction names no person: "Staff from Lincolnshire County Council and
// Islington Council are to be appointed by the DfE as Intervention Advisers" — so an appointee may be
// a person or an organisation, and several may hold the role at once.
import { LIMITS } from './limits.ts';
import {
  choices, notBefore, optionalDate, optionalText, requiredId, requiredText, unless, validateRecord, type Parsed, type Validated,
} from './fields.ts';

/**
 * The review areas the Adviser's terms of reference name: "These reviews may cover but are not
 * exclusive to practice; performance; culture; leadership, management and governance; workforce and
 * management oversight; early help; and the LSCB."
 */
export const REVIEW_AREAS = [
  'practice',
  'performance',
  'culture',
  'leadership_management_governance',
  'workforce_management_oversight',
  'early_help',
  'safeguarding_board',
] as const;
export type ReviewArea = (typeof REVIEW_AREAS)[number];

export const REVIEW_AREA_LABELS: Record<ReviewArea, string> = {
  practice: 'Practice',
  performance: 'Performance',
  culture: 'Culture',
  leadership_management_governance: 'Leadership, management and governance',
  workforce_management_oversight: 'Workforce and management oversight',
  early_help: 'Early help',
  safeguarding_board: 'The safeguarding board (LSCB)',
};

const termsShape = {
  directionId: requiredId('Direction'),
  text: requiredText('terms of reference', LIMITS.document, 'Enter the text of the terms of reference'),
  reviewAreas: choices('review areas', REVIEW_AREAS),
  note: optionalText('note', LIMITS.paragraph),
};
export type AdviserTermsInput = Parsed<typeof termsShape>;

export function validateAdviserTerms(input: unknown): Validated<AdviserTermsInput> {
  return validateRecord(termsShape, input);
}

const appointmentShape = {
  directionId: requiredId('Direction'),
  appointee: requiredText('name of the person or organisation', LIMITS.short),
  organisation: optionalText('organisation', LIMITS.short),
  appointedOn: optionalDate('date of appointment'),
  endedOn: optionalDate('date the appointment ended'),
  note: optionalText('note', LIMITS.paragraph),
};
export type AppointmentInput = Parsed<typeof appointmentShape>;

export function validateAppointment(input: unknown): Validated<AppointmentInput> {
  return validateRecord(appointmentShape, input, (v) => [
    unless(notBefore(v.endedOn, v.appointedOn), 'endedOn',
      'Date the appointment ended must be the same as or after the date of appointment'),
  ]);
}
