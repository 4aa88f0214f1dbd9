// Properties of the statutory calendar that must hold for any Direction, board and inspection dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, addMonths, daysBetween, lastDayOfMonth, monthsBetween } from './calendar-months.ts';
import { boardObligations } from './board-schedule.ts';
import { computeObligations, dueSoonAndOverdue } from './compute.ts';
import { adviserReviews, chairQuarterlyReports } from './direction-schedule.ts';
import { monitoringVisits } from './monitoring-schedule.ts';
import type { DirectionDates, ObligationSources, ScheduledObligation, VisitDates } from './types.ts';

const dateIn = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((k) => addDays(from, k));
const anyDate = dateIn('2000-01-01', 40 * 366);

const direction = fc.record({
  draftOn: anyDate,
  issueAfter: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
  revokeAfter: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: null }),
}).map(({ draftOn, issueAfter, revokeAfter }): DirectionDates => {
  const issuedOn = issueAfter === null ? null : addDays(draftOn, issueAfter);
  return { id: 1, draftOn, issuedOn, revokedOn: issuedOn && revokeAfter ? addDays(issuedOn, revokeAfter) : null };
});

const start = (d: DirectionDates) => d.issuedOn ?? d.draftOn;
const untilAfter = (d: DirectionDates, days: number) => addDays(start(d), days);

function strictlyIncreasing(list: ScheduledObligation[]) {
  for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].dueOn < list[i].dueOn, `${list[i - 1].dueOn} < ${list[i].dueOn}`);
}

test('property: the chair\'s reports are due every quarter, increasing, never after the legal deadline', () => {
  fc.assert(fc.property(direction, fc.integer({ min: 0, max: 4000 }), (d, span) => {
    const reports = chairQuarterlyReports(d, untilAfter(d, span));
    strictlyIncreasing(reports);
    reports.forEach((r, i) => {
      assert.equal(r.sequence, i + 1);
      assert.ok(r.dueOn <= r.legalDeadline!, 'never after the strict deadline');
      assert.equal(r.legalDeadline, addMonths(start(d), 3 * (i + 1)));
      assert.ok(r.dueOn >= start(d));
      assert.equal(r.dueOn, lastDayOfMonth(r.dueOn));
      assert.equal(r.provisional, d.issuedOn === null);
      if (d.revokedOn) assert.ok(r.dueOn <= d.revokedOn);
    });
    for (let i = 1; i < reports.length; i++) {
      assert.equal(monthsBetween(reports[i - 1].dueOn, reports[i].dueOn), 3, 'a quarter apart');
      assert.ok(daysBetween(reports[i - 1].dueOn, reports[i].dueOn) <= 92, 'no gap longer than a quarter');
    }
    // The first report is within three months even on the strict reading.
    if (reports.length) assert.ok(reports[0].dueOn <= addMonths(start(d), 3));
  }));
});

test('property: the Adviser\'s reviews are six months apart and never after the legal deadline', () => {
  fc.assert(fc.property(direction, fc.integer({ min: 0, max: 4000 }), (d, span) => {
    const reviews = adviserReviews(d, [], untilAfter(d, span));
    strictlyIncreasing(reviews);
    reviews.forEach((r) => assert.ok(r.dueOn < r.legalDeadline!));
    for (let i = 1; i < reviews.length; i++) {
      assert.equal(monthsBetween(reviews[i - 1].dueOn, reviews[i].dueOn), 6);
      assert.ok(daysBetween(reviews[i - 1].dueOn, reviews[i].dueOn) <= 184);
    }
  }));
});

test('property: a series stops at its horizon and loses nothing before it', () => {
  fc.assert(fc.property(direction, fc.integer({ min: 0, max: 3000 }), (d, span) => {
    const until = untilAfter(d, span);
    const reports = chairQuarterlyReports(d, until);
    const end = d.revokedOn && d.revokedOn < until ? d.revokedOn : until;
    assert.ok(reports.every((r) => r.dueOn <= end));
    const nextDue = lastDayOfMonth(start(d), 3 * (reports.length + 1) - 1);
    assert.ok(nextDue > end, 'the first report left out falls after the end');
  }));
});

test('property: board meetings and DCS reports are exactly the frequency apart', () => {
  fc.assert(fc.property(anyDate, fc.integer({ min: 7, max: 120 }), fc.integer({ min: 0, max: 2000 }), (first, every, span) => {
    const o = boardObligations({ boardName: 'B', firstMeetingOn: first, frequencyDays: every, endedOn: null }, addDays(first, span));
    const meetings = o.filter((x) => x.kind === 'board_meeting');
    const reports = o.filter((x) => x.kind === 'dcs_report');
    assert.equal(meetings.length, Math.floor(span / every) + 1);
    assert.deepEqual(reports.map((r) => r.dueOn), meetings.map((m) => m.dueOn), 'a DCS report at each meeting');
    for (let i = 1; i < meetings.length; i++) assert.equal(daysBetween(meetings[i - 1].dueOn, meetings[i].dueOn), every);
  }));
});

const visitsFor = (published: string) => fc.uniqueArray(
  fc.record({ number: fc.integer({ min: 1, max: 12 }), offset: fc.integer({ min: 0, max: 1500 }), length: fc.integer({ min: 0, max: 3 }) }),
  { selector: (v) => v.number, maxLength: 8 },
).map((vs) => vs.map((v, i): VisitDates => ({
  id: i + 1, inspectionId: 1, number: v.number,
  visitStart: addDays(published, v.offset), visitEnd: addDays(published, v.offset + v.length),
})));

test('property: monitoring expectations increase, a quarter or more apart, never after their own deadline', () => {
  fc.assert(fc.property(
    anyDate.chain((p) => fc.tuple(fc.constant(p), visitsFor(p), fc.integer({ min: 0, max: 3000 }))),
    ([published, visits, span]) => {
      const m = monitoringVisits({ id: 1, publishedOn: published, overall: 'inadequate' }, null, visits, addDays(published, span));
      strictlyIncreasing(m);
      m.forEach((o, i) => {
        assert.equal(o.sequence, i + 1);
        assert.ok(o.dueOn < o.legalDeadline!);
        const visit = visits.find((v) => v.number === i + 1);
        assert.equal(o.derivedFulfilment?.fulfilledOn ?? null, visit?.visitEnd ?? null);
      });
      for (let i = 1; i < m.length; i++) assert.ok(monthsBetween(m[i - 1].dueOn, m[i].dueOn) >= 3);
      if (m.length) assert.equal(m[0].dueOn, lastDayOfMonth(published, 2));
    },
  ));
});

test('property: status is done with a fulfilment, else overdue exactly when the due date has passed', () => {
  const sources = (d: DirectionDates, recorded: number[]): ObligationSources => ({
    directions: [d], board: null, inspections: [], visits: [], reviews: [], targets: [],
    fulfilments: recorded.map((n) => ({ obligationKey: `direction:1:chair-report:${n}`, fulfilledOn: d.draftOn, reference: null, note: null })),
  });
  fc.assert(fc.property(direction, fc.integer({ min: 0, max: 3000 }), fc.uniqueArray(fc.integer({ min: 1, max: 20 })), (d, after, recorded) => {
    const today = addDays(start(d), after);
    const all = computeObligations(sources(d, recorded), { today });
    for (const o of all) {
      const wasRecorded = o.kind === 'chair_quarterly_report' && recorded.includes(o.sequence!);
      assert.equal(o.status, wasRecorded ? 'done' : o.dueOn < today ? 'overdue' : 'due');
    }
    const { overdue, dueSoon } = dueSoonAndOverdue(all, today);
    assert.ok(overdue.every((o) => o.dueOn < today && o.status === 'overdue'));
    assert.ok(dueSoon.every((o) => o.dueOn >= today && o.dueOn <= addDays(today, 30) && o.status === 'due'));
    assert.equal(overdue.length, all.filter((o) => o.status === 'overdue').length);
  }));
});
