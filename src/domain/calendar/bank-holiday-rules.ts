// The standing rules that produce England and Wales bank holidays (Banking and Financial Dealings
// Act 1971, Schedule 1, and the annual royal proclamations that move or add days), written as code.
// They exist to check the published list in bank-holidays.ts and to explain it; the list, not these
// rules, is what working-day arithmetic uses, because one-off changes are made by proclamation.
import { addDays, formatDate, isoDayOfWeek, daysInMonth, type IsoDate } from './dates.ts';
import type { BankHoliday } from './bank-holidays.ts';

/** Easter Sunday in the Gregorian calendar (the "anonymous" algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatDate(year, month, day);
}

function firstMonday(year: number, month: number): IsoDate {
  const first = formatDate(year, month, 1);
  return addDays(first, (8 - isoDayOfWeek(first)) % 7);
}

function lastMonday(year: number, month: number): IsoDate {
  const last = formatDate(year, month, daysInMonth(year, month));
  return addDays(last, -((isoDayOfWeek(last) + 6) % 7));
}

/** Days moved by proclamation: the usual day is replaced by another. */
const MOVED: Record<string, { date: IsoDate; title: string; notes: string }> = {
  '2012-05-28': { date: '2012-06-04', title: 'Spring bank holiday', notes: 'Moved for the Diamond Jubilee' },
  '2020-05-04': { date: '2020-05-08', title: 'Early May bank holiday (VE day)', notes: 'Moved for the 75th anniversary of VE day' },
  '2022-05-30': { date: '2022-06-02', title: 'Spring bank holiday', notes: 'Moved for the Platinum Jubilee' },
};

/** Days added by proclamation. */
export const EXTRA_BANK_HOLIDAYS: BankHoliday[] = [
  { date: '2011-04-29', title: 'Royal wedding', notes: 'Extra bank holiday' },
  { date: '2012-06-05', title: "Queen's Diamond Jubilee", notes: 'Extra bank holiday' },
  { date: '2022-06-03', title: 'Platinum Jubilee bank holiday', notes: 'Extra bank holiday' },
  { date: '2022-09-19', title: 'Bank holiday for the State Funeral of Queen Elizabeth II', notes: 'Extra bank holiday' },
  { date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III', notes: 'Extra bank holiday' },
];

/** The bank holidays of one year in England and Wales by the rules above, in date order. */
export function bankHolidaysByRule(year: number): BankHoliday[] {
  const list: BankHoliday[] = [];
  const add = (date: IsoDate, title: string, notes = '') => {
    const moved = MOVED[date];
    list.push(moved ?? { date, title, notes });
  };
  // New Year's Day: on a Saturday or Sunday, the next Monday is the substitute.
  const newYear = formatDate(year, 1, 1);
  const nyDow = isoDayOfWeek(newYear);
  if (nyDow === 6) add(addDays(newYear, 2), "New Year's Day", 'Substitute day');
  else if (nyDow === 7) add(addDays(newYear, 1), "New Year's Day", 'Substitute day');
  else add(newYear, "New Year's Day");

  const easter = easterSunday(year);
  add(addDays(easter, -2), 'Good Friday');
  add(addDays(easter, 1), 'Easter Monday');
  add(firstMonday(year, 5), 'Early May bank holiday');
  add(lastMonday(year, 5), 'Spring bank holiday');
  add(lastMonday(year, 8), 'Summer bank holiday');

  // Christmas Day and Boxing Day: a day that falls at a weekend is replaced by the next weekday
  // that is not already a holiday.
  const christmas = formatDate(year, 12, 25);
  switch (isoDayOfWeek(christmas)) {
    case 5: // Friday: Boxing Day is a Saturday
      add(christmas, 'Christmas Day');
      add(formatDate(year, 12, 28), 'Boxing Day', 'Substitute day');
      break;
    case 6: // Saturday
      add(formatDate(year, 12, 27), 'Christmas Day', 'Substitute day');
      add(formatDate(year, 12, 28), 'Boxing Day', 'Substitute day');
      break;
    case 7: // Sunday
      add(formatDate(year, 12, 26), 'Boxing Day');
      add(formatDate(year, 12, 27), 'Christmas Day', 'Substitute day');
      break;
    default:
      add(christmas, 'Christmas Day');
      add(formatDate(year, 12, 26), 'Boxing Day');
  }
  for (const extra of EXTRA_BANK_HOLIDAYS) if (extra.date.startsWith(`${year}-`)) list.push(extra);
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
