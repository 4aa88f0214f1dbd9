import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays } from '../calendar/dates.ts';
import { validateAdviserTerms, validateAppointment } from './adviser.ts';
import { validateBoardSchedule, validateCouncilTarget, validateFulfilment } from './calendar-records.ts';
import { directionStatusChangeErrors, validateClause, validateDirection } from './direction.ts';
import { previousInspectionErrors, validateInspection, validateRecommendation } from './inspection.ts';
import { LIMITS } from './limits.ts';
import { validateAccessRequest, validateCaseReferral, validateDiagnosticReview, validateInstruction, validateSupportRequest } from './logs.ts';
import { validateFinding, validateMonitoringVisit, visitContextErrors } from './monitoring.ts';
import { reviewContextErrors, validateAdviserReview, validateReviewAssessment } from './review.ts';
import type { FieldError, Validated } from './fields.ts';

function errorsOf(r: Validated<unknown>): FieldError[] {
  assert.equal(r.ok, false, 'expected validation errors');
  return (r as { errors: FieldError[] }).errors;
}
const valueOf = <T>(r: Validated<T>): T => {
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return (r as { value: T }).value;
};

const inspection2017 = {
  framework: 'SIF', fieldworkStart: '2017-01-24', fieldworkEnd: '2017-02-16', publishedOn: '2017-04-07',
  overall: 'inadequate', helpAndProtection: 'inadequate', leadershipManagementGovernance: 'inadequate',
};

test('an inspection from form fields: blanks are "not recorded", the year comes from the fieldwork', () => {
  const v = valueOf(validateInspection({ ...inspection2017, childrenInCare: '', careLeavers: undefined, note: '  ' }));
  assert.equal(v.year, 2017);
  assert.equal(v.childrenInCare, null);
  assert.equal(v.careLeavers, null);
  assert.equal(v.note, null);
  assert.equal(v.overall, 'inadequate');
});

test('an inspection known only by its year is allowed (the 2012 inspection)', () => {
  const v = valueOf(validateInspection({ year: '2012', note: 'judgment not in the seeds' }));
  assert.equal(v.year, 2012);
  assert.equal(v.overall, null);
  assert.deepEqual(errorsOf(validateInspection({})), [{ field: 'year', message: 'Enter the year of the inspection' }]);
});

test('impossible inspection dates are refused against the right field', () => {
  assert.deepEqual(errorsOf(validateInspection({ ...inspection2017, fieldworkEnd: '2017-01-20', publishedOn: '2017-01-22' })), [
    { field: 'fieldworkEnd', message: 'Fieldwork end date must be the same as or after the fieldwork start date' },
  ]);
  assert.deepEqual(errorsOf(validateInspection({ ...inspection2017, publishedOn: '2017-02-15' })), [
    { field: 'publishedOn', message: 'Published date must be the same as or after the fieldwork end date' },
  ]);
  assert.deepEqual(errorsOf(validateInspection({ ...inspection2017, fieldworkStart: '', publishedOn: '' })), [
    { field: 'fieldworkStart', message: 'Enter the fieldwork start date' },
  ]);
  assert.deepEqual(errorsOf(validateInspection({ ...inspection2017, year: 2016 })), [
    { field: 'year', message: 'Year of the inspection must be the year the fieldwork started' },
  ]);
});

test('every field error at once: bad date, unknown judgment, too long', () => {
  const errors = errorsOf(validateInspection({ ...inspection2017, fieldworkStart: '2017-02-30', overall: 'satisfactory', note: 'x'.repeat(LIMITS.paragraph + 1) }));
  assert.deepEqual(errors, [
    { field: 'fieldworkStart', message: 'Fieldwork start date must be a real date' },
    { field: 'overall', message: 'Select the overall judgment from the list' },
    { field: 'note', message: 'Note must be 5,000 characters or fewer' },
  ]);
});

test('the previous inspection must exist, be another one and be earlier', () => {
  assert.deepEqual(previousInspectionErrors({ year: 2017, id: 2 }, { id: 1, year: 2012 }, 1), []);
  assert.equal(previousInspectionErrors({ year: 2017 }, null, 9)[0].message, 'Select a previous inspection of this council');
  assert.equal(previousInspectionErrors({ year: 2017, id: 2 }, { id: 2, year: 2017 }, 2)[0].message, 'An inspection cannot be its own previous inspection');
  assert.equal(previousInspectionErrors({ year: 2012, id: 1 }, { id: 2, year: 2017 }, 2)[0].message, 'The previous inspection must be earlier than this one');
  assert.deepEqual(previousInspectionErrors({ year: 2017 }, null, null), []);
});

test('recommendations: number, text, the illustrative flag from a checkbox', () => {
  const v = valueOf(validateRecommendation({ inspectionId: '3', number: '2', text: ' Improve the front door ', illustrative: 'on' }));
  assert.deepEqual(v, { inspectionId: 3, number: 2, text: 'Improve the front door', illustrative: true, note: null });
  assert.deepEqual(errorsOf(validateRecommendation({ inspectionId: 3, number: '0', text: '' })), [
    { field: 'number', message: 'Recommendation number must be 1 or more' },
    { field: 'text', message: 'Enter the text of the recommendation' },
  ]);
  assert.deepEqual(errorsOf(validateRecommendation({ number: '1.5', text: 'x' })), [
    { field: 'inspectionId', message: 'Select the inspection' },
    { field: 'number', message: 'Recommendation number must be a whole number' },
  ]);
});

const draft = {
  title: 'Statutory Direction', legalBasis: 'Section 497A(4B) of the Education Act 1996', status: 'draft',
  draftOn: '2017-04-07', representationsDeadline: '2017-04-21',
};

test('a Direction: representations deadline before the draft date is refused', () => {
  valueOf(validateDirection(draft));
  assert.deepEqual(errorsOf(validateDirection({ ...draft, representationsDeadline: '2017-04-06' })), [
    { field: 'representationsDeadline', message: 'Representations deadline must be the same as or after the draft date' },
  ]);
});

test('a Direction: the status and the step dates tell the same story', () => {
  assert.deepEqual(errorsOf(validateDirection({ ...draft, status: 'issued' })), [{ field: 'issuedOn', message: 'Enter the date of issue' }]);
  assert.deepEqual(errorsOf(validateDirection({ ...draft, issuedOn: '2017-09-15' })), [
    { field: 'issuedOn', message: 'A Direction that is not yet issued has no date of issue: remove it or change the status' },
  ]);
  assert.deepEqual(errorsOf(validateDirection({ ...draft, status: 'revoked', issuedOn: '2017-09-15' })), [
    { field: 'revokedOn', message: 'Enter the date of revocation' },
  ]);
  assert.deepEqual(errorsOf(validateDirection({ ...draft, status: 'issued', issuedOn: '2017-04-01' })), [
    { field: 'issuedOn', message: 'Date of issue must be the same as or after the draft date' },
  ]);
  assert.deepEqual(errorsOf(validateDirection({ ...draft, status: 'revoked', issuedOn: '2017-09-15', revokedOn: '2017-09-01' })), [
    { field: 'revokedOn', message: 'Date of revocation must be the same as or after the date of issue' },
  ]);
  assert.deepEqual(errorsOf(validateDirection({ ...draft, representationsOn: '2017-04-20' })), [
    { field: 'representationsOn', message: 'A draft has no representations yet: remove the date or change the status' },
  ]);
  valueOf(validateDirection({ ...draft, status: 'representations', representationsOn: '2017-04-20' }));
});

test('a Direction\'s status never goes backwards', () => {
  assert.deepEqual(directionStatusChangeErrors('issued', 'draft'), [{ field: 'status', message: 'The status cannot go back from issued to draft' }]);
  assert.deepEqual(directionStatusChangeErrors('revoked', 'issued'), [{ field: 'status', message: 'The status cannot go back from revoked to issued' }]);
  assert.deepEqual(directionStatusChangeErrors('draft', 'issued'), []);
  assert.deepEqual(directionStatusChangeErrors('issued', 'issued'), []);
});

test('clauses are referenced as the Direction numbers them', () => {
  valueOf(validateClause({ directionId: 1, ref: '5a', text: 'To comply', position: 1 }));
  valueOf(validateClause({ directionId: 1, ref: '5b(iii)', text: 'x', position: 2 }));
  assert.deepEqual(errorsOf(validateClause({ directionId: 1, ref: 'five', text: 'x', position: 1 })), [
    { field: 'ref', message: 'Clause reference must be like 5a, 5b(ii) or 6' },
  ]);
});

test('the Adviser: review areas from checkboxes, appointments that end after they start', () => {
  const one = valueOf(validateAdviserTerms({ directionId: 1, text: 'Terms', reviewAreas: 'practice' }));
  assert.deepEqual(one.reviewAreas, ['practice']);
  const many = valueOf(validateAdviserTerms({ directionId: 1, text: 'Terms', reviewAreas: ['practice', 'early_help', 'practice'] }));
  assert.deepEqual(many.reviewAreas, ['practice', 'early_help']);
  assert.deepEqual(errorsOf(validateAdviserTerms({ directionId: 1, text: 'Terms', reviewAreas: ['morale'] })), [
    { field: 'reviewAreas', message: 'Select review areas from the list' },
  ]);
  valueOf(validateAppointment({ directionId: 1, appointee: 'Staff from Islington Council' }));
  assert.deepEqual(errorsOf(validateAppointment({ directionId: 1, appointee: 'A', appointedOn: '2018-01-01', endedOn: '2017-12-31' })), [
    { field: 'endedOn', message: 'Date the appointment ended must be the same as or after the date of appointment' },
  ]);
});

test('logs: responses, access and support met no earlier than asked', () => {
  const instruction = { directionId: 1, givenOn: '2017-10-02', givenBy: 'adviser', instruction: 'Review thresholds', status: 'open' };
  valueOf(validateInstruction(instruction));
  assert.deepEqual(errorsOf(validateInstruction({ ...instruction, status: 'complied' })), [
    { field: 'councilResponse', message: 'Enter the council response before marking the instruction responded or complied' },
  ]);
  assert.deepEqual(errorsOf(validateInstruction({ ...instruction, councilResponse: 'Done', responseOn: '2017-10-01', givenBy: 'mayor' })), [
    { field: 'givenBy', message: 'Select the source of the instruction' },
    { field: 'responseOn', message: 'Date of the response must be the same as or after the date of the instruction' },
  ]);
  assert.deepEqual(errorsOf(validateAccessRequest({ directionId: 1, requestedOn: '2017-10-02', requestedBy: 'Adviser', accessTo: 'document', what: 'Audit reports', metOn: '2017-10-01' })), [
    { field: 'metOn', message: 'Date it was met must be the same as or after the date of the request' },
  ]);
  valueOf(validateSupportRequest({ directionId: 1, requestedOn: '2017-10-02', requestedBy: 'Adviser', supportType: 'office_space', what: 'A desk', metOn: '2017-10-02' }));
  assert.deepEqual(errorsOf(validateDiagnosticReview({ directionId: 1, commissionedOn: '2018-01-10', serviceArea: 'MASH', undertakenBy: 'Another council', dueOn: '2018-01-09', reportedOn: '2018-01-01' })), [
    { field: 'dueOn', message: 'Due date must be the same as or after the date commissioned' },
    { field: 'reportedOn', message: 'Date reported must be the same as or after the date commissioned' },
  ]);
});

test('case referrals take a pseudonymous reference, never a name', () => {
  valueOf(validateCaseReferral({ directionId: 1, reference: 'CR-2017/004', referredBy: 'Group leader', referredOn: '2017-09-20' }));
  assert.deepEqual(errorsOf(validateCaseReferral({ directionId: 1, reference: 'Jane Smith', referredBy: 'X', referredOn: '2017-09-20' })), [
    { field: 'reference', message: 'Case reference must be a pseudonymous reference of letters, numbers, - and / with no spaces (never a child\'s name)' },
  ]);
  assert.deepEqual(errorsOf(validateCaseReferral({ directionId: 1, reference: 'CR1', referredBy: 'X', referredOn: '2017-09-20', outcome: 'Examined' })), [
    { field: 'outcomeOn', message: 'Enter the date of the outcome' },
  ]);
});

const visit = { inspectionId: 1, number: 5, visitStart: '2018-12-11', visitEnd: '2018-12-12', inspectors: 'Brenda McLaughlin HMI', focus: 'Permanence', letterDate: '2019-01-17' };

test('a monitoring letter cannot be dated before the visit, nor the visit end before it starts', () => {
  valueOf(validateMonitoringVisit(visit));
  assert.deepEqual(errorsOf(validateMonitoringVisit({ ...visit, letterDate: '2018-12-11' })), [
    { field: 'letterDate', message: 'Date of the letter must be the same as or after the last day of the visit' },
  ]);
  assert.deepEqual(errorsOf(validateMonitoringVisit({ ...visit, visitEnd: '2018-12-10', letterDate: '' })), [
    { field: 'visitEnd', message: 'Last day of the visit must be the same as or after the first day' },
  ]);
  assert.deepEqual(errorsOf(validateMonitoringVisit({ ...visit, letterDate: '', letterText: 'Dear Debbie' })), [
    { field: 'letterDate', message: 'Enter the date of the letter' },
  ]);
  assert.deepEqual(visitContextErrors(visit, { publishedOn: '2017-04-07' }), []);
  assert.deepEqual(visitContextErrors({ visitStart: '2017-03-01' }, { publishedOn: '2017-04-07' }), [
    { field: 'visitStart', message: 'First day of the visit must be after the inspection was published on 7 April 2017' },
  ]);
  assert.deepEqual(errorsOf(validateFinding({ visitId: 1, kind: 'weakness', text: 'x', position: 1 })), [
    { field: 'kind', message: 'Select the kind of finding' },
  ]);
});

test('an Adviser review cannot be before the Direction, and a submitted one has a verdict', () => {
  const direction = { draftOn: '2017-04-07', issuedOn: '2017-09-15' };
  assert.deepEqual(reviewContextErrors({ periodStart: '2017-09-15', submittedOn: '2018-02-20' }, direction), []);
  assert.deepEqual(reviewContextErrors({ periodStart: '2017-06-01', submittedOn: '2017-08-01' }, direction), [
    { field: 'periodStart', message: 'The period reviewed cannot be before the Direction of 15 September 2017' },
    { field: 'submittedOn', message: 'The review cannot be before the Direction of 15 September 2017' },
  ]);
  assert.deepEqual(errorsOf(validateAdviserReview({ directionId: 1, number: 1, submittedOn: '2018-02-20' })), [
    { field: 'overall', message: 'Select whether the council has made sufficient progress' },
  ]);
  assert.deepEqual(errorsOf(validateAdviserReview({ directionId: 1, number: 1, periodStart: '2018-01-01', periodEnd: '2017-12-01' })), [
    { field: 'periodEnd', message: 'End of the period reviewed must be the same as or after its start' },
  ]);
  assert.deepEqual(errorsOf(validateReviewAssessment({ reviewId: 1, area: 'morale', assessment: 'Good' })), [
    { field: 'area', message: 'Select the area' },
  ]);
});

test('targets, fulfilments and the board schedule', () => {
  assert.deepEqual(errorsOf(validateCouncilTarget({ title: 'Good', setOn: '2017-09-16', dueOn: '2017-09-15' })), [
    { field: 'dueOn', message: 'Target date must be the same as or after the date the target was set' },
  ]);
  assert.deepEqual(errorsOf(validateFulfilment({ obligationKey: 'whatever', fulfilledOn: '2017-11-20' })), [
    { field: 'obligationKey', message: 'Select an obligation from the calendar' },
  ]);
  const b = valueOf(validateBoardSchedule({ boardName: 'CSIB', frequencyDays: '42', firstMeetingOn: '2017-04-27', firstMeetingIllustrative: 'true' }));
  assert.equal(b.frequencyDays, 42);
  assert.equal(b.firstMeetingIllustrative, true);
  assert.deepEqual(errorsOf(validateBoardSchedule({ boardName: 'CSIB', frequencyDays: '0' })), [
    { field: 'frequencyDays', message: 'Number of days between meetings must be 1 or more' },
  ]);
});

test('property: ordered fieldwork and publication dates pass; any reversal is refused on its field', () => {
  const day = fc.integer({ min: 0, max: 20 * 366 }).map((k) => addDays('2005-01-01', k));
  fc.assert(fc.property(day, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 120 }), (start, len, wait) => {
    const end = addDays(start, len);
    const published = addDays(end, wait);
    assert.ok(validateInspection({ fieldworkStart: start, fieldworkEnd: end, publishedOn: published }).ok);
    if (len > 0) {
      const e = errorsOf(validateInspection({ fieldworkStart: end, fieldworkEnd: start }));
      assert.deepEqual(e.map((x) => x.field), ['fieldworkEnd']);
    }
    const e = errorsOf(validateInspection({ fieldworkStart: start, fieldworkEnd: end, publishedOn: addDays(end, -1) }));
    assert.deepEqual(e.map((x) => x.field), ['publishedOn']);
  }));
});
