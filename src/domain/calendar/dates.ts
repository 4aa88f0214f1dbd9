// Calendar dates as 'YYYY-MM-DD' strings: the only form dates take in Uplift. A calendar date has no
// time zone, so nothing here touches JS Date; arithmetic goes through a day number (days since
// 1970-01-01) computed with integer arithmetic (the proleptic Gregorian calendar).

export type IsoDate = string;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by s[from, to) in decimal digits, or -1 if any is not a digit. */
export function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** True for a real calendar date written 'YYYY-MM-DD' (so '2019-02-29' is false, '2020-02-29' true). */
export function isIsoDate(value: unknown): value is IsoDate {
  // Character by character rather than a regular expression: the importer checks every date cell.
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digits(value, 0, 4);
  const mo = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** [year, month 1-12, day 1-31]; throws RangeError for anything but a real 'YYYY-MM-DD' date. */
export function dateParts(date: IsoDate): [number, number, number] {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${String(date)}`);
  return [digits(date, 0, 4), digits(date, 5, 7), digits(date, 8, 10)];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatDate(year: number, month: number, day: number): IsoDate {
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  return date;
}

// Days from civil / civil from days (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = dateParts(date);
  return daysFromCivil(y, m, d);
}

export function fromDayNumber(n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a day number: ${n}`);
  const [y, m, d] = civilFromDays(n);
  return formatDate(y, m, d);
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** days(a, b) of the indicator contract: b − a in calendar days (negative when b is before a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 1 = Monday ... 7 = Sunday (ISO 8601). 1970-01-01 was a Thursday. */
export function isoDayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 3) % 7) + 7) % 7 + 1;
}

/**
 * The same day of the month n months on (n may be negative), clamped to the last day of the target
 * month: 31 Jan + 1 month = 28 Feb (29 Feb in a leap year). This is what PostgreSQL's
 * `date + interval 'n months'` does too.
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of months: ${n}`);
  const [y, m, d] = dateParts(date);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * Age in completed years at `date`. Someone born on 29 February has their birthday on 1 March in a
 * common year, which falls out of comparing (month, day) pairs: (2, 28) is before (2, 29), (3, 1) is
 * not. Before the date of birth the result is negative (−1 in the year before birth).
 */
export function ageAt(dob: IsoDate, date: IsoDate): number {
  const [by, bm, bd] = dateParts(dob);
  const [y, m, d] = dateParts(date);
  const beforeBirthday = m < bm || (m === bm && d < bd);
  return y - by - (beforeBirthday ? 1 : 0);
}

/**
 * The default reporting period for an extract as at D: the six months ending on D,
 * addMonths(D + 1 day, −6). D = 2018-03-31 gives 2017-10-01; D = 2024-02-29 gives 2023-09-01.
 */
export function defaultPeriodStart(asAt: IsoDate): IsoDate {
  return addMonths(addDays(asAt, 1), -6);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;  // 'YYYY-MM-DD' strings sort as dates do (years 1-9999)
}
