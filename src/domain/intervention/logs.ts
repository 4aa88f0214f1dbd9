// The logs that show a Direction being complied with (capability 1):
// 5a instructions of the Secretary of State or the Adviser; 5b access to premises, documents and
// staff; 5c amenities, services and support; diagnostic reviews the Adviser commissions (terms of
// reference: "a diagnostic review or assessment of performance in a specific service area ... by a
// local authority or other party agreed with the Department"); and cases referred to the Adviser for
// examination (the press report: a councillor "will be requesting that the Intervention Advisers
// examine these cases") — recorded by a pseudonymous reference only, never child details.
import { CASE_REFERENCE, LIMITS } from './limits.ts';
import {
  notBefore, optionalDate, optionalText, requiredChoice, requiredDate, requiredId, requiredText, unless,
  validateRecord, type Parsed, type Validated,
} from './fields.ts';

export const INSTRUCTION_SOURCES = ['secretary_of_state', 'adviser'] as const;
export const INSTRUCTION_SOURCE_LABELS = { secretary_of_state: 'Secretary of State', adviser: 'Intervention Adviser' } as const;
export const INSTRUCTION_STATUSES = ['open', 'responded', 'complied', 'withdrawn'] as const;
export const INSTRUCTION_STATUS_LABELS = { open: 'Open', responded: 'Responded', complied: 'Complied', withdrawn: 'Withdrawn' } as const;

const instructionShape = {
  directionId: requiredId('Direction'),
  givenOn: requiredDate('date of the instruction'),
  givenBy: requiredChoice('source of the instruction', INSTRUCTION_SOURCES),
  instruction: requiredText('instruction', LIMITS.paragraph),
  councilResponse: optionalText('council response', LIMITS.paragraph),
  responseOn: optionalDate('date of the response'),
  status: requiredChoice('status', INSTRUCTION_STATUSES),
};
export type InstructionInput = Parsed<typeof instructionShape>;

export function validateInstruction(input: unknown): Validated<InstructionInput> {
  return validateRecord(instructionShape, input, (v) => [
    unless(notBefore(v.responseOn, v.givenOn), 'responseOn', 'Date of the response must be the same as or after the date of the instruction'),
    unless(!v.councilResponse || !!v.responseOn, 'responseOn', 'Enter the date of the response'),
    unless(v.status === 'open' || v.status === 'withdrawn' || !!v.councilResponse, 'councilResponse',
      'Enter the council response before marking the instruction responded or complied'),
  ]);
}

export const ACCESS_KINDS = ['premises', 'document', 'staff'] as const;
export const ACCESS_KIND_LABELS = { premises: 'Premises (5b i)', document: 'Document (5b ii)', staff: 'Employee or member (5b iii)' } as const;

const accessShape = {
  directionId: requiredId('Direction'),
  requestedOn: requiredDate('date of the request'),
  requestedBy: requiredText('name of who asked', LIMITS.short),
  accessTo: requiredChoice('kind of access', ACCESS_KINDS),
  what: requiredText('description of what was asked for', LIMITS.paragraph),
  howMet: optionalText('description of how it was met', LIMITS.paragraph),
  metOn: optionalDate('date it was met'),
};
export type AccessRequestInput = Parsed<typeof accessShape>;

export function validateAccessRequest(input: unknown): Validated<AccessRequestInput> {
  return validateRecord(accessShape, input, (v) => [
    unless(notBefore(v.metOn, v.requestedOn), 'metOn', 'Date it was met must be the same as or after the date of the request'),
  ]);
}

export const SUPPORT_KINDS = ['officer_time', 'office_space', 'meeting_rooms', 'computer_facilities', 'administrative_support', 'other'] as const;
export const SUPPORT_KIND_LABELS = {
  officer_time: "Officers' time or support (5c i)",
  office_space: 'Office space (5c ii)',
  meeting_rooms: 'Meeting rooms (5c ii)',
  computer_facilities: 'Computer facilities (5c ii)',
  administrative_support: 'Administrative support (5c)',
  other: 'Other amenities or services (5c)',
} as const;

const supportShape = {
  directionId: requiredId('Direction'),
  requestedOn: requiredDate('date of the request'),
  requestedBy: requiredText('name of who asked', LIMITS.short),
  supportType: requiredChoice('kind of support', SUPPORT_KINDS),
  what: requiredText('description of what was asked for', LIMITS.paragraph),
  howMet: optionalText('description of how it was met', LIMITS.paragraph),
  metOn: optionalDate('date it was met'),
};
export type SupportRequestInput = Parsed<typeof supportShape>;

export function validateSupportRequest(input: unknown): Validated<SupportRequestInput> {
  return validateRecord(supportShape, input, (v) => [
    unless(notBefore(v.metOn, v.requestedOn), 'metOn', 'Date it was met must be the same as or after the date of the request'),
  ]);
}

const diagnosticShape = {
  directionId: requiredId('Direction'),
  commissionedOn: requiredDate('date commissioned'),
  serviceArea: requiredText('service area', LIMITS.line),
  undertakenBy: requiredText('name of who undertakes the review', LIMITS.short),
  dueOn: optionalDate('due date'),
  reportedOn: optionalDate('date reported'),
  findings: optionalText('findings', LIMITS.document),
};
export type DiagnosticReviewInput = Parsed<typeof diagnosticShape>;

export function validateDiagnosticReview(input: unknown): Validated<DiagnosticReviewInput> {
  return validateRecord(diagnosticShape, input, (v) => [
    unless(notBefore(v.dueOn, v.commissionedOn), 'dueOn', 'Due date must be the same as or after the date commissioned'),
    unless(notBefore(v.reportedOn, v.commissionedOn), 'reportedOn', 'Date reported must be the same as or after the date commissioned'),
  ]);
}

const referralShape = {
  directionId: requiredId('Direction'),
  reference: requiredText('case reference', 30),
  referredBy: requiredText('name of who referred the case', LIMITS.short),
  referredOn: requiredDate('date of referral'),
  outcome: optionalText('outcome', LIMITS.paragraph),
  outcomeOn: optionalDate('date of the outcome'),
};
export type CaseReferralInput = Parsed<typeof referralShape>;

export function validateCaseReferral(input: unknown): Validated<CaseReferralInput> {
  return validateRecord(referralShape, input, (v) => [
    unless(!v.reference || CASE_REFERENCE.test(v.reference), 'reference',
      'Case reference must be a pseudonymous reference of letters, numbers, - and / with no spaces (never a child\'s name)'),
    unless(notBefore(v.outcomeOn, v.referredOn), 'outcomeOn', 'Date of the outcome must be the same as or after the date of referral'),
    unless(!v.outcome || !!v.outcomeOn, 'outcomeOn', 'Enter the date of the outcome'),
  ]);
}
