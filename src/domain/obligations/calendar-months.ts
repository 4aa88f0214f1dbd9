// Month arithmetic the statutory calendar needs on 'YYYY-MM-DD' strings. Day and month arithmetic
// come from src/domain/calendar (re-exported here so the obligations import one place); the
// month-end helpers below are the calendar's only additions for obligations.
import { dateParts, daysInMonth, formatDate } from '../calendar/dates.ts';

export { addDays, addMonths, daysBetween, daysInMonth, isIsoDate, isLeapYear } from '../calendar/dates.ts';

/** Months counted from year 0: lets month arithmetic ignore year boundaries. */
function monthIndex(date: string): number {
  const [y, m] = dateParts(date);
  return y * 12 + (m - 1);
}

/** The last day of the month n months after the date's month (n = 0: the date's own month). */
export function lastDayOfMonth(date: string, n = 0): string {
  const index = monthIndex(date) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatDate(year, month, daysInMonth(year, month));
}

/** Whole calendar months from a's month to b's month (days ignored): 2017-09-15 → 2018-02-28 is 5. */
export function monthsBetween(a: string, b: string): number {
  return monthIndex(b) - monthIndex(a);
}

/** The later of two dates ('YYYY-MM-DD' strings order as text). */
export const laterOf = (a: string, b: string) => (a > b ? a : b);
