import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, lastDayOfMonth, monthsBetween } from './calendar-months.ts';
import { dueWithinMonths, strictDeadline } from './due-within.ts';

test('seed check 1: draft Direction of 7 April 2017 + 3 months is the end of June 2017 (draft terms of reference)', () => {
  assert.equal(dueWithinMonths('2017-04-07', 3), '2017-06-30');
  assert.equal(strictDeadline('2017-04-07', 3), '2017-07-07');
});

test('seed check 2: any September 2017 Direction + 6 months is February 2018 (press report of the issued Direction)', () => {
  for (let day = 1; day <= 30; day++) {
    const issued = `2017-09-${String(day).padStart(2, '0')}`;
    assert.equal(dueWithinMonths(issued, 6), '2018-02-28', issued);
    assert.match(strictDeadline(issued, 6), /^2018-03-/, 'the strict reading would say March');
  }
});

test('the chair\'s first report from a September 2017 Direction falls before the year end (press report)', () => {
  assert.equal(dueWithinMonths('2017-09-15', 3), '2017-11-30');
});

test('month ends: 31st, 30th, February and leap years', () => {
  const cases: [string, number, string][] = [
    ['2017-01-31', 2, '2017-02-28'],
    ['2016-01-31', 2, '2016-02-29'],
    ['2017-08-31', 6, '2018-01-31'],
    ['2017-12-31', 3, '2018-02-28'],
    ['2019-12-01', 3, '2020-02-29'],
    ['2099-12-31', 3, '2100-02-28'],
    ['1999-12-31', 3, '2000-02-29'],
    ['2017-03-31', 1, '2017-03-31'],
    ['2017-05-01', 12, '2018-04-30'],
    ['2017-04-30', 3, '2017-06-30'],
  ];
  for (const [from, n, want] of cases) assert.equal(dueWithinMonths(from, n), want, `${from} within ${n}`);
});

test('"within n months" needs a whole number of months of at least one', () => {
  assert.throws(() => dueWithinMonths('2017-04-07', 0), RangeError);
  assert.throws(() => dueWithinMonths('2017-04-07', 1.5), RangeError);
});

const anyDate = fc.integer({ min: 0, max: 150 * 366 }).map((k) => addDays('1990-01-01', k));

test('property: due is a month end, in the month before the strict deadline\'s month, never after it', () => {
  fc.assert(fc.property(anyDate, fc.integer({ min: 1, max: 120 }), (from, n) => {
    const due = dueWithinMonths(from, n);
    const strict = strictDeadline(from, n);
    assert.equal(due, lastDayOfMonth(due));
    assert.ok(due < strict, `${due} before ${strict}`);
    assert.equal(monthsBetween(due, strict), 1);
    assert.ok(due >= from);
    assert.equal(monthsBetween(from, due), n - 1);
  }));
});

test('property: a longer period is never due earlier', () => {
  fc.assert(fc.property(anyDate, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), (from, a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    assert.ok(dueWithinMonths(from, lo) <= dueWithinMonths(from, hi));
  }));
});
