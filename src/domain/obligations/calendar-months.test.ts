// The month-end helpers of the statutory calendar (day and month arithmetic itself is tested with
// src/domain/calendar; the cases here are the ones the obligations rely on).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, addMonths, isIsoDate, lastDayOfMonth, laterOf, monthsBetween } from './calendar-months.ts';

test('lastDayOfMonth of the date\'s month, or n months on, across years and leap years', () => {
  assert.equal(lastDayOfMonth('2017-04-07'), '2017-04-30');
  assert.equal(lastDayOfMonth('2017-04-07', 2), '2017-06-30');
  assert.equal(lastDayOfMonth('2017-09-01', 5), '2018-02-28');
  assert.equal(lastDayOfMonth('2019-09-30', 5), '2020-02-29');
  assert.equal(lastDayOfMonth('2099-12-31', 2), '2100-02-28');
  assert.equal(lastDayOfMonth('1999-12-31', 2), '2000-02-29');
  assert.equal(lastDayOfMonth('2017-12-25', 1), '2018-01-31');
  assert.equal(lastDayOfMonth('2018-03-01', -1), '2018-02-28');
  assert.equal(lastDayOfMonth('2017-01-31', 11), '2017-12-31');
  assert.throws(() => lastDayOfMonth('2017-02-30'), RangeError);
});

test('monthsBetween counts calendar months, days ignored', () => {
  assert.equal(monthsBetween('2017-09-15', '2018-02-28'), 5);
  assert.equal(monthsBetween('2017-04-30', '2017-04-01'), 0);
  assert.equal(monthsBetween('2018-01-01', '2017-12-31'), -1);
  assert.equal(monthsBetween('2016-02-29', '2020-02-29'), 48);
});

test('the strict reading ("n months after") the obligations compare against: month ends clamp', () => {
  const cases: [string, number, string][] = [
    ['2017-04-07', 3, '2017-07-07'],
    ['2017-09-15', 6, '2018-03-15'],
    ['2017-01-31', 1, '2017-02-28'],
    ['2016-01-31', 1, '2016-02-29'],
    ['2017-03-31', 1, '2017-04-30'],
    ['2017-08-31', 6, '2018-02-28'],
    ['2019-08-31', 6, '2020-02-29'],
    ['2020-02-29', 12, '2021-02-28'],
    ['2017-12-31', 2, '2018-02-28'],
  ];
  for (const [from, n, want] of cases) assert.equal(addMonths(from, n), want, `${from} + ${n}`);
  assert.equal(laterOf('2018-12-12', '2018-06-30'), '2018-12-12');
  assert.equal(laterOf('2018-06-30', '2018-12-12'), '2018-12-12');
});

const anyDate = fc.integer({ min: 0, max: 200 * 366 }).map((k) => addDays('1950-01-01', k));

test('property: lastDayOfMonth is a real month end n months on', () => {
  fc.assert(fc.property(anyDate, fc.integer({ min: -60, max: 60 }), (d, n) => {
    const e = lastDayOfMonth(d, n);
    assert.ok(isIsoDate(e));
    assert.equal(monthsBetween(d, e), n);
    assert.equal(isIsoDate(addDays(e, 1)) && addDays(e, 1).slice(8), '01', 'the next day starts a month');
  }));
});

test('property: addMonths lands n months on and never on a later day of the month', () => {
  fc.assert(fc.property(anyDate, fc.integer({ min: -60, max: 60 }), (d, n) => {
    const r = addMonths(d, n);
    assert.equal(monthsBetween(d, r), n);
    assert.ok(Number(r.slice(8)) <= Number(d.slice(8)));
    if (Number(r.slice(8)) < Number(d.slice(8))) assert.equal(r, lastDayOfMonth(r), 'clamped only to a month end');
  }));
});
