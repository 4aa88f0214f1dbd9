// The generator's day-number calendar is the project's calendar (src/domain/calendar): the same bank
// holidays, the same working-day count, and day-number arithmetic that gives the same dates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as domain from '../../domain/calendar/index.ts';
import { bankHolidaysByRule } from '../../domain/calendar/bank-holiday-rules.ts';
import {
  addMonths, addWorkingDays, ageAt, bankHolidays, birthday, dayOf, isoOf, isWorkingDay, weekday, workingDaysBetween,
} from './calendar.ts';

const iso = (days: number[]) => days.map(isoOf);
const published = fc.integer({
  min: dayOf(`${domain.FIRST_BANK_HOLIDAY_YEAR}-01-01`),
  max: dayOf(`${domain.LAST_BANK_HOLIDAY_YEAR}-12-31`),
});
const anyDay = fc.integer({ min: dayOf('1980-01-01'), max: dayOf('2080-12-31') });

describe('the generator calendar and the domain calendar', () => {
  it('uses the published bank holidays for every year they cover', () => {
    for (let y = domain.FIRST_BANK_HOLIDAY_YEAR; y <= domain.LAST_BANK_HOLIDAY_YEAR; y++) {
      assert.deepEqual(iso(bankHolidays(y)), domain.BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${y}-`)).map((h) => h.date), String(y));
    }
  });

  it('uses the standing rules outside them, with the earlier proclamations', () => {
    for (const y of [1982, 1990, 2009, 2036, 2050, 2080]) {
      assert.deepEqual(iso(bankHolidays(y)), bankHolidaysByRule(y).map((h) => h.date), String(y));
    }
    assert.deepEqual(iso(bankHolidays(1995)).slice(3, 4), ['1995-05-08'], 'early May moved for VE day');
    assert.equal(iso(bankHolidays(1999)).at(-1), '1999-12-31', 'the millennium');
    assert.deepEqual(iso(bankHolidays(2002)).slice(4, 6), ['2002-06-03', '2002-06-04'], 'the Golden Jubilee');
    assert.equal(iso(bankHolidays(2002)).includes('2002-05-27'), false, 'the spring bank holiday moved');
  });

  it('counts working days as wd does, and finds the same n-th working day', () => {
    fc.assert(fc.property(published, published, (a, b) => {
      assert.equal(workingDaysBetween(a, b), domain.wd(isoOf(a), isoOf(b)));
      assert.equal(isWorkingDay(a), domain.isWorkingDay(isoOf(a)));
    }), { numRuns: 2000 });
    fc.assert(fc.property(published, fc.integer({ min: 0, max: 120 }), (a, n) => {
      fc.pre(a + 200 <= dayOf(`${domain.LAST_BANK_HOLIDAY_YEAR}-12-31`));
      assert.equal(isoOf(addWorkingDays(a, n)), domain.addWorkingDays(isoOf(a), n));
    }), { numRuns: 1000 });
  });

  it('keeps the bank holidays of unpublished years out of the working days', () => {
    // Friday 31 May 2002 to Friday 7 June 2002: Monday 3 and Tuesday 4 June were bank holidays.
    assert.equal(workingDaysBetween(dayOf('2002-05-31'), dayOf('2002-06-07')), 3);
    assert.equal(isWorkingDay(dayOf('2002-06-04')), false);
    assert.equal(isoOf(addWorkingDays(dayOf('1999-12-30'), 1)), '2000-01-04', 'after 31 December 1999 and 3 January 2000');
    assert.equal(isWorkingDay(dayOf('2040-12-25')), false);
  });

  it('does day-number arithmetic as the domain does date arithmetic', () => {
    fc.assert(fc.property(anyDay, fc.integer({ min: -300, max: 300 }), (d, n) => {
      assert.equal(dayOf(isoOf(d)), d);
      assert.equal(isoOf(d), domain.fromDayNumber(d));
      assert.equal(isoOf(addMonths(d, n)), domain.addMonths(isoOf(d), n));
      assert.equal(weekday(d) || 7, domain.isoDayOfWeek(isoOf(d)));
    }), { numRuns: 2000 });
    fc.assert(fc.property(anyDay, anyDay, (dob, on) => {
      assert.equal(ageAt(dob, on), domain.ageAt(isoOf(dob), isoOf(on)));
    }), { numRuns: 2000 });
    fc.assert(fc.property(anyDay, fc.integer({ min: 0, max: 25 }), (dob, years) => {
      const day = birthday(dob, years);
      assert.equal(domain.ageAt(isoOf(dob), isoOf(day)), years);
      assert.equal(domain.ageAt(isoOf(dob), isoOf(day - 1)), years - 1);
    }), { numRuns: 1000 });
  });
});
