import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDays, addMonths, daysBetween, daysInMonth, isIsoDate, isLeapYear, lastDayOfMonth, laterOf, monthsBetween,
} from './calendar-months.ts';

test('isIsoDate accepts real dates only', () => {
  for (const ok of ['2017-04-07', '2020-02-29', '2000-02-29', '1999-12-31', '2018-02-28']) assert.equal(isIsoDate(ok), true, ok);
  for (const bad of ['2019-02-29', '1900-02-29', '2017-04-31', '2017-13-01', '2017-00-10', '2017-4-7', '07/04/2017', '', '2017-04-07T00:00', 20170407, null]) {
    assert.equal(isIsoDate(bad), false, String(bad));
  }
});

test('leap years follow the Gregorian rule', () => {
  assert.deepEqual([1900, 2000, 2016, 2017, 2020, 2100, 2400].map(isLeapYear), [false, true, true, false, true, false, true]);
  assert.equal(daysInMonth(2016, 2), 29);
  assert.equal(daysInMonth(2017, 2), 28);
  assert.deepEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2017, m)), [31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
});

test('addMonths keeps the day, or takes the last day of a shorter month', () => {
  const cases: [string, number, string][] = [
    ['2017-04-07', 3, '2017-07-07'],
    ['2017-09-15', 6, '2018-03-15'],
    ['2017-01-31', 1, '2017-02-28'],
    ['2016-01-31', 1, '2016-02-29'],
    ['2017-03-31', 1, '2017-04-30'],
    ['2017-08-31', 6, '2018-02-28'],
    ['2019-08-31', 6, '2020-02-29'],
    ['2020-02-29', 12, '2021-02-28'],
    ['2020-02-29', 48, '2024-02-29'],
    ['2017-05-31', -3, '2017-02-28'],
    ['2017-12-31', 2, '2018-02-28'],
    ['2017-11-30', 3, '2018-02-28'],
    ['2017-10-15', 3, '2018-01-15'],
    ['2017-06-30', 0, '2017-06-30'],
    ['1900-01-31', 1, '1900-02-28'],
    ['2000-01-31', 1, '2000-02-29'],
  ];
  for (const [from, n, want] of cases) assert.equal(addMonths(from, n), want, `${from} + ${n}`);
});

test('lastDayOfMonth of the date\'s month, or n months on', () => {
  assert.equal(lastDayOfMonth('2017-04-07'), '2017-04-30');
  assert.equal(lastDayOfMonth('2017-04-07', 2), '2017-06-30');
  assert.equal(lastDayOfMonth('2017-09-01', 5), '2018-02-28');
  assert.equal(lastDayOfMonth('2019-09-30', 5), '2020-02-29');
  assert.equal(lastDayOfMonth('2017-12-25', 1), '2018-01-31');
  assert.equal(lastDayOfMonth('2018-03-01', -1), '2018-02-28');
});

test('monthsBetween counts calendar months, days ignored', () => {
  assert.equal(monthsBetween('2017-09-15', '2018-02-28'), 5);
  assert.equal(monthsBetween('2017-04-30', '2017-04-01'), 0);
  assert.equal(monthsBetween('2018-01-01', '2017-12-31'), -1);
});

test('addDays and daysBetween cross month, year and leap days', () => {
  assert.equal(addDays('2017-04-27', 42), '2017-06-08');
  assert.equal(addDays('2016-02-28', 1), '2016-02-29');
  assert.equal(addDays('2017-02-28', 1), '2017-03-01');
  assert.equal(addDays('2017-12-31', 1), '2018-01-01');
  assert.equal(addDays('2018-01-01', -1), '2017-12-31');
  assert.equal(daysBetween('2017-04-07', '2017-06-30'), 84);
  assert.equal(daysBetween('2020-01-01', '2021-01-01'), 366);
  assert.equal(laterOf('2018-12-12', '2018-06-30'), '2018-12-12');
});

test('addMonths and addDays on invalid input throw rather than guess', () => {
  assert.throws(() => addMonths('2017-02-30', 1), RangeError);
  assert.throws(() => addDays('not a date', 1), RangeError);
});

const anyDate = fc.integer({ min: 0, max: 200 * 366 }).map((k) => addDays('1950-01-01', k));

test('property: addMonths lands n months on, never on a later day of the month', () => {
  fc.assert(fc.property(anyDate, fc.integer({ min: -60, max: 60 }), (d, n) => {
    const r = addMonths(d, n);
    assert.ok(isIsoDate(r));
    assert.equal(monthsBetween(d, r), n);
    assert.ok(Number(r.slice(8)) <= Number(d.slice(8)));
    // Clamped only when the target month is too short.
    if (Number(r.slice(8)) < Number(d.slice(8))) assert.equal(r, lastDayOfMonth(r));
  }));
});

test('property: addDays and daysBetween are inverse', () => {
  fc.assert(fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
    const r = addDays(d, n);
    assert.ok(isIsoDate(r));
    assert.equal(daysBetween(d, r), n);
    assert.equal(addDays(r, -n), d);
  }));
});
