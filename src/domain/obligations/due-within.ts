import { addMonths, lastDayOfMonth } from './calendar-months.ts';

/**
 * When something required "within n months" of a date is due: the last day of the calendar month
 * n − 1 months after that date's month.
 *
 * Why this reading and not the strict one (the same day n months later). Two documents fix it:
 * - The board's draft terms of reference (April 2017), for the draft Direction sent with the
 *   minister's letter of 7 April 2017, expect the chair's first quarterly report "within 3 months
 *   (end of June 2017)": 7 April 2017 + 3 → 30 June 2017, not 7 July 2017.
 * - The press report of the issued Direction (issued September 2017: it calls the fostering row of
 *   August 2017 "last month") expects the Adviser's first six-monthly review "in February 2018":
 *   September 2017 + 6 → 28 February 2018, whereas the strict reading gives a day in March 2018
 *   for every day of September.
 * Both agree with this rule, and it is never later than the strict legal deadline
 * (strictDeadline below): the due date falls in the month before that deadline's month.
 */
export function dueWithinMonths(from: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`"within n months" needs a whole n ≥ 1, not ${n}`);
  return lastDayOfMonth(from, n - 1);
}

/** The strict legal reading of "within n months": the same day n months later (clamped to month end). */
export function strictDeadline(from: string, n: number): string {
  return addMonths(from, n);
}
