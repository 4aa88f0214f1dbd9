import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  isIsoDate, isLeapYear, daysInMonth, toDayNumber, fromDayNumber, addDays, daysBetween, isoDayOfWeek,
  addMonths, ageAt, defaultPeriodStart, dateParts, formatDate, compareDates,
} from './dates.ts';

// Random real dates 1900-2100, built from a day number so every date is equally likely.
const LO = toDayNumber('1900-01-01');
const HI = toDayNumber('2100-12-31');
const arbDate = fc.integer({ min: LO, max: HI }).map(fromDayNumber);

test('isIsoDate accepts real dates only', () => {
  for (const ok of ['2020-02-29', '2000-02-29', '2018-12-31', '0001-01-01', '9999-12-31']) assert.equal(isIsoDate(ok), true, ok);
  for (const bad of ['2019-02-29', '1900-02-29', '2018-04-31', '2018-13-01', '2018-00-10', '2018-01-00',
    '2018-1-01', '18-01-01', '2018-01-01T00:00', ' 2018-01-01', '', null, 20180101, undefined]) {
    assert.equal(isIsoDate(bad), false, String(bad));
  }
});

test('leap years and month lengths', () => {
  assert.equal(isLeapYear(2016), true);
  assert.equal(isLeapYear(2018), false);
  assert.equal(isLeapYear(1900), false);
  assert.equal(isLeapYear(2000), true);
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2019, m)),
    [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  assert.equal(daysInMonth(2024, 2), 29);
});

test('day numbers count from 1970-01-01', () => {
  assert.equal(toDayNumber('1970-01-01'), 0);
  assert.equal(toDayNumber('1970-01-02'), 1);
  assert.equal(toDayNumber('1969-12-31'), -1);
  assert.equal(toDayNumber('2000-03-01'), 11017);
  assert.equal(fromDayNumber(11016), '2000-02-29');
  assert.throws(() => toDayNumber('2019-02-29'), RangeError);
  assert.throws(() => fromDayNumber(1.5), RangeError);
});

test('day numbers agree with UTC milliseconds and round-trip', () => {
  fc.assert(fc.property(arbDate, (d) => {
    const [y, m, day] = dateParts(d);
    assert.equal(toDayNumber(d), Date.UTC(y, m - 1, day) / 86_400_000);
    assert.equal(fromDayNumber(toDayNumber(d)), d);
  }), { numRuns: 2000 });
});

test('addDays and daysBetween across month, year and leap-day ends', () => {
  assert.equal(addDays('2018-03-31', 1), '2018-04-01');
  assert.equal(addDays('2018-12-31', 1), '2019-01-01');
  assert.equal(addDays('2016-02-28', 1), '2016-02-29');
  assert.equal(addDays('2017-02-28', 1), '2017-03-01');
  assert.equal(addDays('2019-01-01', -1), '2018-12-31');
  assert.equal(addDays('2018-03-31', -365), '2017-03-31');
  assert.equal(addDays('2016-12-31', -365), '2016-01-01');
  assert.equal(daysBetween('2018-02-17', '2018-03-31'), 42);
  assert.equal(daysBetween('2018-02-16', '2018-03-31'), 43);
  assert.equal(daysBetween('2018-03-31', '2018-02-17'), -42);
  assert.equal(daysBetween('2016-01-01', '2017-01-01'), 366);
});

test('addDays and daysBetween are inverse', () => {
  fc.assert(fc.property(arbDate, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
    assert.equal(daysBetween(d, addDays(d, n)), n);
  }), { numRuns: 1000 });
});

test('ISO day of week', () => {
  assert.equal(isoDayOfWeek('1970-01-01'), 4);          // Thursday
  assert.equal(isoDayOfWeek('2018-03-31'), 6);          // Saturday
  assert.equal(isoDayOfWeek('2017-12-25'), 1);          // Monday
  assert.equal(isoDayOfWeek('1899-12-31'), 7);          // Sunday
  assert.equal(isoDayOfWeek('2024-02-29'), 4);
});

test('addMonths keeps the day of month, clamped to the month end', () => {
  const cases: [string, number, string][] = [
    ['2017-01-31', 1, '2017-02-28'], ['2016-01-31', 1, '2016-02-29'], ['2016-02-29', 12, '2017-02-28'],
    ['2016-02-29', -12, '2015-02-28'], ['2016-02-29', 48, '2020-02-29'], ['2018-08-31', 3, '2018-11-30'],
    ['2018-03-31', -6, '2017-09-30'], ['2018-04-01', -6, '2017-10-01'], ['2018-12-15', 1, '2019-01-15'],
    ['2019-01-15', -1, '2018-12-15'], ['2018-10-31', -1, '2018-09-30'], ['2016-08-31', 24, '2018-08-31'],
    ['2018-11-30', 3, '2019-02-28'], ['2019-11-30', 3, '2020-02-29'], ['2018-05-31', 0, '2018-05-31'],
    ['2018-01-01', -13, '2016-12-01'], ['2018-07-31', 1200, '2118-07-31'], ['2017-12-31', 2, '2018-02-28'],
  ];
  for (const [d, n, want] of cases) assert.equal(addMonths(d, n), want, `${d} + ${n} months`);
  assert.throws(() => addMonths('2018-01-01', 0.5), RangeError);
});

test('addMonths never overflows into the next month and moves exactly n months', () => {
  fc.assert(fc.property(arbDate, fc.integer({ min: -240, max: 240 }), (d, n) => {
    const [y, m, day] = dateParts(d);
    const [y2, m2, day2] = dateParts(addMonths(d, n));
    assert.equal(y2 * 12 + m2 - (y * 12 + m), n);
    assert.equal(day2, Math.min(day, daysInMonth(y2, m2)));
  }), { numRuns: 2000 });
});

test('ageAt counts completed years; 29 February birthdays fall on 1 March in common years', () => {
  assert.equal(ageAt('2000-06-15', '2018-06-14'), 17);
  assert.equal(ageAt('2000-06-15', '2018-06-15'), 18);
  assert.equal(ageAt('2000-06-15', '2000-06-15'), 0);
  assert.equal(ageAt('2000-06-15', '2000-06-14'), -1);
  assert.equal(ageAt('2004-02-29', '2005-02-28'), 0);
  assert.equal(ageAt('2004-02-29', '2005-03-01'), 1);
  assert.equal(ageAt('2004-02-29', '2008-02-28'), 3);
  assert.equal(ageAt('2004-02-29', '2008-02-29'), 4);
  assert.equal(ageAt('1999-02-28', '2018-02-28'), 19);
  assert.equal(ageAt('1999-03-01', '2018-02-28'), 18);
  assert.equal(ageAt('1996-03-31', '2018-03-31'), 22);
  assert.equal(ageAt('1996-04-01', '2018-03-31'), 21);
  assert.equal(ageAt('2013-04-01', '2018-03-31'), 4);
  assert.equal(ageAt('2013-03-31', '2018-03-31'), 5);
});

test('ageAt rises by exactly one on each birthday', () => {
  fc.assert(fc.property(arbDate, arbDate, (dob, d) => {
    const age = ageAt(dob, d);
    const next = ageAt(dob, addDays(d, 1));
    assert.ok(next === age || next === age + 1);
    const [, m, day] = dateParts(dob);
    const [y2] = dateParts(d);
    if (d > dob) {
      // On the birthday itself (1 March for a 29 February birthday in a common year) the age is whole.
      const birthday = m === 2 && day === 29 && !isLeapYear(y2) ? formatDate(y2, 3, 1) : formatDate(y2, m, day);
      assert.equal(ageAt(dob, birthday), y2 - dateParts(dob)[0]);
    }
  }), { numRuns: 2000 });
});

test('defaultPeriodStart is six months back from the day after D', () => {
  assert.equal(defaultPeriodStart('2018-03-31'), '2017-10-01');
  assert.equal(defaultPeriodStart('2024-02-29'), '2023-09-01');
  assert.equal(defaultPeriodStart('2018-12-31'), '2018-07-01');
  assert.equal(defaultPeriodStart('2018-09-30'), '2018-04-01');
  assert.equal(defaultPeriodStart('2018-08-30'), '2018-02-28');   // D + 1 = 31 Aug; 31 Feb clamps
  assert.equal(defaultPeriodStart('2018-06-15'), '2017-12-16');
});

test('compareDates orders dates', () => {
  assert.equal(compareDates('2018-01-02', '2018-01-10'), -1);
  assert.equal(compareDates('2018-01-10', '2018-01-10'), 0);
  assert.equal(compareDates('2019-01-01', '2018-12-31'), 1);
  fc.assert(fc.property(arbDate, arbDate, (a, b) => {
    assert.equal(Math.sign(compareDates(a, b)), Math.sign(daysBetween(b, a)));
  }));
});
