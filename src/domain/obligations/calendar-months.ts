// Calendar arithmetic on 'YYYY-MM-DD' strings, the only form dates take in Uplift (a calendar date
// has no time zone). These few helpers live here because src/domain/calendar did not exist when the
// obligations were written; when it does, these can be replaced by its exports of the same meaning.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written 'YYYY-MM-DD' (so '2019-02-29' is false, '2020-02-29' true). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function parts(date: string): [number, number, number] {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const format = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Months counted from year 0: lets month arithmetic ignore year boundaries. */
function monthIndex(y: number, m: number): number {
  return y * 12 + (m - 1);
}
function fromMonthIndex(i: number): [number, number] {
  return [Math.floor(i / 12), (i % 12) + 1];
}

/**
 * The same day n calendar months later (n may be negative); when that month is shorter, its last
 * day (31 Aug + 6 months = 28 Feb, or 29 Feb in a leap year). This is the strict legal reading of
 * "n months after".
 */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = parts(date);
  const [ty, tm] = fromMonthIndex(monthIndex(y, m) + n);
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** The last day of the month n months after the date's month (n = 0: the date's own month). */
export function lastDayOfMonth(date: string, n = 0): string {
  const [y, m] = parts(date);
  const [ty, tm] = fromMonthIndex(monthIndex(y, m) + n);
  return format(ty, tm, daysInMonth(ty, tm));
}

/** Whole calendar months from a's month to b's month (days ignored): 2017-09-15 → 2018-02-28 is 5. */
export function monthsBetween(a: string, b: string): number {
  const [ay, am] = parts(a);
  const [by, bm] = parts(b);
  return monthIndex(by, bm) - monthIndex(ay, am);
}

const DAY_MS = 86_400_000;
const toEpochDay = (date: string) => {
  const [y, m, d] = parts(date);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d); // not Date.UTC, which reads years 0-99 as 1900-1999
  return t.getTime() / DAY_MS;
};

export function addDays(date: string, n: number): string {
  const t = new Date((toEpochDay(date) + n) * DAY_MS);
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 'YYYY-MM-DD' strings order as text; these read better at the call site. */
export const isBefore = (a: string, b: string) => a < b;
export const laterOf = (a: string, b: string) => (a > b ? a : b);
