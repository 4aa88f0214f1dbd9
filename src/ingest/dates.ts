// Small pure calendar-date helpers for the importer. Dates are 'YYYY-MM-DD' strings: a calendar
// date has no time zone. (src/domain/calendar is the project's general calendar; the importer keeps
// its own few helpers so that it depends on nothing else of ours.)

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS[month - 1];
}

/** 'YYYY-MM-DD' for a real calendar date, or null (31/02/2018 is not one). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseIso(date: string): { year: number; month: number; day: number } | null {
  const m = ISO.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isoDate(year, month, day) ? { year, month, day } : null;
}

export function isIsoDate(date: string): boolean {
  return parseIso(date) !== null;
}

function parts(date: string) {
  const p = parseIso(date);
  if (!p) throw new RangeError(`Not a calendar date: ${date}`);
  return p;
}

export function addDays(date: string, n: number): string {
  const { year, month, day } = parts(date);
  const d = new Date(Date.UTC(year, month - 1, day + n));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())!;
}

/** Same day of month n months on, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, n: number): string {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)))!;
}

/**
 * Completed years from dob to at. Someone born on 29 February has their birthday on 1 March in
 * common years (indicators.md, Conventions).
 */
export function ageAt(dob: string, at: string): number {
  const b = parts(dob);
  const a = parts(at);
  let age = a.year - b.year;
  const birthdayMonth = b.month === 2 && b.day === 29 && daysInMonth(a.year, 2) === 28 ? 3 : b.month;
  const birthdayDay = birthdayMonth === 3 && b.month === 2 ? 1 : b.day;
  if (a.month < birthdayMonth || (a.month === birthdayMonth && a.day < birthdayDay)) age -= 1;
  return age;
}

/**
 * The default reporting period start: addMonths(D + 1 day, -6) (indicators.md, Conventions):
 * 2018-03-31 -> 2017-10-01; 2024-02-29 -> 2023-09-01.
 */
export function defaultPeriodStart(asAt: string): string {
  return addMonths(addDays(asAt, 1), -6);
}

/**
 * An Excel serial day number as a calendar date. Excel's 1900 system counts 1 = 1900-01-01 and
 * keeps Lotus 1-2-3's phantom 29 February 1900 (serial 60), so serials from 61 on are days since
 * 1899-12-30; the 1904 system counts days since 1904-01-01. A fraction is a time of day: dropped.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const whole = Math.floor(serial);
  if (!date1904 && whole === 60) return null; // 29/02/1900 never existed
  const base = date1904 ? Date.UTC(1904, 0, 1) : whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(base + whole * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** dd/mm/yyyy for messages. */
export function ukDate(date: string): string {
  const { year, month, day } = parts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
