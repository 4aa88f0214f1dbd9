// Reading and checking the plan's fields, with GOV.UK-style messages ("Enter the ...", "... must be a
// real date", "... must be 200 characters or fewer"). Shared by the forms and the spreadsheet import,
// so a value is accepted or refused the same way whichever way it arrives.
import { isIsoDate, type IsoDate } from '../calendar/dates.ts';

export interface FieldError {
  field: string;
  message: string;
}

export const LIMITS = { ref: 20, line: 200, text: 5000, url: 2000 } as const;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Trimmed text with line endings unified; '' when absent. */
export function clean(v: unknown): string {
  return typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : '';
}

export function textField(errors: FieldError[], field: string, value: unknown, label: string,
  opts: { required?: boolean; max?: number; enter?: string } = {}): string {
  const t = clean(value);
  const max = opts.max ?? LIMITS.line;
  if (!t && opts.required) errors.push({ field, message: opts.enter ?? `Enter the ${label}` });
  else if (t.length > max) errors.push({ field, message: `${capitalise(label)} must be ${max.toLocaleString('en-GB')} characters or fewer` });
  return t;
}

/** 'YYYY-MM-DD', or 'D/M/YYYY' as people type dates in the UK; null when not a real date. */
export function parseDateText(text: string): IsoDate | null {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** A date from the three boxes of a GOV.UK date input; '' parts mean "not given". */
export function parseDateParts(day: string, month: string, year: string): IsoDate | null | 'invalid' {
  const [d, m, y] = [day, month, year].map((s) => s.trim());
  if (!d && !m && !y) return null;
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return 'invalid';
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : 'invalid';
}

export function dateField(errors: FieldError[], field: string, value: string | null | 'invalid', label: string,
  required: boolean): IsoDate | null {
  if (value === 'invalid') { errors.push({ field, message: `${capitalise(label)} must be a real date` }); return null; }
  if (value == null && required) errors.push({ field, message: `Enter the ${label}` });
  return value;
}

/** An http(s) address, which is all an evidence link may be (no javascript:, data: or file: links). */
export function isWebAddress(text: string): boolean {
  try {
    const u = new URL(text);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !!u.hostname;
  } catch {
    return false;
  }
}

/** Action references: short, letters, digits, dots, dashes and slashes ('1.3', 'FD-02'). */
export const REF_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9./-]{0,19})$/;

/** Splits a list written in one cell or box: by new lines, semicolons or commas. */
export function splitList(text: string): string[] {
  return text.split(/[\n;,]+/).map((s) => s.trim()).filter(Boolean);
}
