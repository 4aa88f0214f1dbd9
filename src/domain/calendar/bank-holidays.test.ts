import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BANK_HOLIDAYS, FIRST_BANK_HOLIDAY_YEAR, LAST_BANK_HOLIDAY_YEAR } from './bank-holidays.ts';
import { bankHolidaysByRule, easterSunday } from './bank-holiday-rules.ts';
import { isIsoDate, isoDayOfWeek } from './dates.ts';

// The dates as GOV.UK published them for England and Wales (https://www.gov.uk/bank-holidays),
// typed in separately from the list under test, by year.
const PUBLISHED: Record<number, string[]> = {
  2010: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2011: ['01-03', '04-22', '04-25', '04-29', '05-02', '05-30', '08-29', '12-26', '12-27'],
  2012: ['01-02', '04-06', '04-09', '05-07', '06-04', '06-05', '08-27', '12-25', '12-26'],
  2013: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2014: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2015: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2016: ['01-01', '03-25', '03-28', '05-02', '05-30', '08-29', '12-26', '12-27'],
  2017: ['01-02', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
  2018: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2019: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
  2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
};

const datesOf = (year: number) => BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`)).map((h) => h.date);

test('the list matches the dates GOV.UK published, year by year', () => {
  for (const [year, days] of Object.entries(PUBLISHED)) {
    assert.deepEqual(datesOf(Number(year)), days.map((d) => `${year}-${d}`), `year ${year}`);
  }
});

test('every listed year is what the standing rules and proclamations give', () => {
  for (let year = FIRST_BANK_HOLIDAY_YEAR; year <= LAST_BANK_HOLIDAY_YEAR; year++) {
    assert.deepEqual(BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`)), bankHolidaysByRule(year), `year ${year}`);
  }
});

test('the list is sorted, unique, weekdays only, 2010 to 2035', () => {
  const dates = BANK_HOLIDAYS.map((h) => h.date);
  assert.deepEqual([...dates].sort(), dates);
  assert.equal(new Set(dates).size, dates.length);
  for (const d of dates) {
    assert.ok(isIsoDate(d), d);
    assert.ok(isoDayOfWeek(d) <= 5, `${d} is a weekday`);
  }
  assert.equal(dates[0], '2010-01-01');
  assert.equal(dates.at(-1)!.slice(0, 4), '2035');
  assert.equal(FIRST_BANK_HOLIDAY_YEAR, 2010);
  for (let y = 2010; y <= 2035; y++) assert.ok(datesOf(y).length >= 8, `${y} has at least 8`);
});

test('the one-off days are in the list', () => {
  const dates = new Set(BANK_HOLIDAYS.map((h) => h.date));
  for (const d of ['2011-04-29', '2012-06-04', '2012-06-05', '2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08']) {
    assert.ok(dates.has(d), d);
  }
  for (const d of ['2012-05-28', '2020-05-04', '2022-05-30']) assert.ok(!dates.has(d), `${d} moved away`);
});

test('Easter Sunday', () => {
  const known: Record<number, string> = {
    1943: '1943-04-25', 2010: '2010-04-04', 2011: '2011-04-24', 2016: '2016-03-27', 2018: '2018-04-01',
    2019: '2019-04-21', 2024: '2024-03-31', 2038: '2038-04-25', 2285: '2285-03-22',
  };
  for (const [y, d] of Object.entries(known)) assert.equal(easterSunday(Number(y)), d);
});
