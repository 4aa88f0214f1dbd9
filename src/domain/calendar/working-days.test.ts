import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber, isoDayOfWeek } from './dates.ts';
import { isWorkingDay, isBankHoliday, isWeekend, wd, workingDayIndex, addWorkingDays } from './working-days.ts';

const arbDate = fc.integer({ min: toDayNumber('2005-01-01'), max: toDayNumber('2040-12-31') }).map(fromDayNumber);

/** The definition itself, one day at a time: working days d with a < d ≤ b. */
function bruteWd(a: string, b: string): number {
  if (a > b) return 0 - bruteWd(b, a) || 0;
  let n = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isoDayOfWeek(d) <= 5 && !isBankHoliday(d)) n++;
  return n;
}

test('weekends and bank holidays are not working days', () => {
  assert.equal(isWeekend('2018-03-31'), true);
  assert.equal(isWeekend('2018-04-01'), true);
  assert.equal(isWeekend('2018-04-03'), false);
  const holidays = ['2017-12-25', '2017-12-26', '2016-12-27', '2015-12-28', '2017-01-02', '2022-01-03',
    '2021-12-27', '2021-12-28', '2018-03-30', '2018-04-02', '2011-04-29', '2012-06-04', '2012-06-05',
    '2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08', '2010-12-27', '2010-12-28'];
  for (const d of holidays) {
    assert.equal(isBankHoliday(d), true, d);
    assert.equal(isWorkingDay(d), false, d);
  }
  // Days that are ordinary working days because the holiday moved away from them.
  for (const d of ['2020-05-04', '2012-05-28', '2022-05-30', '2017-12-27', '2018-01-02', '2015-12-29', '2016-12-28']) {
    assert.equal(isWorkingDay(d), true, d);
  }
});

test('wd counts working days after a up to and including b', () => {
  assert.equal(wd('2018-03-01', '2018-03-01'), 0);
  assert.equal(wd('2018-03-01', '2018-03-02'), 1);          // Thu → Fri
  assert.equal(wd('2018-03-02', '2018-03-03'), 0);          // Fri → Sat
  assert.equal(wd('2018-03-02', '2018-03-05'), 1);          // Fri → Mon
  assert.equal(wd('2018-03-03', '2018-03-04'), 0);          // Sat → Sun
  assert.equal(wd('2017-12-22', '2017-12-27'), 1);          // Christmas and Boxing Day skipped
  assert.equal(wd('2017-12-21', '2017-12-27'), 2);
  assert.equal(wd('2018-03-29', '2018-04-03'), 1);          // Good Friday and Easter Monday skipped
  assert.equal(wd('2021-12-24', '2022-01-04'), 4);          // 27, 28 Dec and 3 Jan are substitutes
  assert.equal(wd('2020-05-01', '2020-05-11'), 5);          // 4 May 2020 worked, 8 May (VE day) not
  assert.equal(wd('2017-12-31', '2018-12-31'), 253);        // 261 weekdays − 8 bank holidays
  assert.equal(wd('2019-12-31', '2020-12-31'), 254);        // leap year: 262 weekdays − 8
  assert.equal(wd('2021-12-31', '2022-12-31'), 250);        // 260 weekdays − 10 (jubilee, funeral)
});

test('wd is negative when a is after b', () => {
  assert.equal(wd('2018-03-05', '2018-03-02'), -1);
  assert.equal(wd('2017-12-27', '2017-12-22'), -1);
  assert.equal(wd('2018-12-31', '2017-12-31'), -253);
  fc.assert(fc.property(arbDate, arbDate, (a, b) => assert.equal(wd(a, b) + wd(b, a), 0)));
});

test('wd agrees with counting day by day, before, across and after the listed years', () => {
  fc.assert(fc.property(arbDate, fc.integer({ min: -400, max: 400 }), (a, n) => {
    const b = addDays(a, n);
    assert.equal(wd(a, b), bruteWd(a, b));
  }), { numRuns: 1500 });
});

test('wd is additive: wd(a, b) + wd(b, c) = wd(a, c)', () => {
  fc.assert(fc.property(arbDate, arbDate, arbDate, (a, b, c) => {
    assert.equal(wd(a, b) + wd(b, c), wd(a, c));
  }), { numRuns: 2000 });
});

test('wd never exceeds the calendar days and is monotone in b', () => {
  fc.assert(fc.property(arbDate, fc.integer({ min: 0, max: 3000 }), (a, n) => {
    const b = addDays(a, n);
    assert.ok(wd(a, b) <= n && wd(a, b) >= 0);
    assert.equal(wd(a, addDays(b, 1)) - wd(a, b), isWorkingDay(addDays(b, 1)) ? 1 : 0);
  }), { numRuns: 1000 });
});

test('workingDayIndex steps by one exactly on working days', () => {
  assert.equal(workingDayIndex('1900-01-01'), 1);   // Monday 1 January 1900, the first counted day
  assert.equal(workingDayIndex('1899-12-31'), 0);
  assert.equal(workingDayIndex('1899-12-25'), -4);  // Monday: Tue-Fri of that week follow it
  assert.equal(workingDayIndex('1899-12-24'), -5);  // Sunday
  assert.equal(workingDayIndex('2017-12-26') - workingDayIndex('2017-12-22'), 0);
});

test('addWorkingDays finds the n-th working day after a date', () => {
  assert.equal(addWorkingDays('2017-12-22', 0), '2017-12-22');
  assert.equal(addWorkingDays('2017-12-22', 1), '2017-12-27');
  assert.equal(addWorkingDays('2018-03-29', 1), '2018-04-03');
  // 27-29 Dec (3), 2-31 Jan (22), Feb (20): the 45th is Wednesday 28 February.
  assert.equal(addWorkingDays('2017-12-22', 45), '2018-02-28');
  assert.throws(() => addWorkingDays('2018-01-01', -1), RangeError);
  fc.assert(fc.property(arbDate, fc.integer({ min: 1, max: 80 }), (d, n) => {
    const due = addWorkingDays(d, n);
    assert.equal(wd(d, due), n);
    assert.equal(isWorkingDay(due), true);
    assert.equal(wd(d, addDays(due, -1)), n - 1);
  }), { numRuns: 500 });
});
