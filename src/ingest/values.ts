// Reading one cell: what the readers give (text from a CSV; text, numbers, dates, booleans and
// Excel error values from a workbook) turned into the stored form, or the reason it cannot be.
// Rules: annex-a-input.md "Values" and indicators.md "Conventions". Messages never repeat the
// cell's value: it may be a child's personal data.
import { type CodeList, foldCode } from './codes.ts';
import { digits } from '../domain/calendar/dates.ts';
import { excelSerialToIso, isoDate } from './dates.ts';

/** An Excel error value other than #N/A (which is blank), e.g. #REF!. */
export interface ExcelError {
  excelError: string;
}

/** A cell as a reader gives it. Dates are calendar dates ('YYYY-MM-DD') read from date cells. */
export type RawCell = string | number | boolean | { date: string } | ExcelError | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** White space including non-breaking and other Unicode spaces. */
const SPACE = '[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]';
const EDGE_SPACE = new RegExp(`^${SPACE}+|${SPACE}+$`, 'g');

/** A character that might be one of SPACE's (a quick test before the regular expression). */
const maybeSpace = (c: number) => c <= 32 || c === 0xa0 || c >= 0x2000;

export function trimAll(s: string): string {
  if (s.length === 0 || (!maybeSpace(s.charCodeAt(0)) && !maybeSpace(s.charCodeAt(s.length - 1)))) return s;
  return s.replace(EDGE_SPACE, '');
}

/** Blank cells, #N/A, N/A, NULL and white space are blank (annex-a-input.md). */
const BLANK_WORDS = new Set(['#N/A', 'N/A', 'NULL']);

export function isBlank(cell: RawCell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'string') {
    const t = trimAll(cell);
    if (t.length === 0) return true;
    // Only #N/A, N/A and NULL are blank words: most short cells ("7", "M") are not looked up.
    const c = t.charCodeAt(0);
    return t.length <= 4 && (c === 35 || c === 78 || c === 110) && BLANK_WORDS.has(t.toUpperCase());
  }
  if (typeof cell === 'number') return Number.isNaN(cell);
  if (typeof cell === 'object' && 'excelError' in cell) return cell.excelError.toUpperCase() === '#N/A';
  return false;
}

/**
 * A cell as text. A whole-number numeric cell equals its decimal text (12345 = "12345"),
 * a date cell its ISO date, a boolean TRUE / FALSE.
 */
export function cellText(cell: RawCell): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && Math.abs(cell) >= 1e21) return BigInt(cell).toString();
    return String(cell);
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell && typeof cell === 'object') return 'date' in cell ? cell.date : cell.excelError;
  return '';
}

function excelErrorMessage(cell: RawCell): string | null {
  return cell && typeof cell === 'object' && 'excelError' in cell
    ? `The cell holds the Excel error ${cell.excelError}, not a value`
    : null;
}

// --- Dates -------------------------------------------------------------------------------------

const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;
/** An optional time of day after a date, as database and spreadsheet exports write it. */
const TIME = '(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
const DMY = new RegExp(`^(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})${TIME}$`);
const YMD = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`);
export const DATE_FORMATS = 'dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy or yyyy-mm-dd';

function plausible(date: string | null, what: string): Parsed<string> {
  if (date === null) return fail(`Not a real calendar date (${what})`);
  const year = digits(date, 0, 4);
  if (year < FIRST_YEAR || year > LAST_YEAR) return fail(`The year is outside ${FIRST_YEAR}-${LAST_YEAR}`);
  return ok(date);
}

/**
 * A date: dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, yyyy-mm-dd (a time of day after it is ignored), a date
 * cell, or an Excel serial number in a numeric workbook cell. Text that looks like a number is
 * not a serial: in a CSV "43101" is an error.
 */
export function parseDate(cell: RawCell, date1904 = false): Parsed<string> {
  const err = excelErrorMessage(cell);
  if (err) return fail(err);
  if (cell && typeof cell === 'object' && 'date' in cell) return plausible(cell.date, 'date cell');
  if (typeof cell === 'number') return plausible(excelSerialToIso(cell, date1904), 'Excel date number');
  if (typeof cell === 'boolean') return fail(`Not a date: use ${DATE_FORMATS}`);
  const s = trimAll(cellText(cell));
  // dd/mm/yyyy, dd-mm-yyyy and yyyy-mm-dd read by hand first: most dates are written so, and this
  // runs for every date cell. The regular expressions below read every other spelling.
  if (s.length === 10) {
    const c2 = s.charCodeAt(2);
    if ((c2 === 47 || c2 === 45) && s.charCodeAt(5) === c2) {
      const d = digits(s, 0, 2);
      const m = digits(s, 3, 5);
      const y = digits(s, 6, 10);
      if (d >= 0 && m >= 0 && y >= 0) return plausible(isoDate(y, m, d), 'day/month/year');
    } else if (s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
      const y = digits(s, 0, 4);
      const m = digits(s, 5, 7);
      const d = digits(s, 8, 10);
      if (d >= 0 && m >= 0 && y >= 0) return plausible(isoDate(y, m, d), 'year-month-day');
    }
  }
  let m = DMY.exec(s);
  if (m) return plausible(isoDate(Number(m[4]), Number(m[3]), Number(m[1])), 'day/month/year');
  m = YMD.exec(s);
  if (m) return plausible(isoDate(Number(m[1]), Number(m[2]), Number(m[3])), 'year-month-day');
  return fail(`Not a date: use ${DATE_FORMATS}`);
}

// --- Numbers -----------------------------------------------------------------------------------

const INT_MAX = 2_147_483_647;

/** Digits, optionally a point and more digits ("7", "6.14"); checked by hand, it runs for every age. */
function isDecimal(s: string): boolean {
  let i = 0;
  let digits = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) { i++; digits++; }
  if (digits === 0) return false;
  if (i === s.length) return true;
  if (s.charCodeAt(i) !== 46) return false;
  const point = ++i;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i > point && i === s.length;
}

function numberOf(cell: RawCell): number | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return null;
  const s = trimAll(cell);
  return isDecimal(s) ? Number(s) : null;
}

/** A count: a whole number, 0 or more ("3" = 3 = 3.0). */
export function parseCount(cell: RawCell): Parsed<number> {
  const err = excelErrorMessage(cell);
  if (err) return fail(err);
  const n = numberOf(cell);
  if (n === null || !Number.isInteger(n) || n < 0) return fail('Not a whole number of 0 or more');
  if (n > INT_MAX) return fail('Too large a number');
  return ok(n);
}

/**
 * Age of Child (Years): completed years. Some systems export the exact age (6.14): the whole
 * years are kept, since that is what "age in years" means.
 */
export function parseAge(cell: RawCell): Parsed<number> {
  const err = excelErrorMessage(cell);
  if (err) return fail(err);
  const n = numberOf(cell);
  if (n === null || n < 0 || n >= 130) return fail('Not an age in years (a number from 0 to 129)');
  return ok(Math.floor(n));
}

// --- Codes -------------------------------------------------------------------------------------

/** Ofsted's option prefix: "a) ", "b) ", "aa) ". */
const OPTION_PREFIX = /^[a-z]{1,2}\)\s*/i;

export function stripOptionPrefix(s: string): string {
  return s.replace(OPTION_PREFIX, '');
}

/**
 * The code in "F1: Full time in higher education" or "N1 - Abuse or Neglect": the text before the
 * first colon or spaced hyphen (or dash).
 */
export function codePart(s: string): string {
  const m = /\s*:\s*|\s+[-\u2013\u2014]\s+/.exec(s);
  return m ? s.slice(0, m.index) : s;
}

const LOOKS_LIKE_CODE = /^[A-Za-z0-9]{1,8}$/;

export type CodeResult =
  | { ok: true; value: string; unknown: false }
  | { ok: true; value: string | null; unknown: true; message: string }
  | { ok: false; message: string };

/**
 * A coded value with or without Ofsted's option prefix and with or without its description:
 * "a) Yes" = "Yes" = "Y" = "y"; "F1: Full time ..." = "F1 - Full time ..." = "F1".
 * An unknown value is a warning: blank for a strict list (one a measure counts), otherwise kept
 * (as a code when it looks like one).
 */
export function parseCode(cell: RawCell, list: CodeList): CodeResult {
  // A column of codes holds few distinct spellings: each is read once per list of codes.
  if (typeof cell === 'string') {
    let memo = codeMemo.get(list);
    if (!memo) codeMemo.set(list, (memo = new Map()));
    let r = memo.get(cell);
    if (r === undefined) {
      r = readCode(cell, list);
      if (memo.size < MEMO_LIMIT) memo.set(cell, r);
    }
    return r;
  }
  return readCode(cell, list);
}

/** Spellings remembered per list of codes; past this (free text in a coded column) nothing more is. */
const MEMO_LIMIT = 5000;
const codeMemo = new WeakMap<CodeList, Map<string, CodeResult>>();

function readCode(cell: RawCell, list: CodeList): CodeResult {
  const err = excelErrorMessage(cell);
  if (err) return { ok: false, message: err };
  const whole = trimAll(stripOptionPrefix(trimAll(cellText(cell))));
  const code = trimAll(codePart(whole));
  const found = list.lookup.get(foldCode(whole)) ?? list.lookup.get(foldCode(code));
  if (found !== undefined) return { ok: true, value: found, unknown: false };
  const message = `Not ${list.describe}`;
  // A value a measure counts but we cannot read is stored as blank and warned about: the row is
  // kept (one odd cell must not stop a month's import) and the warning names what was ignored.
  if (list.strict) return { ok: true, value: null, unknown: true, message: `${message}: treated as blank in the measures` };
  return { ok: true, value: LOOKS_LIKE_CODE.test(code) ? code.toUpperCase() : whole, unknown: true, message };
}

/** An option with its prefix removed ("b) Former relevant child" -> "Former relevant child"). */
export function parseOption(cell: RawCell): string {
  return trimAll(stripOptionPrefix(trimAll(cellText(cell))));
}

// --- Postcodes ---------------------------------------------------------------------------------

/** A UK postcode, or its outward half (some councils give only that for a placement). */
const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?(?: ?[0-9][A-Z]{2})?$/i;

export function isPostcode(s: string): boolean {
  return POSTCODE.test(trimAll(s));
}
