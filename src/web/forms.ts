// Helpers for GOV.UK forms: the error summary and per-field messages from one list of errors,
// and reading a posted form safely (every value a trimmed, length-capped string).
import type { FieldError } from '../users/users-repository.ts';

export interface FormErrors {
  summary: { text: string; href: string }[];
  fields: Record<string, { text: string }>;
}

export function formErrors(errors: FieldError[], fieldIds: Record<string, string> = {}): FormErrors | null {
  if (!errors.length) return null;
  const fields: Record<string, { text: string }> = {};
  for (const e of errors) fields[e.field] ??= { text: e.message };
  return {
    summary: errors.map((e) => ({ text: e.message, href: `#${fieldIds[e.field] ?? e.field}` })),
    fields,
  };
}

export const MAX_FIELD_LENGTH = 20_000;

/** A posted text field: strings only (arrays and objects are refused as absent), trimmed. */
export function field(body: unknown, name: string): string {
  const v = (body as Record<string, unknown> | null | undefined)?.[name];
  return typeof v === 'string' ? v.trim() : '';
}

/** A posted multi-value field (checkboxes). */
export function fieldList(body: unknown, name: string): string[] {
  const v = (body as Record<string, unknown> | null | undefined)?.[name];
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
