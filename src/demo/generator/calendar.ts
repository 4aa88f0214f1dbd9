// Calendar arithmetic for the simulation. Dates are whole day numbers (days since 1970-01-01, the
// day numbers of src/domain/calendar), which keeps millions of date comparisons cheap. The rules are
// the project's calendar (src/domain/calendar, after indicators.md): this file converts to and from
// its 'YYYY-MM-DD' dates at the boundary, takes its bank holidays and its working-day count, and
// keeps only allocation-free versions of the day-number arithmetic the simulation runs millions of
// times (calendar-domain.test.ts checks that they agree with the domain calendar).
import {
  BANK_HOLIDAYS, FIRST_BANK_HOLIDAY_YEAR, LAST_BANK_HOLIDAY_YEAR, daysInMonth, fromDayNumber, isIsoDate, isLeapYear,
  toDayNumber, workingDayIndex,
} from '../../domain/calendar/index.ts';
import { bankHolidaysByRule } from '../../domain/calendar/bank-holiday-rules.ts';

export { daysInMonth, isIsoDate, isLeapYear };

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

/** A 'YYYY-MM-DD' date as a day number; throws RangeError for anything else. */
export function dayOf(iso: string): Day {
  return toDayNumber(iso);
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

export function isoOf(day: Day): string {
  return fromDayNumber(day);
}

/** The Ofsted spreadsheet form, dd/mm/yyyy (sep '-' gives dd-mm-yyyy). */
export function ukDate(day: Day, sep = '/'): string {
  const { y, m, d } = ymd(day);
  return `${pad2(d)}${sep}${pad2(m)}${sep}${y}`;
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

/**
 * Days moved or added by royal proclamation before the published list in src/domain/calendar starts
 * (2010), which its standing rules do not carry: the early May bank holiday moved to 8 May for the
 * 50th anniversary of VE day (1995); 31 December 1999 for the millennium; the spring bank holiday
 * moved to 4 June and 3 June added for the Golden Jubilee (2002). The simulated history reaches back
 * 18 years before its start (1982 at the earliest), so the generator needs them.
 */
const EARLIER_MOVED: Readonly<Record<string, string>> = { '1995-05-01': '1995-05-08', '2002-05-27': '2002-06-04' };
const EARLIER_EXTRA: readonly string[] = ['1999-12-31', '2002-06-03'];

/**
 * England and Wales bank holidays of a year: the published list of src/domain/calendar for the years
 * it covers; before and after them, its standing rules (with the earlier proclamations above).
 */
export function bankHolidays(y: number): Day[] {
  const dates = y >= FIRST_BANK_HOLIDAY_YEAR && y <= LAST_BANK_HOLIDAY_YEAR
    ? BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${y}-`)).map((h) => h.date)
    : [
      ...bankHolidaysByRule(y).map((h) => EARLIER_MOVED[h.date] ?? h.date),
      ...EARLIER_EXTRA.filter((d) => d.startsWith(`${y}-`)),
    ];
  return dates.map(dayOf).sort((a, b) => a - b);
}

const CAL_FROM = fromYmd(1980, 1, 1);
const CAL_TO = fromYmd(2080, 12, 31);

/**
 * Working-day counting over 1980-2080 in O(1), from a table built once out of the domain calendar's
 * running count of working days (workingDayIndex: Monday to Friday, not a bank holiday). That count
 * knows the published bank holidays only, so the holidays of the years outside the published list
 * (bankHolidays above) are taken off it here; within the published years the result is wd exactly.
 */
class WorkingDayTable {
  /** count[i] = working days in [CAL_FROM, CAL_FROM + i]. */
  private readonly count: Int32Array;
  private readonly list: Int32Array;

  constructor() {
    const n = CAL_TO - CAL_FROM + 1;
    const unpublished: Day[] = [];
    for (let y = 1980; y <= 2080; y++) {
      if (y < FIRST_BANK_HOLIDAY_YEAR || y > LAST_BANK_HOLIDAY_YEAR) unpublished.push(...bankHolidays(y));
    }
    let taken = 0;
    /** Working days up to and including `day`, counted from an arbitrary origin. */
    const running = (day: Day) => {
      while (taken < unpublished.length && unpublished[taken] <= day) taken++;
      return workingDayIndex(isoOf(day)) - taken;
    };
    const origin = running(CAL_FROM - 1);
    this.count = new Int32Array(n);
    const list: number[] = [];
    for (let i = 0; i < n; i++) {
      this.count[i] = running(CAL_FROM + i) - origin;
      if (this.count[i] !== (i === 0 ? 0 : this.count[i - 1])) list.push(CAL_FROM + i);
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
