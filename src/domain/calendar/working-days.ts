// Working days: Monday to Friday, not an England and Wales bank holiday (bank-holidays.ts).
//
// wd(a, b) is the number of working days d with a < d ≤ b (the indicator contract's definition:
// the start day is not counted, the end day is). For a > b it is negative: wd(a, b) = −wd(b, a), so
// that wd(a, b) + wd(b, c) = wd(a, c) for any three dates; wd(a, a) = 0.
//
// It is computed as the difference of a working-day index, index(b) − index(a), where index(x) =
// (weekdays from 1900-01-01 to x) − (bank holidays on or before x). The SQL function wd() in
// migration 003 uses the same formula, so the two agree on every date (a test checks this).
import { toDayNumber, fromDayNumber, isoDayOfWeek, type IsoDate } from './dates.ts';
import { BANK_HOLIDAYS } from './bank-holidays.ts';

const HOLIDAY_DAYS: readonly number[] = BANK_HOLIDAYS.map((h) => toDayNumber(h.date)).sort((a, b) => a - b);
const HOLIDAY_SET: ReadonlySet<number> = new Set(HOLIDAY_DAYS);

/** 1899-12-31, a Sunday: day 1 of the weekday count is Monday 1 January 1900. */
const WEEK_EPOCH = toDayNumber('1899-12-31');

export function isWeekend(date: IsoDate): boolean {
  return isoDayOfWeek(date) >= 6;
}

export function isBankHoliday(date: IsoDate): boolean {
  return HOLIDAY_SET.has(toDayNumber(date));
}

export function isWorkingDay(date: IsoDate): boolean {
  return !isWeekend(date) && !isBankHoliday(date);
}

/** Number of holidays h ≤ day (binary search: the first index whose holiday is after day). */
function holidaysUpTo(day: number): number {
  let lo = 0;
  let hi = HOLIDAY_DAYS.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (HOLIDAY_DAYS[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Weekdays in (1899-12-31, day]; negative before it. */
function weekdaysUpTo(day: number): number {
  const n = day - WEEK_EPOCH;
  const r = ((n % 7) + 7) % 7;        // 0 = Sunday, 1 = Monday ... 6 = Saturday
  return 5 * ((n - r) / 7) + Math.min(r, 5);
}

/** A running count of working days: wd(a, b) = workingDayIndex(b) − workingDayIndex(a). */
export function workingDayIndex(date: IsoDate): number {
  const day = toDayNumber(date);
  return weekdaysUpTo(day) - holidaysUpTo(day);
}

/** Working days d with a < d ≤ b; negative (−wd(b, a)) when a > b. */
export function wd(a: IsoDate, b: IsoDate): number {
  return workingDayIndex(b) - workingDayIndex(a);
}

/**
 * The n-th working day after `date` (n ≥ 1), or `date` itself for n = 0: the earliest x with
 * wd(date, x) = n. For example the 45th working day after an assessment starts is its deadline.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Not a whole number of working days ≥ 0: ${n}`);
  let day = toDayNumber(date);
  for (let left = n; left > 0; ) {
    day += 1;
    if (isWorkingDay(fromDayNumber(day))) left -= 1;
  }
  return fromDayNumber(day);
}
