import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boardMeetingDates, boardObligations } from './board-schedule.ts';
import { adviserReviews, chairQuarterlyReports } from './direction-schedule.ts';
import { monitoringVisits } from './monitoring-schedule.ts';
import { councilTargets } from './target-schedule.ts';
import { isObligationKey, obligationKey } from './keys.ts';
import { ordinal } from './ordinal.ts';
import type { DirectionDates, InspectionDates, VisitDates } from './types.ts';

const draft: DirectionDates = { id: 1, draftOn: '2017-04-07', issuedOn: null, revokedOn: null };
const issued: DirectionDates = { id: 1, draftOn: '2017-04-07', issuedOn: '2017-09-15', revokedOn: null };

test('chair\'s quarterly reports from the draft date are provisional; the first is due at the end of June 2017', () => {
  const r = chairQuarterlyReports(draft, '2018-04-30');
  assert.deepEqual(r.map((o) => o.dueOn), ['2017-06-30', '2017-09-30', '2017-12-31', '2018-03-31']);
  assert.deepEqual(r.map((o) => o.legalDeadline), ['2017-07-07', '2017-10-07', '2018-01-07', '2018-04-07']);
  assert.ok(r.every((o) => o.provisional));
  assert.equal(r[0].key, 'direction:1:chair-report:1');
  assert.equal(r[0].title, 'Chair\'s quarterly report to the Secretary of State (1st)');
  assert.equal(r[0].source, 'Direction 5g');
  assert.equal(r[0].basis, 'Within 3 months of the Direction dated 2017-04-07 (draft date: provisional)');
});

test('once issued, the schedules run from the issue date', () => {
  const reports = chairQuarterlyReports(issued, '2018-12-31');
  assert.deepEqual(reports.map((o) => o.dueOn), ['2017-11-30', '2018-02-28', '2018-05-31', '2018-08-31', '2018-11-30']);
  assert.ok(reports.every((o) => !o.provisional));
  const reviews = adviserReviews(issued, [], '2019-12-31');
  assert.deepEqual(reviews.map((o) => o.dueOn), ['2018-02-28', '2018-08-31', '2019-02-28', '2019-08-31']);
  assert.deepEqual(reviews.map((o) => o.legalDeadline), ['2018-03-15', '2018-09-15', '2019-03-15', '2019-09-15']);
});

test('a submitted review of that number meets the review obligation; a draft review does not', () => {
  const reviews = adviserReviews(issued, [
    { id: 9, directionId: 1, number: 1, submittedOn: '2018-02-20', overall: 'partly' },
    { id: 10, directionId: 1, number: 2, submittedOn: null, overall: null },
    { id: 11, directionId: 2, number: 3, submittedOn: '2019-01-01', overall: 'yes' },
  ], '2019-03-31');
  assert.deepEqual(reviews[0].derivedFulfilment, { fulfilledOn: '2018-02-20', reference: 'Adviser review 1', note: null, origin: 'derived' });
  assert.equal(reviews[1].derivedFulfilment, null);
  assert.equal(reviews[2].derivedFulfilment, null, 'another Direction\'s review does not count');
});

test('nothing falls due after the Direction is revoked', () => {
  const revoked = { ...issued, revokedOn: '2018-06-01' };
  assert.deepEqual(chairQuarterlyReports(revoked, '2020-01-01').map((o) => o.dueOn), ['2017-11-30', '2018-02-28', '2018-05-31']);
  assert.deepEqual(adviserReviews(revoked, [], '2020-01-01').map((o) => o.dueOn), ['2018-02-28']);
});

test('board meetings every six weeks, each with the DCS report due the same day', () => {
  const board = { boardName: 'Improvement Board', firstMeetingOn: '2017-04-27', frequencyDays: 42, endedOn: null };
  assert.deepEqual(boardMeetingDates(board, '2017-09-01'), ['2017-04-27', '2017-06-08', '2017-07-20', '2017-08-31']);
  const o = boardObligations(board, '2017-07-20');
  assert.deepEqual(o.map((x) => [x.kind, x.sequence, x.dueOn]), [
    ['board_meeting', 1, '2017-04-27'], ['dcs_report', 1, '2017-04-27'],
    ['board_meeting', 2, '2017-06-08'], ['dcs_report', 2, '2017-06-08'],
    ['board_meeting', 3, '2017-07-20'], ['dcs_report', 3, '2017-07-20'],
  ]);
  assert.equal(o[1].source, 'Direction 5e');
  assert.equal(o[0].basis, 'Meeting 1: every 6 weeks from the first meeting on 2017-04-27');
  assert.deepEqual(boardMeetingDates({ ...board, endedOn: '2017-06-30' }, '2018-01-01'), ['2017-04-27', '2017-06-08']);
  assert.deepEqual(boardMeetingDates({ ...board, firstMeetingOn: null }, '2018-01-01'), []);
});

const inadequate: InspectionDates = { id: 5, publishedOn: '2017-04-07', overall: 'inadequate' };

test('monitoring visits: quarterly from publication until a visit is late, then a quarter after that visit', () => {
  const visits: VisitDates[] = [{ id: 1, inspectionId: 5, number: 5, visitStart: '2018-12-11', visitEnd: '2018-12-12' }];
  const m = monitoringVisits(inadequate, null, visits, '2019-06-30');
  assert.deepEqual(m.map((o) => [o.sequence, o.dueOn]), [
    [1, '2017-06-30'], [2, '2017-09-30'], [3, '2017-12-31'], [4, '2018-03-31'], [5, '2018-06-30'],
    [6, '2019-02-28'], [7, '2019-05-31'],
  ]);
  assert.equal(m[4].derivedFulfilment?.fulfilledOn, '2018-12-12');
  assert.equal(m[4].derivedFulfilment?.reference, 'Monitoring visit 5 (2018-12-11 to 2018-12-12)');
  assert.equal(m[5].legalDeadline, '2019-03-12');
  assert.equal(m[0].key, 'inspection:5:monitoring-visit:1');
});

test('an early visit does not pull the next expectation forward', () => {
  const visits: VisitDates[] = [{ id: 1, inspectionId: 5, number: 1, visitStart: '2017-05-02', visitEnd: '2017-05-03' }];
  const m = monitoringVisits(inadequate, null, visits, '2017-10-31');
  assert.deepEqual(m.map((o) => o.dueOn), ['2017-06-30', '2017-09-30']);
});

test('monitoring ends at the next inspection, and only follows inadequate judgments', () => {
  assert.deepEqual(monitoringVisits(inadequate, '2017-11-01', [], '2019-01-01').map((o) => o.dueOn), ['2017-06-30', '2017-09-30']);
  assert.deepEqual(monitoringVisits({ ...inadequate, overall: 'requires_improvement' }, null, [], '2019-01-01'), []);
  assert.deepEqual(monitoringVisits({ ...inadequate, publishedOn: null }, null, [], '2019-01-01'), []);
});

test('a judgment target is met by the first inspection published after it was set with that judgment or better', () => {
  const target = { id: 3, title: 'Ofsted judgment good', setOn: '2017-09-16', dueOn: '2019-04-30', targetJudgment: 'good' as const, source: 'Council statement' };
  const inspections: InspectionDates[] = [
    { id: 1, publishedOn: '2012-08-01', overall: 'good' },
    inadequate,
    { id: 7, publishedOn: '2020-01-20', overall: 'outstanding' },
    { id: 6, publishedOn: '2019-06-01', overall: 'requires_improvement' },
  ];
  const [o] = councilTargets([target], inspections);
  assert.equal(o.key, 'target:3');
  assert.equal(o.dueOn, '2019-04-30');
  assert.equal(o.derivedFulfilment?.fulfilledOn, '2020-01-20');
  assert.equal(o.basis, 'Set on 2017-09-16: Ofsted judgment good or better by 2019-04-30');
  const [unmet] = councilTargets([target], inspections.slice(0, 2));
  assert.equal(unmet.derivedFulfilment, null, 'the 2012 judgment predates the target');
  const [plain] = councilTargets([{ ...target, targetJudgment: null }], inspections);
  assert.equal(plain.derivedFulfilment, null);
});

test('keys name their series and are recognised', () => {
  for (const k of [obligationKey.chairReport(1, 2), obligationKey.adviserReview(3, 1), obligationKey.boardMeeting(12),
    obligationKey.dcsReport(12), obligationKey.monitoringVisit(4, 5), obligationKey.councilTarget(9)]) {
    assert.equal(isObligationKey(k), true, k);
  }
  for (const k of ['direction:1:chair-report:0', 'board:meeting:x', 'target:', 'inspection:1:visit:2', 'anything']) assert.equal(isObligationKey(k), false, k);
});

test('ordinals', () => {
  assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal),
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th']);
});
