// Calendar arithmetic for the simulation. Dates are whole day numbers (days since 1970-01-01),
// which keeps millions of date comparisons cheap. The rules follow indicators.md: addMonths clamps
// to the month's end; age is in completed years, a 29 February birthday falls on 1 March in common
// years; a working day is Monday-Friday and not an England and Wales bank holiday.

export type Day = number;
/** "Not happened (yet)": later than any date the simulation reaches. */
export const NEVER: Day = 2 ** 30;

// Civil-calendar conversions without Date objects (H. Hinnant's days_from_civil / civil_from_days):
// the simulation converts millions of dates and Date allocation dominated its run time.
export function fromYmd(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymd(day: Day): { y: number; m: number; d: number } {
  const packed = packedYmd(day);
  return { y: Math.floor(packed / 10000), m: Math.floor(packed / 100) % 100, d: packed % 100 };
}

/** The date as the number yyyymmdd (no allocation: the simulation does this millions of times). */
export function packedYmd(day: Day): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (m <= 2 ? 1 : 0)) * 10000 + m * 100 + d;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function dayOf(iso: string): Day {
  if (!isIsoDate(iso)) throw new RangeError(`Not a date (YYYY-MM-DD): ${iso}`);
  const m = ISO.exec(iso)!;
  return fromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

export function isoOf(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** The Ofsted spreadsheet form, dd/mm/yyyy (sep '-' gives dd-mm-yyyy). */
export function ukDate(day: Day, sep = '/'): string {
  const { y, m, d } = ymd(day);
  return `${pad2(d)}${sep}${pad2(m)}${sep}${y}`;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Same day of month n months on, clamped to that month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(day: Day, n: number): Day {
  const p = packedYmd(day);
  const total = Math.floor(p / 10000) * 12 + (Math.floor(p / 100) % 100) - 1 + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return fromYmd(ny, nm, Math.min(p % 100, daysInMonth(ny, nm)));
}

export function addYears(day: Day, n: number): Day {
  return addMonths(day, 12 * n);
}

/** Completed years at `on`; a 29 February birthday counts from 1 March in common years. */
export function ageAt(dob: Day, on: Day): number {
  const b = packedYmd(dob);
  const t = packedYmd(on);
  const by = Math.floor(b / 10000);
  const ty = Math.floor(t / 10000);
  let birthdayInYear = b % 10000; // mmdd
  if (birthdayInYear === 229 && !isLeapYear(ty)) birthdayInYear = 301;
  return ty - by - (t % 10000 >= birthdayInYear ? 0 : 1);
}

/** The date of the birthday on which the person turns `years`. */
export function birthday(dob: Day, years: number): Day {
  const b = packedYmd(dob);
  const y = Math.floor(b / 10000) + years;
  const m = Math.floor(b / 100) % 100;
  const d = b % 100;
  if (m === 2 && d === 29 && !isLeapYear(y)) return fromYmd(y, 3, 1);
  return fromYmd(y, m, d);
}

/** 0 = Sunday ... 6 = Saturday (1 January 1970 was a Thursday). */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

function easterSunday(y: number): Day {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
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
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return fromYmd(y, month, dayOfMonth);
}

function firstMonday(y: number, m: number): Day {
  const first = fromYmd(y, m, 1);
  return first + ((8 - weekday(first)) % 7);
}

function lastMonday(y: number, m: number): Day {
  const last = fromYmd(y, m, daysInMonth(y, m));
  return last - ((weekday(last) + 6) % 7);
}

/**
 * England and Wales bank holidays of a year, by the Banking and Financial Dealings Act 1971 rules
 * and the royal proclamations that moved or added days (1995, 1999, 2002, 2011, 2012, 2020, 2022,
 * 2023). The application's own calendar ships the published list; this is the generator's copy.
 */
export function bankHolidays(y: number): Day[] {
  const out: Day[] = [];
  const newYear = fromYmd(y, 1, 1);
  const wdNY = weekday(newYear);
  out.push(wdNY === 6 ? newYear + 2 : wdNY === 0 ? newYear + 1 : newYear);
  const easter = easterSunday(y);
  out.push(easter - 2, easter + 1);
  if (y === 1995 || y === 2020) out.push(fromYmd(y, 5, 8));
  else out.push(firstMonday(y, 5));
  if (y === 2002) out.push(fromYmd(2002, 6, 3), fromYmd(2002, 6, 4));
  else if (y === 2012) out.push(fromYmd(2012, 6, 4), fromYmd(2012, 6, 5));
  else if (y === 2022) out.push(fromYmd(2022, 6, 2), fromYmd(2022, 6, 3));
  else out.push(lastMonday(y, 5));
  out.push(lastMonday(y, 8));
  const xmas = fromYmd(y, 12, 25);
  const wdX = weekday(xmas);
  if (wdX === 5) out.push(xmas, xmas + 3); // Fri: Boxing Day moves to Monday 28th
  else if (wdX === 6) out.push(xmas + 2, xmas + 3); // Sat: Mon 27th and Tue 28th
  else if (wdX === 0) out.push(xmas + 1, xmas + 2); // Sun: Mon 26th and Tue 27th
  else out.push(xmas, xmas + 1);
  if (y === 1999) out.push(fromYmd(1999, 12, 31));
  if (y === 2011) out.push(fromYmd(2011, 4, 29));
  if (y === 2022) out.push(fromYmd(2022, 9, 19));
  if (y === 2023) out.push(fromYmd(2023, 5, 8));
  return out.sort((a, b) => a - b);
}

const CAL_FROM = fromYmd(1980, 1, 1);
const CAL_TO = fromYmd(2080, 12, 31);

/** Working-day counting over 1980-2080 in O(1), from a table built once. */
class WorkingDayTable {
  /** count[i] = working days in [CAL_FROM, CAL_FROM + i]. */
  private readonly count: Int32Array;
  private readonly list: Int32Array;

  constructor() {
    const n = CAL_TO - CAL_FROM + 1;
    const holidays = new Set<number>();
    for (let y = 1980; y <= 2080; y++) for (const h of bankHolidays(y)) holidays.add(h);
    this.count = new Int32Array(n);
    const list: number[] = [];
    let c = 0;
    for (let i = 0; i < n; i++) {
      const day = CAL_FROM + i;
      const wd = weekday(day);
      if (wd !== 0 && wd !== 6 && !holidays.has(day)) {
        c++;
        list.push(day);
      }
      this.count[i] = c;
    }
    this.list = Int32Array.from(list);
  }

  private index(day: Day): number {
    if (day < CAL_FROM || day > CAL_TO) throw new RangeError(`Date outside 1980-2080: ${isoOf(day)}`);
    return day - CAL_FROM;
  }

  isWorkingDay(day: Day): boolean {
    const i = this.index(day);
    return this.count[i] !== (i === 0 ? 0 : this.count[i - 1]);
  }

  /** wd(a, b): working days d with a < d <= b (negative when b < a). */
  between(a: Day, b: Day): number {
    return this.count[this.index(b)] - this.count[this.index(a)];
  }

  /** The n-th working day after `day` (n >= 1); n = 0 gives `day` itself. */
  add(day: Day, n: number): Day {
    if (n <= 0) return day;
    const k = this.count[this.index(day)] + n - 1;
    if (k >= this.list.length) throw new RangeError('Working day beyond 2080');
    return this.list[k];
  }
}

let table: WorkingDayTable | undefined;
function workingDayTable(): WorkingDayTable {
  return (table ??= new WorkingDayTable());
}

export function workingDaysBetween(a: Day, b: Day): number {
  return workingDayTable().between(a, b);
}

export function addWorkingDays(day: Day, n: number): Day {
  return workingDayTable().add(day, n);
}

export function isWorkingDay(day: Day): boolean {
  return workingDayTable().isWorkingDay(day);
}

/** The last day of each month from `from`'s month to `to`'s month (both ISO), as ISO dates. */
export function monthEnds(from: string, to: string): string[] {
  const a = ymd(dayOf(from));
  const b = ymd(dayOf(to));
  const out: string[] = [];
  for (let t = a.y * 12 + a.m - 1; t <= b.y * 12 + b.m - 1; t++) {
    const y = Math.floor(t / 12);
    const m = (t % 12) + 1;
    out.push(isoOf(fromYmd(y, m, daysInMonth(y, m))));
  }
  return out;
}
