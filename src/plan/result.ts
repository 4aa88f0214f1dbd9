// What the plan's write functions return: the saved record, or every problem against its form field,
// with nothing saved.
import type { FieldError } from '../domain/plan/fields.ts';

export type { FieldError };
export type Saved<T> = { ok: true; value: T } | { ok: false; errors: FieldError[]; notFound?: true };

export const failed = (errors: FieldError[]): { ok: false; errors: FieldError[] } => ({ ok: false, errors });
export const missing = (what: string): { ok: false; errors: FieldError[]; notFound: true } =>
  ({ ok: false, notFound: true, errors: [{ field: 'id', message: `${what} was not found` }] });
