import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeObligations, dueSoonAndOverdue, withStatus } from './compute.ts';
import type { ObligationSources, ScheduledObligation } from './types.ts';

const sources: ObligationSources = {
  directions: [{ id: 1, draftOn: '2017-04-07', issuedOn: '2017-09-15', revokedOn: null }],
  board: { boardName: 'CSIB', firstMeetingOn: '2017-04-27', frequencyDays: 42, endedOn: null },
  inspections: [
    { id: 1, publishedOn: null, overall: null },
    { id: 2, publishedOn: '2017-04-07', overall: 'inadequate' },
  ],
  visits: [{ id: 1, inspectionId: 2, number: 5, visitStart: '2018-12-11', visitEnd: '2018-12-12' }],
  reviews: [{ id: 1, directionId: 1, number: 1, submittedOn: '2018-03-10', overall: 'partly' }],
  targets: [{ id: 1, title: 'Ofsted judgment good', setOn: '2017-09-16', dueOn: '2019-04-30', targetJudgment: 'good', source: 'Council statement' }],
  fulfilments: [{ obligationKey: 'direction:1:chair-report:1', fulfilledOn: '2017-11-20', reference: 'Quarterly report 1', note: null }],
};

test('the calendar on 1 January 2018: what is done, overdue and due', () => {
  const all = computeObligations(sources, { today: '2018-01-01', horizonDays: 60 });
  const byKey = new Map(all.map((o) => [o.key, o]));
  const chair1 = byKey.get('direction:1:chair-report:1')!;
  assert.equal(chair1.status, 'done');
  assert.equal(chair1.late, false);
  assert.deepEqual(chair1.fulfilment, { fulfilledOn: '2017-11-20', reference: 'Quarterly report 1', note: null, origin: 'recorded' });
  assert.equal(byKey.get('direction:1:chair-report:2')!.status, 'due');
  assert.equal(byKey.get('direction:1:adviser-review:1')!.status, 'done', 'the submitted review meets it');
  assert.equal(byKey.get('direction:1:adviser-review:1')!.late, true, 'submitted 10 March, due 28 February');
  assert.equal(byKey.get('inspection:2:monitoring-visit:1')!.status, 'overdue');
  assert.equal(byKey.get('board:meeting:1')!.status, 'overdue');
  assert.equal(byKey.get('target:1')!.status, 'due');
  // Due-date order, series cut at today + 60 days (2 March 2018), targets whatever their date.
  assert.deepEqual(all.map((o) => o.dueOn), [...all.map((o) => o.dueOn)].sort());
  assert.ok(all.filter((o) => o.kind !== 'council_target').every((o) => o.dueOn <= '2018-03-02'));
  assert.equal(all.at(-1)!.key, 'target:1');
  assert.ok(!all.some((o) => o.key.startsWith('inspection:1:')), 'an unpublished inspection starts no monitoring');
});

test('on the due day an obligation is still due; the next day it is overdue', () => {
  const o: ScheduledObligation = {
    key: 'target:1', kind: 'council_target', sequence: null, title: 'T', dueOn: '2019-04-30', legalDeadline: null,
    source: 's', basis: 'b', provisional: false, derivedFulfilment: null,
  };
  assert.equal(withStatus(o, undefined, '2019-04-30').status, 'due');
  assert.equal(withStatus(o, undefined, '2019-05-01').status, 'overdue');
  const met = withStatus(o, { obligationKey: 'target:1', fulfilledOn: '2019-05-02', reference: null, note: 'n' }, '2019-05-03');
  assert.equal(met.status, 'done');
  assert.equal(met.late, true);
});

test('a recorded fulfilment takes precedence over one derived from records', () => {
  const all = computeObligations({
    ...sources,
    fulfilments: [{ obligationKey: 'direction:1:adviser-review:1', fulfilledOn: '2018-02-27', reference: 'Letter to the Secretary of State', note: null }],
  }, { today: '2018-04-01' });
  const review = all.find((o) => o.key === 'direction:1:adviser-review:1')!;
  assert.equal(review.fulfilment?.origin, 'recorded');
  assert.equal(review.late, false);
});

test('dueSoonAndOverdue: the next 30 days and everything overdue, in due order', () => {
  const all = computeObligations(sources, { today: '2018-02-10' });
  const { overdue, dueSoon, next } = dueSoonAndOverdue(all, '2018-02-10');
  assert.ok(overdue.length > 0);
  assert.ok(overdue.every((o) => o.status === 'overdue' && o.dueOn < '2018-02-10'));
  assert.deepEqual(dueSoon.map((o) => [o.key, o.dueOn]), [
    ['board:meeting:8', '2018-02-15'],
    ['board:dcs-report:8', '2018-02-15'],
    ['direction:1:chair-report:2', '2018-02-28'],
  ], 'the first review was submitted, so it is not listed');
  assert.equal(next?.key, 'board:meeting:8');
  assert.deepEqual(dueSoonAndOverdue(all, '2018-02-10', 3).dueSoon, []);
  assert.equal(dueSoonAndOverdue(all, '2018-02-10', 3).next?.key, 'board:meeting:8');
});
