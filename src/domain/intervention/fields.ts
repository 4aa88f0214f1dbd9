// Field-level validation for the intervention register's forms, with GOV.UK-style messages
// ("Enter the ...", "... must be a real date", "... must be 200 characters or fewer").
// Every field is checked on its own, then the rules that relate fields run on those that passed, so
// a form shows every problem at once, each against its field.
import { z } from 'zod';
import { isIsoDate } from '../calendar/dates.ts';

export interface FieldError {
  /** The input's property name (the form field), e.g. 'fieldworkEnd'. */
  field: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Forms send '' for an empty field: that is "not given". Text is trimmed and line endings unified. */
function blankToNull(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') {
    const t = v.replace(/\r\n?/g, '\n').trim();
    return t === '' ? null : t;
  }
  return v;
}

const tooLong = (label: string, max: number) => `${capitalise(label)} must be ${max.toLocaleString('en-GB')} characters or fewer`;

export function requiredText(label: string, max: number, enter = `Enter the ${label}`) {
  return z.preprocess(blankToNull, z.string({ error: enter }).max(max, tooLong(label, max)));
}

export function optionalText(label: string, max: number) {
  return z.preprocess(blankToNull, z.string({ error: `${capitalise(label)} must be text` }).max(max, tooLong(label, max)).nullable());
}

export function requiredDate(label: string) {
  return z.preprocess(blankToNull, z.string({ error: `Enter the ${label}` }).refine(isIsoDate, `${capitalise(label)} must be a real date`));
}

export function optionalDate(label: string) {
  return z.preprocess(blankToNull, z.string({ error: `${capitalise(label)} must be a real date` })
    .refine(isIsoDate, `${capitalise(label)} must be a real date`).nullable());
}

function toNumber(v: unknown): unknown {
  const b = blankToNull(v);
  return typeof b === 'string' && /^-?\d+$/.test(b) ? Number(b) : b;
}

export function requiredWhole(label: string, min: number, max: number, enter = `Enter the ${label}`) {
  return z.preprocess(toNumber, z.number({ error: (i) => (i.input == null ? enter : `${capitalise(label)} must be a whole number`) })
    .int(`${capitalise(label)} must be a whole number`)
    .min(min, `${capitalise(label)} must be ${min} or more`)
    .max(max, `${capitalise(label)} must be ${max} or less`));
}

export function optionalWhole(label: string, min: number, max: number) {
  return z.preprocess(toNumber, z.number({ error: `${capitalise(label)} must be a whole number` })
    .int(`${capitalise(label)} must be a whole number`)
    .min(min, `${capitalise(label)} must be ${min} or more`)
    .max(max, `${capitalise(label)} must be ${max} or less`).nullable());
}

/** A reference to another record by id (a select list on a form). */
export function requiredId(label: string) {
  return requiredWhole(label, 1, 2_147_483_647, `Select the ${label}`);
}
export function optionalId(label: string) {
  return optionalWhole(label, 1, 2_147_483_647);
}

export function requiredChoice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.preprocess(blankToNull, z.enum(values, { error: `Select the ${label}` }));
}

export function optionalChoice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.preprocess(blankToNull, z.enum(values, { error: `Select the ${label} from the list` }).nullable());
}

/** A checkbox: present and truthy ('on', 'true', 'yes', '1', true) means true. */
export function checkbox() {
  return z.preprocess((v) => v === true || (typeof v === 'string' && ['on', 'true', 'yes', '1'].includes(v.toLowerCase())), z.boolean());
}

/** Several checkboxes with one name: a form sends one value as a string, several as an array. */
export function choices<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.preprocess(
    (v) => (v == null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(values, { error: `Select ${label} from the list` })).transform((a) => [...new Set(a)]),
  );
}

type Shape = Record<string, z.ZodType>;
export type Parsed<S extends Shape> = { [K in keyof S]: z.output<S[K]> };

/**
 * Checks each field of `shape` on its own, then `rules` on the fields that passed. Returns the
 * typed value or every error, one per field (the first found). Unknown input properties are ignored.
 */
export function validateRecord<S extends Shape>(
  shape: S,
  input: unknown,
  rules: (v: Partial<Parsed<S>>) => (FieldError | null | false | undefined)[] = () => [],
): Validated<Parsed<S>> {
  const raw = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const values: Partial<Parsed<S>> = {};
  const errors: FieldError[] = [];
  for (const key of Object.keys(shape) as (keyof S & string)[]) {
    const r = shape[key].safeParse(raw[key]);
    if (r.success) values[key] = r.data as Parsed<S>[typeof key];
    else errors.push({ field: key, message: r.error.issues[0]?.message ?? `Check the ${key}` });
  }
  for (const e of rules(values)) {
    if (e && !errors.some((x) => x.field === e.field)) errors.push(e);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: values as Parsed<S> };
}

/** A rule's result: the error when `broken`, else nothing. */
export function unless(ok: boolean, field: string, message: string): FieldError | null {
  return ok ? null : { field, message };
}

/** True unless both dates are known and `later` is before `earlier`. */
export function notBefore(later: string | null | undefined, earlier: string | null | undefined): boolean {
  return !later || !earlier || later >= earlier;
}
