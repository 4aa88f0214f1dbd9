// Statutory Directions (capability 1): draft → representations → issued → revoked, with the date of
// each step, and their numbered clauses. Under s497A(4B) the Secretary of State sends a draft, the
// council may make representations by a deadline (the minister's letter of 7 April 2017: "by 21 April
// 2017"), the Direction is issued, and it "will remain in force until it is revoked" (clause 6).
import { formatDate } from './format.ts';
import { LIMITS } from './limits.ts';
import {
  notBefore, optionalDate, optionalId, optionalText, requiredChoice, requiredDate, requiredId, requiredText,
  requiredWhole, unless, validateRecord, type FieldError, type Parsed, type Validated,
} from './fields.ts';

export const DIRECTION_STATUSES = ['draft', 'representations', 'issued', 'revoked'] as const;
export type DirectionStatus = (typeof DIRECTION_STATUSES)[number];

export const DIRECTION_STATUS_LABELS: Record<DirectionStatus, string> = {
  draft: 'Draft',
  representations: 'Representations',
  issued: 'Issued',
  revoked: 'Revoked',
};

const directionShape = {
  inspectionId: optionalId('inspection'),
  title: requiredText('title', LIMITS.line),
  legalBasis: requiredText('legal basis', LIMITS.line),
  status: requiredChoice('status', DIRECTION_STATUSES),
  draftOn: requiredDate('draft date'),
  representationsDeadline: optionalDate('representations deadline'),
  representationsOn: optionalDate('date representations were made'),
  issuedOn: optionalDate('date of issue'),
  revokedOn: optionalDate('date of revocation'),
  note: optionalText('note', LIMITS.paragraph),
};
export type DirectionInput = Parsed<typeof directionShape>;

export function validateDirection(input: unknown): Validated<DirectionInput> {
  return validateRecord(directionShape, input, (v) => {
    const at = v.status ? DIRECTION_STATUSES.indexOf(v.status) : -1;
    return [
      unless(notBefore(v.representationsDeadline, v.draftOn), 'representationsDeadline',
        'Representations deadline must be the same as or after the draft date'),
      unless(notBefore(v.representationsOn, v.draftOn), 'representationsOn',
        'Date representations were made must be the same as or after the draft date'),
      unless(notBefore(v.issuedOn, v.draftOn), 'issuedOn', 'Date of issue must be the same as or after the draft date'),
      unless(notBefore(v.issuedOn, v.representationsOn), 'issuedOn',
        'Date of issue must be the same as or after the date representations were made'),
      unless(notBefore(v.revokedOn, v.issuedOn), 'revokedOn', 'Date of revocation must be the same as or after the date of issue'),
      // The status and the dates must tell the same story.
      unless(at < 2 || !!v.issuedOn, 'issuedOn', 'Enter the date of issue'),
      unless(at !== 3 || !!v.revokedOn, 'revokedOn', 'Enter the date of revocation'),
      unless(at < 0 || at >= 2 || !v.issuedOn, 'issuedOn', 'A Direction that is not yet issued has no date of issue: remove it or change the status'),
      unless(at < 0 || at >= 3 || !v.revokedOn, 'revokedOn', 'Only a revoked Direction has a date of revocation: remove it or change the status'),
      unless(at !== 0 || !v.representationsOn, 'representationsOn', 'A draft has no representations yet: remove the date or change the status'),
    ];
  });
}

/** A Direction's status only moves forward: draft → representations → issued → revoked (steps may be skipped). */
export function directionStatusChangeErrors(from: DirectionStatus, to: DirectionStatus): FieldError[] {
  if (DIRECTION_STATUSES.indexOf(to) >= DIRECTION_STATUSES.indexOf(from)) return [];
  return [{ field: 'status', message: `The status cannot go back from ${DIRECTION_STATUS_LABELS[from].toLowerCase()} to ${DIRECTION_STATUS_LABELS[to].toLowerCase()}` }];
}

/** The date the Direction's periods run from: its issue, else its draft. */
export function directionDate(d: { draftOn: string; issuedOn: string | null }): string {
  return d.issuedOn ?? d.draftOn;
}

/** A record under a Direction (a review, an instruction) cannot be dated before the Direction. */
export function notBeforeDirection(
  direction: { draftOn: string; issuedOn: string | null },
  field: string,
  date: string | null | undefined,
  what: string,
): FieldError | null {
  const from = directionDate(direction);
  return date && date < from ? { field, message: `${what} cannot be before the Direction of ${formatDate(from)}` } : null;
}

const clauseShape = {
  directionId: requiredId('Direction'),
  ref: requiredText('clause reference', 12),
  text: requiredText('clause text', LIMITS.paragraph),
  position: requiredWhole('position', 1, 999),
};
export type ClauseInput = Parsed<typeof clauseShape>;

/** Clause references as the Direction numbers them: '5', '5a', '5b(ii)', '6'. */
export const CLAUSE_REF = /^\d{1,2}[a-z]?(\([ivx]{1,5}\))?$/;

export function validateClause(input: unknown): Validated<ClauseInput> {
  return validateRecord(clauseShape, input, (v) => [
    unless(!v.ref || CLAUSE_REF.test(v.ref), 'ref', 'Clause reference must be like 5a, 5b(ii) or 6'),
  ]);
}
