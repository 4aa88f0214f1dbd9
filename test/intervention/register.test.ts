// The intervention register's repository on a real database: list/get/create/update, field errors,
// audit before/after, and isolation between councils.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../helpers/databases.ts';
import { addCouncils, count, ok, OFFICER, refused } from './helpers.ts';
import {
  createInspection, createRecommendation, createRecommendations, createRecommendationsFromText, deleteRecommendation,
  getInspection, getRecommendation, listInspections, listRecommendations, updateInspection, updateRecommendation,
} from '../../src/intervention/inspections.ts';
import {
  createAppointment, createClause, createDirection, currentDirection, deleteClause, getAdviserTerms, getAppointment,
  getClause, getDirection, listAppointments, listClauses, listDirections, saveAdviserTerms, updateAppointment, updateClause,
  updateDirection,
} from '../../src/intervention/directions.ts';
import type { Database } from '../../src/db/database.ts';

const INSPECTION = {
  framework: 'SIF', fieldworkStart: '2017-01-24', fieldworkEnd: '2017-02-16', publishedOn: '2017-04-07',
  overall: 'inadequate', helpAndProtection: 'inadequate', leadershipManagementGovernance: 'inadequate',
};
const DIRECTION = {
  title: 'Statutory Direction', legalBasis: 'Section 497A(4B) of the Education Act 1996', status: 'draft',
  draftOn: '2017-04-07', representationsDeadline: '2017-04-21',
};

async function withDb(name: string, fn: (db: Database) => Promise<void>, open: () => Promise<Database>) {
  const db = await open();
  try {
    await addCouncils(db, ['211', 'Tower Hamlets'], ['202', 'Camden']);
    await fn(db);
  } finally {
    await db.close();
  }
}

for (const target of testDatabases()) {
  const run = (name: string, fn: (db: Database) => Promise<void>) => test(`${name} (${target.name})`, () => withDb(name, fn, target.open));

  run('inspections: create, get, list, update with audit before and after', async (db) => {
    const earlier = ok(await createInspection(db, OFFICER, '211', { year: 2012 }));
    const insp = ok(await createInspection(db, OFFICER, '211', { ...INSPECTION, previousInspectionId: String(earlier.id) }));
    assert.equal(insp.year, 2017);
    assert.equal(insp.laCode, '211');
    assert.equal(insp.childrenInCare, null);
    assert.deepEqual((await listInspections(db, '211')).map((i) => i.year), [2017, 2012], 'newest first');
    assert.deepEqual(await getInspection(db, '211', insp.id), insp);

    const changed = ok(await updateInspection(db, OFFICER, '211', insp.id, { childrenInCare: 'requires_improvement' }));
    assert.equal(changed.childrenInCare, 'requires_improvement');
    assert.equal(changed.overall, 'inadequate', 'fields not sent are kept');
    const [entry] = await db.query(`SELECT * FROM audit_log WHERE entity = 'inspections' AND action = 'update'`);
    assert.equal(entry.user_label, 'Test officer');
    assert.equal(entry.la_code, '211');
    assert.equal(entry.entity_id, String(insp.id));
    assert.equal(entry.before.childrenInCare, null);
    assert.equal(entry.after.childrenInCare, 'requires_improvement');
    assert.equal(entry.summary, 'Updated inspection published 7 April 2017');
  });

  run('inspections: impossible dates and a bad previous inspection are refused field by field, nothing saved', async (db) => {
    assert.deepEqual(refused(await createInspection(db, OFFICER, '211', { ...INSPECTION, publishedOn: '2017-02-01' })), [
      { field: 'publishedOn', message: 'Published date must be the same as or after the fieldwork end date' },
    ]);
    assert.deepEqual(refused(await createInspection(db, OFFICER, '211', { ...INSPECTION, previousInspectionId: 99999 })), [
      { field: 'previousInspectionId', message: 'Select a previous inspection of this council' },
    ]);
    const insp = ok(await createInspection(db, OFFICER, '211', INSPECTION));
    const later = ok(await createInspection(db, OFFICER, '211', { year: 2019 }));
    assert.deepEqual(refused(await updateInspection(db, OFFICER, '211', insp.id, { previousInspectionId: later.id })), [
      { field: 'previousInspectionId', message: 'The previous inspection must be earlier than this one' },
    ]);
    assert.deepEqual(refused(await updateInspection(db, OFFICER, '211', insp.id, { fieldworkEnd: '2017-01-01' })), [
      { field: 'fieldworkEnd', message: 'Fieldwork end date must be the same as or after the fieldwork start date' },
    ]);
    assert.equal((await getInspection(db, '211', insp.id))!.fieldworkEnd, '2017-02-16');
    // Moving the fieldwork into another year moves the inspection's year with it.
    const moved = ok(await updateInspection(db, OFFICER, '211', later.id, { fieldworkStart: '2018-12-03', fieldworkEnd: '2018-12-14' }));
    assert.equal(moved.year, 2018);
    assert.equal(await count(db, 'inspections'), 2);
    assert.equal(await count(db, 'audit_log'), 3, 'only the two creations and the one accepted change were audited');
  });

  run('no council sees or changes another council\'s records', async (db) => {
    const insp = ok(await createInspection(db, OFFICER, '211', INSPECTION));
    assert.equal(await getInspection(db, '202', insp.id), null);
    assert.deepEqual(await listInspections(db, '202'), []);
    const r = await updateInspection(db, OFFICER, '202', insp.id, { overall: 'good' });
    assert.deepEqual(r, { ok: false, notFound: true, errors: [{ field: 'id', message: 'The inspection was not found' }] });
    assert.deepEqual(refused(await createRecommendation(db, OFFICER, '202', { inspectionId: insp.id, number: 1, text: 'x' })), [
      { field: 'inspectionId', message: 'Select an inspection of this council' },
    ]);
    assert.deepEqual(refused(await createDirection(db, OFFICER, '202', { ...DIRECTION, inspectionId: insp.id })), [
      { field: 'inspectionId', message: 'Select an inspection of this council' },
    ]);
    assert.deepEqual(refused(await createInspection(db, OFFICER, '202', { year: 2018, previousInspectionId: insp.id })), [
      { field: 'previousInspectionId', message: 'Select a previous inspection of this council' },
    ]);
    assert.equal((await getInspection(db, '211', insp.id))!.overall, 'inadequate');
  });

  run('recommendations: numbered per inspection, pasted in bulk all or nothing, deleted with audit', async (db) => {
    const insp = ok(await createInspection(db, OFFICER, '211', INSPECTION));
    const one = ok(await createRecommendation(db, OFFICER, '211', { inspectionId: insp.id, number: 1, text: 'Improve the front door' }));
    assert.equal(one.illustrative, false);
    assert.deepEqual(refused(await createRecommendation(db, OFFICER, '211', { inspectionId: insp.id, number: 1, text: 'Again' })), [
      { field: 'number', message: 'There is already a recommendation 1 for this inspection' },
    ]);
    const pasted = ok(await createRecommendationsFromText(db, OFFICER, '211', insp.id,
      'Recommendations\n2. Improve assessments so that\n   they are timely.\n3) Reduce caseloads.', { illustrative: true }));
    assert.deepEqual(pasted.map((r) => [r.number, r.text, r.illustrative]), [
      [2, 'Improve assessments so that they are timely.', true], [3, 'Reduce caseloads.', true],
    ]);
    // A clash in the third item refuses the whole batch: nothing of it is saved.
    const before = await count(db, 'recommendations');
    assert.deepEqual(refused(await createRecommendations(db, OFFICER, '211', insp.id, [
      { number: 4, text: 'Four' }, { number: 5, text: '' }, { number: 2, text: 'Two again' }, { number: 4, text: 'Four again' },
    ])), [
      { field: 'items.1.text', message: 'Enter the text of the recommendation' },
      { field: 'items.3.number', message: 'Recommendation 4 appears more than once' },
    ]);
    assert.deepEqual(refused(await createRecommendations(db, OFFICER, '211', insp.id, [{ number: 4, text: 'Four' }, { number: 2, text: 'Two again' }])), [
      { field: 'items.1.number', message: 'There is already a recommendation 2 for this inspection' },
    ]);
    assert.equal(await count(db, 'recommendations'), before);

    const moved = ok(await updateRecommendation(db, OFFICER, '211', one.id, { number: '9', text: 'Improve the front door and MASH' }));
    assert.deepEqual([moved.number, moved.text], [9, 'Improve the front door and MASH']);
    assert.deepEqual((await listRecommendations(db, '211', insp.id)).map((r) => r.number), [2, 3, 9]);
    assert.equal(await deleteRecommendation(db, OFFICER, '202', one.id), false, 'not another council\'s');
    assert.equal(await deleteRecommendation(db, OFFICER, '211', one.id), true);
    assert.equal(await getRecommendation(db, '211', one.id), null);
    const [del] = await db.query(`SELECT before FROM audit_log WHERE action = 'delete' AND entity = 'recommendations'`);
    assert.equal(del.before.text, 'Improve the front door and MASH');
  });

  run('directions: status moves forward with the date of each step, never back', async (db) => {
    const insp = ok(await createInspection(db, OFFICER, '211', INSPECTION));
    const d = ok(await createDirection(db, OFFICER, '211', { ...DIRECTION, inspectionId: insp.id }));
    assert.equal(d.status, 'draft');
    assert.equal((await currentDirection(db, '211'))!.id, d.id);
    assert.deepEqual(refused(await updateDirection(db, OFFICER, '211', d.id, { status: 'issued' })), [
      { field: 'issuedOn', message: 'Enter the date of issue' },
    ]);
    ok(await updateDirection(db, OFFICER, '211', d.id, { status: 'representations', representationsOn: '2017-04-20' }));
    const issued = ok(await updateDirection(db, OFFICER, '211', d.id, { status: 'issued', issuedOn: '2017-09-15' }));
    assert.deepEqual([issued.status, issued.representationsOn, issued.issuedOn], ['issued', '2017-04-20', '2017-09-15']);
    assert.deepEqual(refused(await updateDirection(db, OFFICER, '211', d.id, { status: 'draft', issuedOn: null, representationsOn: null })), [
      { field: 'status', message: 'The status cannot go back from issued to draft' },
    ]);
    assert.deepEqual(refused(await updateDirection(db, OFFICER, '211', d.id, { status: 'revoked', revokedOn: '2017-09-01' })), [
      { field: 'revokedOn', message: 'Date of revocation must be the same as or after the date of issue' },
    ]);
    assert.deepEqual(refused(await createDirection(db, OFFICER, '211', { ...DIRECTION, representationsDeadline: '2017-04-01' })), [
      { field: 'representationsDeadline', message: 'Representations deadline must be the same as or after the draft date' },
    ]);
    const revoked = ok(await updateDirection(db, OFFICER, '211', d.id, { status: 'revoked', revokedOn: '2020-03-01' }));
    assert.equal(revoked.revokedOn, '2020-03-01');
    assert.equal(await currentDirection(db, '211'), null);
    assert.deepEqual((await listDirections(db, '211')).map((x) => x.id), [d.id]);
    assert.equal(await getDirection(db, '202', d.id), null);
    const statuses = await db.query<{ s: string }>(
      `SELECT after->>'status' AS s FROM audit_log WHERE entity = 'directions' ORDER BY id`);
    assert.deepEqual(statuses.map((r) => r.s), ['draft', 'representations', 'issued', 'revoked']);
  });

  run('clauses, terms of reference and appointments hang under the council\'s Direction', async (db) => {
    const d = ok(await createDirection(db, OFFICER, '211', DIRECTION));
    const c5g = ok(await createClause(db, OFFICER, '211', { directionId: d.id, ref: '5g', text: 'To ensure that the Chair ...', position: 2 }));
    ok(await createClause(db, OFFICER, '211', { directionId: d.id, ref: '5a', text: 'To comply ...', position: 1 }));
    assert.deepEqual((await listClauses(db, '211', d.id)).map((c) => c.ref), ['5a', '5g']);
    assert.deepEqual(refused(await createClause(db, OFFICER, '211', { directionId: d.id, ref: '5g', text: 'dup', position: 3 })), [
      { field: 'ref', message: 'The Direction already has a clause 5g' },
    ]);
    assert.deepEqual(refused(await createClause(db, OFFICER, '202', { directionId: d.id, ref: '5h', text: 'x', position: 3 })), [
      { field: 'directionId', message: 'Select a Direction of this council' },
    ]);
    assert.equal(ok(await updateClause(db, OFFICER, '211', c5g.id, { text: 'To ensure that the Chair of the Improvement Board reports' })).ref, '5g');
    assert.equal(await deleteClause(db, OFFICER, '211', c5g.id), true);
    assert.equal(await getClause(db, '211', c5g.id), null);

    const terms = ok(await saveAdviserTerms(db, OFFICER, '211', { directionId: d.id, text: 'Terms v1', reviewAreas: ['practice', 'early_help'] }));
    assert.deepEqual(terms.reviewAreas, ['practice', 'early_help']);
    const replaced = ok(await saveAdviserTerms(db, OFFICER, '211', { directionId: d.id, text: 'Terms v2', reviewAreas: 'culture' }));
    assert.equal(replaced.id, terms.id, 'one terms of reference per Direction');
    assert.deepEqual((await getAdviserTerms(db, '211', d.id))!.reviewAreas, ['culture']);
    const [termsAudit] = await db.query(`SELECT before, after FROM audit_log WHERE entity = 'adviser_terms' AND action = 'update'`);
    assert.deepEqual([termsAudit.before.text, termsAudit.after.text], ['Terms v1', 'Terms v2']);
    assert.equal(await getAdviserTerms(db, '202', d.id), null);

    const a = ok(await createAppointment(db, OFFICER, '211', { directionId: d.id, appointee: 'Staff from Islington Council', organisation: 'Islington Council' }));
    ok(await createAppointment(db, OFFICER, '211', { directionId: d.id, appointee: 'Staff from Lincolnshire County Council', appointedOn: '2017-10-01' }));
    assert.equal((await listAppointments(db, '211', d.id)).length, 2);
    assert.deepEqual(refused(await updateAppointment(db, OFFICER, '211', a.id, { appointedOn: '2018-01-01', endedOn: '2017-01-01' })), [
      { field: 'endedOn', message: 'Date the appointment ended must be the same as or after the date of appointment' },
    ]);
    assert.equal(ok(await updateAppointment(db, OFFICER, '211', a.id, { endedOn: '2019-06-30' })).endedOn, '2019-06-30');
    assert.equal(await getAppointment(db, '202', a.id), null);
  });
}
