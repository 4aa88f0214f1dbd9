// The statutory calendar from stored records, fulfilments recorded against it, and the DfE overview
// across councils.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../helpers/databases.ts';
import { addCouncils, ok, OFFICER, refused } from './helpers.ts';
import type { Database } from '../../src/db/database.ts';
import { seedIntervention } from '../../src/demo/intervention-seed.ts';
import {
  councilCalendar, councilObligations, createCouncilTarget, deleteFulfilment, getBoardSchedule, getCouncilTarget, getFulfilment,
  listFulfilments, recordFulfilment, saveBoardSchedule, updateCouncilTarget, updateFulfilment,
} from '../../src/intervention/calendar.ts';
import { createAdviserReview } from '../../src/intervention/reviews.ts';
import { createInspection } from '../../src/intervention/inspections.ts';
import { createDirection, listDirections } from '../../src/intervention/directions.ts';
import { dfeOverview } from '../../src/intervention/overview.ts';

for (const target of testDatabases()) {
  const run = (name: string, fn: (db: Database) => Promise<void>) => test(`${name} (${target.name})`, async () => {
    const db = await target.open();
    try {
      await addCouncils(db, ['211', 'Tower Hamlets'], ['202', 'Camden'], ['303', 'Bexley']);
      await fn(db);
    } finally {
      await db.close();
    }
  });

  run('recording a fulfilment marks the obligation done; removing it makes it overdue again', async (db) => {
    await db.transaction((tx) => seedIntervention(tx));
    const [direction] = await listDirections(db, '211');
    const key = `direction:${direction.id}:chair-report:1`;
    const before = (await councilObligations(db, '211', { today: '2018-01-15' })).find((o) => o.key === key)!;
    assert.equal(before.status, 'overdue');

    const f = ok(await recordFulfilment(db, OFFICER, '211', { obligationKey: key, fulfilledOn: '2017-11-28', reference: 'Chair\'s report, November 2017' }));
    const after = (await councilObligations(db, '211', { today: '2018-01-15' })).find((o) => o.key === key)!;
    assert.equal(after.status, 'done');
    assert.deepEqual(after.fulfilment, { fulfilledOn: '2017-11-28', reference: 'Chair\'s report, November 2017', note: null, origin: 'recorded' });
    assert.deepEqual(refused(await recordFulfilment(db, OFFICER, '211', { obligationKey: key, fulfilledOn: '2017-11-29' })), [
      { field: 'obligationKey', message: 'This obligation is already marked as met: change that record instead' },
    ]);
    assert.deepEqual(refused(await recordFulfilment(db, OFFICER, '211', { obligationKey: 'report:1', fulfilledOn: '2017-11-29' })), [
      { field: 'obligationKey', message: 'Select an obligation from the calendar' },
    ]);
    assert.deepEqual(refused(await updateFulfilment(db, OFFICER, '211', f.id, { obligationKey: `direction:${direction.id}:chair-report:2` })), [
      { field: 'obligationKey', message: 'A fulfilment stays with its obligation: remove it and record a new one' },
    ]);
    assert.equal(ok(await updateFulfilment(db, OFFICER, '211', f.id, { note: 'Sent by email' })).note, 'Sent by email');
    assert.equal((await listFulfilments(db, '211')).length, 1);
    assert.equal(await getFulfilment(db, '202', f.id), null);
    assert.equal(await deleteFulfilment(db, OFFICER, '211', f.id), true);
    assert.equal((await councilObligations(db, '211', { today: '2018-01-15' })).find((o) => o.key === key)!.status, 'overdue');
  });

  run('the home page calendar: overdue, the next 30 days, the next obligation', async (db) => {
    await db.transaction((tx) => seedIntervention(tx));
    const [direction] = await listDirections(db, '211');
    // 10 February 2018: the Adviser's first review and the chair's second report fall due on 28 February.
    const cal = await councilCalendar(db, '211', '2018-02-10');
    assert.deepEqual(cal.dueSoon.map((o) => [o.kind, o.dueOn]), [
      ['board_meeting', '2018-02-15'], ['dcs_report', '2018-02-15'],
      ['chair_quarterly_report', '2018-02-28'], ['adviser_review', '2018-02-28'],
    ]);
    assert.equal(cal.next!.kind, 'board_meeting');
    assert.ok(cal.overdue.some((o) => o.key === `direction:${direction.id}:chair-report:1`));
    assert.ok(cal.overdue.every((o) => o.dueOn < '2018-02-10'));

    ok(await createAdviserReview(db, OFFICER, '211', { directionId: direction.id, number: 1, submittedOn: '2018-02-26', overall: 'partly' }));
    const later = await councilCalendar(db, '211', '2018-02-10');
    assert.ok(!later.dueSoon.some((o) => o.kind === 'adviser_review'), 'the submitted review meets it');
    assert.deepEqual(await councilCalendar(db, '202', '2018-02-10'), { overdue: [], dueSoon: [], next: null }, 'Camden has no records');
  });

  run('targets and the board schedule are edited with validation', async (db) => {
    const t = ok(await createCouncilTarget(db, OFFICER, '202', { title: 'Ofsted judgment good', setOn: '2018-01-01', dueOn: '2019-12-31', targetJudgment: 'good' }));
    assert.deepEqual(refused(await updateCouncilTarget(db, OFFICER, '202', t.id, { dueOn: '2017-12-31' })), [
      { field: 'dueOn', message: 'Target date must be the same as or after the date the target was set' },
    ]);
    assert.equal(ok(await updateCouncilTarget(db, OFFICER, '202', t.id, { dueOn: '2020-03-31' })).dueOn, '2020-03-31');
    assert.equal(await getCouncilTarget(db, '211', t.id), null);

    assert.equal(await getBoardSchedule(db, '202'), null);
    const b = ok(await saveBoardSchedule(db, OFFICER, '202', { boardName: 'Improvement Board', frequencyDays: 28, firstMeetingOn: '2018-01-10' }));
    assert.equal(b.firstMeetingIllustrative, false);
    const changed = ok(await saveBoardSchedule(db, OFFICER, '202', { frequencyDays: 42 }));
    assert.deepEqual([changed.boardName, changed.frequencyDays], ['Improvement Board', 42]);
    assert.deepEqual(refused(await saveBoardSchedule(db, OFFICER, '202', { endedOn: '2017-01-01' })), [
      { field: 'endedOn', message: 'Date the board ended must be the same as or after the first meeting' },
    ]);
    const [audit] = await db.query(`SELECT before, after FROM audit_log WHERE entity = 'board_schedule' AND action = 'update'`);
    assert.deepEqual([audit.before.frequencyDays, audit.after.frequencyDays], [28, 42]);
    const meetings = (await councilObligations(db, '202', { today: '2018-03-01', horizonDays: 30 })).filter((o) => o.kind === 'board_meeting');
    assert.deepEqual(meetings.map((m) => m.dueOn), ['2018-01-10', '2018-02-21']);
    assert.equal(await getBoardSchedule(db, '303'), null);
  });

  run('the DfE overview: each council asked for, its latest judgments, calendar and review verdict', async (db) => {
    await db.transaction((tx) => seedIntervention(tx));
    const camdenInspection = ok(await createInspection(db, OFFICER, '202', { fieldworkStart: '2018-05-01', fieldworkEnd: '2018-05-20', publishedOn: '2018-07-01', overall: 'inadequate' }));
    const camdenDirection = ok(await createDirection(db, OFFICER, '202', { title: 'Direction', legalBasis: 's497A(4B)', status: 'issued', draftOn: '2018-07-01', issuedOn: '2018-08-01' }));
    ok(await createAdviserReview(db, OFFICER, '202', { directionId: camdenDirection.id, number: 1, submittedOn: '2019-01-20', overall: 'no' }));
    ok(await createInspection(db, OFFICER, '303', { year: 2016, overall: 'good' }));

    const rows = await dfeOverview(db, ['211', '202'], '2019-02-01');
    assert.deepEqual(rows.map((r) => [r.laCode, r.councilName]), [['202', 'Camden'], ['211', 'Tower Hamlets']]);
    const [camden, towerHamlets] = rows;
    assert.equal(camden.latestInspection!.id, camdenInspection.id);
    assert.deepEqual(camden.latestReview && [camden.latestReview.number, camden.latestReview.overall], [1, 'no']);
    assert.deepEqual(camden.direction && [camden.direction.status, camden.direction.issuedOn], ['issued', '2018-08-01']);
    assert.equal(camden.latestVisit, null);

    assert.deepEqual([towerHamlets.latestInspection!.publishedOn, towerHamlets.latestInspection!.overall, towerHamlets.latestInspection!.childrenInCare],
      ['2017-04-07', 'inadequate', null]);
    assert.equal(towerHamlets.latestReview, null);
    assert.deepEqual(towerHamlets.latestVisit && [towerHamlets.latestVisit.number, towerHamlets.latestVisit.letterDate], [5, '2019-01-17']);
    assert.ok(towerHamlets.overdue.length > 0);
    assert.ok(towerHamlets.overdue.some((o) => o.kind === 'adviser_review' && o.dueOn === '2018-02-28'));
    assert.ok(towerHamlets.nextObligation!.dueOn >= '2019-02-01');
    assert.ok(!rows.some((r) => r.laCode === '303'), 'only the councils asked for');
    assert.deepEqual(await dfeOverview(db, [], '2019-02-01'), []);
  });
}
