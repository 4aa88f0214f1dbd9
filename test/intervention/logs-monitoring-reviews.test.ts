// The Direction's logs (5a, 5b, 5c, diagnostic reviews, case referrals), monitoring visits with
// findings, and the Adviser's reviews with assessments, on a real database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../helpers/databases.ts';
import { addCouncils, count, ok, OFFICER, refused } from './helpers.ts';
import type { Database } from '../../src/db/database.ts';
import { createInspection } from '../../src/intervention/inspections.ts';
import { createDirection } from '../../src/intervention/directions.ts';
import {
  createAccessRequest, createCaseReferral, createDiagnosticReview, createInstruction, createSupportRequest, getCaseReferral,
  getInstruction, listAccessRequests, listCaseReferrals, listDiagnosticReviews, listInstructions, listSupportRequests,
  updateAccessRequest, updateCaseReferral, updateDiagnosticReview, updateInstruction, updateSupportRequest,
} from '../../src/intervention/direction-logs.ts';
import {
  candidateFindings, createFinding, createFindings, createMonitoringVisit, deleteFinding, getFinding, getMonitoringVisit,
  listFindings, listMonitoringVisits, updateFinding, updateMonitoringVisit,
} from '../../src/intervention/monitoring.ts';
import {
  createAdviserReview, createReviewAssessment, deleteReviewAssessment, getAdviserReview, listAdviserReviews,
  listReviewAssessments, updateAdviserReview, updateReviewAssessment,
} from '../../src/intervention/reviews.ts';
import { MONITORING_LETTER_2019_01_17 } from '../../src/demo/intervention-seed.ts';

async function setUp(db: Database) {
  await addCouncils(db, ['211', 'Tower Hamlets'], ['202', 'Camden']);
  const inspection = ok(await createInspection(db, OFFICER, '211', {
    fieldworkStart: '2017-01-24', fieldworkEnd: '2017-02-16', publishedOn: '2017-04-07', overall: 'inadequate',
  }));
  const direction = ok(await createDirection(db, OFFICER, '211', {
    title: 'Direction', legalBasis: 's497A(4B)', status: 'issued', draftOn: '2017-04-07', issuedOn: '2017-09-15',
  }));
  return { inspection, direction };
}

for (const target of testDatabases()) {
  const run = (name: string, fn: (db: Database) => Promise<void>) => test(`${name} (${target.name})`, async () => {
    const db = await target.open();
    try { await fn(db); } finally { await db.close(); }
  });

  run('instructions (5a): logged, answered, and never dated before the draft Direction', async (db) => {
    const { direction } = await setUp(db);
    const i = ok(await createInstruction(db, OFFICER, '211', {
      directionId: direction.id, givenOn: '2017-10-02', givenBy: 'adviser', instruction: 'Review the threshold document', status: 'open',
    }));
    assert.deepEqual(refused(await createInstruction(db, OFFICER, '211', {
      directionId: direction.id, givenOn: '2017-03-01', givenBy: 'secretary_of_state', instruction: 'x', status: 'open',
    })), [{ field: 'givenOn', message: 'The instruction cannot be before the Direction of 7 April 2017' }]);
    assert.deepEqual(refused(await updateInstruction(db, OFFICER, '211', i.id, { status: 'complied' })), [
      { field: 'councilResponse', message: 'Enter the council response before marking the instruction responded or complied' },
    ]);
    const done = ok(await updateInstruction(db, OFFICER, '211', i.id, { status: 'complied', councilResponse: 'Revised and agreed', responseOn: '2017-10-20' }));
    assert.deepEqual([done.status, done.responseOn], ['complied', '2017-10-20']);
    assert.equal((await listInstructions(db, '211', direction.id)).length, 1);
    assert.equal(await getInstruction(db, '202', i.id), null);
    assert.deepEqual(refused(await createInstruction(db, OFFICER, '202', {
      directionId: direction.id, givenOn: '2017-10-02', givenBy: 'adviser', instruction: 'x', status: 'open',
    })), [{ field: 'directionId', message: 'Select a Direction of this council' }]);
  });

  run('access (5b) and support (5c) requests, diagnostic reviews', async (db) => {
    const { direction } = await setUp(db);
    const a = ok(await createAccessRequest(db, OFFICER, '211', {
      directionId: direction.id, requestedOn: '2017-10-03', requestedBy: 'Intervention Adviser', accessTo: 'document', what: 'Audit reports, 2017',
    }));
    assert.deepEqual(refused(await updateAccessRequest(db, OFFICER, '211', a.id, { metOn: '2017-10-01' })), [
      { field: 'metOn', message: 'Date it was met must be the same as or after the date of the request' },
    ]);
    assert.equal(ok(await updateAccessRequest(db, OFFICER, '211', a.id, { metOn: '2017-10-04', howMet: 'Shared folder' })).howMet, 'Shared folder');
    assert.equal((await listAccessRequests(db, '211', direction.id)).length, 1);

    const s = ok(await createSupportRequest(db, OFFICER, '211', {
      directionId: direction.id, requestedOn: '2017-10-03', requestedBy: 'Intervention Adviser', supportType: 'office_space', what: 'A desk at Mulberry Place',
    }));
    assert.equal(ok(await updateSupportRequest(db, OFFICER, '211', s.id, { metOn: '2017-10-05' })).metOn, '2017-10-05');
    assert.deepEqual((await listSupportRequests(db, '211', direction.id)).map((x) => x.supportType), ['office_space']);

    const d = ok(await createDiagnosticReview(db, OFFICER, '211', {
      directionId: direction.id, commissionedOn: '2018-01-10', serviceArea: 'Front door and MASH', undertakenBy: 'A partner council', dueOn: '2018-03-31',
    }));
    assert.deepEqual(refused(await updateDiagnosticReview(db, OFFICER, '211', d.id, { reportedOn: '2018-01-01' })), [
      { field: 'reportedOn', message: 'Date reported must be the same as or after the date commissioned' },
    ]);
    assert.equal(ok(await updateDiagnosticReview(db, OFFICER, '211', d.id, { reportedOn: '2018-03-20', findings: 'Thresholds now applied consistently.' })).reportedOn, '2018-03-20');
    assert.equal((await listDiagnosticReviews(db, '202', direction.id)).length, 0);
  });

  run('case referrals: a pseudonymous reference only, once per council', async (db) => {
    const { direction } = await setUp(db);
    const c = ok(await createCaseReferral(db, OFFICER, '211', { directionId: direction.id, reference: 'CR-2017-001', referredBy: 'Councillor', referredOn: '2017-09-20' }));
    assert.deepEqual(refused(await createCaseReferral(db, OFFICER, '211', { directionId: direction.id, reference: 'CR-2017-001', referredBy: 'X', referredOn: '2017-09-21' })), [
      { field: 'reference', message: 'A case with reference CR-2017-001 has already been referred' },
    ]);
    const named = refused(await createCaseReferral(db, OFFICER, '211', { directionId: direction.id, reference: 'Jane Doe', referredBy: 'X', referredOn: '2017-09-21' }));
    assert.equal(named[0].field, 'reference');
    assert.equal(ok(await updateCaseReferral(db, OFFICER, '211', c.id, { outcome: 'Examined; practice learning shared', outcomeOn: '2017-11-01' })).outcomeOn, '2017-11-01');
    assert.equal((await listCaseReferrals(db, '211', direction.id)).length, 1);
    assert.equal(await getCaseReferral(db, '202', c.id), null);
  });

  run('monitoring visits: after the judgment, letter after the visit, numbered once', async (db) => {
    const { inspection } = await setUp(db);
    const base = { inspectionId: inspection.id, number: 5, visitStart: '2018-12-11', visitEnd: '2018-12-12', inspectors: 'Brenda McLaughlin HMI', focus: 'Permanence' };
    assert.deepEqual(refused(await createMonitoringVisit(db, OFFICER, '211', { ...base, letterDate: '2018-12-01' })), [
      { field: 'letterDate', message: 'Date of the letter must be the same as or after the last day of the visit' },
    ]);
    assert.deepEqual(refused(await createMonitoringVisit(db, OFFICER, '211', { ...base, visitStart: '2017-03-01', visitEnd: '2017-03-02' })), [
      { field: 'visitStart', message: 'First day of the visit must be after the inspection was published on 7 April 2017' },
    ]);
    const v = ok(await createMonitoringVisit(db, OFFICER, '211', { ...base, letterDate: '2019-01-17', letterText: MONITORING_LETTER_2019_01_17 }));
    assert.deepEqual(refused(await createMonitoringVisit(db, OFFICER, '211', { ...base, visitStart: '2019-03-01', visitEnd: '2019-03-01' })), [
      { field: 'number', message: 'Monitoring visit 5 of this inspection is already recorded' },
    ]);
    assert.deepEqual(refused(await createMonitoringVisit(db, OFFICER, '202', base)), [
      { field: 'inspectionId', message: 'Select an inspection of this council' },
    ]);
    assert.equal(ok(await updateMonitoringVisit(db, OFFICER, '211', v.id, { inspectors: 'Brenda McLaughlin HMI; Louise Warren HMI' })).number, 5);
    assert.equal((await listMonitoringVisits(db, '211', inspection.id)).length, 1);
    assert.equal(await getMonitoringVisit(db, '202', v.id), null);

    // Findings: candidates from the stored letter, classified, saved in order, reclassified.
    const candidates = (await candidateFindings(db, '211', v.id))!;
    assert.equal(candidates.length, 45);
    assert.equal(await candidateFindings(db, '202', v.id), null);
    const saved = ok(await createFindings(db, OFFICER, '211', v.id, candidates.slice(0, 3).map((c) => ({ kind: c.suggestedKind, text: c.text }))));
    assert.deepEqual(saved.map((f) => f.position), [1, 2, 3]);
    const more = ok(await createFinding(db, OFFICER, '211', { visitId: v.id, kind: 'area_for_improvement', text: 'However, this practice is not yet consistent.', position: 4 }));
    assert.deepEqual(refused(await createFindings(db, OFFICER, '211', v.id, [{ kind: 'strength', text: 'ok' }, { kind: 'praise', text: '' }])), [
      { field: 'items.1.kind', message: 'Select the kind of finding' },
      { field: 'items.1.text', message: 'Enter the text of the finding' },
    ]);
    assert.equal(await count(db, 'visit_findings'), 4, 'the refused batch saved nothing');
    assert.equal(ok(await updateFinding(db, OFFICER, '211', saved[0].id, { kind: 'area_for_improvement' })).kind, 'area_for_improvement');
    assert.equal(await deleteFinding(db, OFFICER, '211', more.id), true);
    assert.equal(await getFinding(db, '211', more.id), null);
    assert.deepEqual((await listFindings(db, '211', v.id)).map((f) => f.position), [1, 2, 3]);
    assert.deepEqual(refused(await createFinding(db, OFFICER, '202', { visitId: v.id, kind: 'strength', text: 'x', position: 1 })), [
      { field: 'visitId', message: 'Select a monitoring visit of this council' },
    ]);
  });

  run('Adviser reviews: not before the Direction, a verdict when submitted, one assessment per area', async (db) => {
    const { direction } = await setUp(db);
    assert.deepEqual(refused(await createAdviserReview(db, OFFICER, '211', {
      directionId: direction.id, number: 1, periodStart: '2017-06-01', periodEnd: '2018-02-01',
    })), [{ field: 'periodStart', message: 'The period reviewed cannot be before the Direction of 15 September 2017' }]);
    const r = ok(await createAdviserReview(db, OFFICER, '211', { directionId: direction.id, number: 1, periodStart: '2017-09-15', periodEnd: '2018-02-15' }));
    assert.deepEqual(refused(await updateAdviserReview(db, OFFICER, '211', r.id, { submittedOn: '2018-02-20' })), [
      { field: 'overall', message: 'Select whether the council has made sufficient progress' },
    ]);
    const submitted = ok(await updateAdviserReview(db, OFFICER, '211', r.id, { submittedOn: '2018-02-20', overall: 'partly', summary: 'Progress in places.' }));
    assert.deepEqual([submitted.overall, submitted.submittedOn], ['partly', '2018-02-20']);
    assert.deepEqual(refused(await createAdviserReview(db, OFFICER, '211', { directionId: direction.id, number: 1 })), [
      { field: 'number', message: 'Review 1 under this Direction is already recorded' },
    ]);
    assert.equal((await listAdviserReviews(db, '211')).length, 1);
    assert.equal(await getAdviserReview(db, '202', r.id), null);

    const practice = ok(await createReviewAssessment(db, OFFICER, '211', { reviewId: r.id, area: 'practice', assessment: 'Improving', verdict: 'partly' }));
    ok(await createReviewAssessment(db, OFFICER, '211', { reviewId: r.id, area: 'culture', assessment: 'Positive change', verdict: 'yes' }));
    assert.deepEqual(refused(await createReviewAssessment(db, OFFICER, '211', { reviewId: r.id, area: 'practice', assessment: 'Again' })), [
      { field: 'area', message: 'The review already assesses practice' },
    ]);
    assert.deepEqual((await listReviewAssessments(db, '211', r.id)).map((a) => a.area), ['practice', 'culture'], 'in the terms of reference\'s order');
    assert.equal(ok(await updateReviewAssessment(db, OFFICER, '211', practice.id, { evidence: 'Audit of 40 cases' })).evidence, 'Audit of 40 cases');
    assert.equal(await deleteReviewAssessment(db, OFFICER, '211', practice.id), true);
    assert.deepEqual(refused(await createReviewAssessment(db, OFFICER, '202', { reviewId: r.id, area: 'practice', assessment: 'x' })), [
      { field: 'reviewId', message: 'Select a review of this council' },
    ]);
  });
}
