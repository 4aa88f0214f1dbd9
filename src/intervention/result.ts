// What the repository's create and update functions return: the saved record, or every problem
// against its form field (GOV.UK error summary and inline messages), with nothing saved.
import type { Queryable } from '../db/database.ts';
import type { FieldError } from '../domain/intervention/fields.ts';

export type { FieldError };

export type SaveResult<T> =
  | { ok: true; value: T }
  | { ok: false; errors: FieldError[]; notFound?: true };

export const fail = (errors: FieldError[]): { ok: false; errors: FieldError[] } => ({ ok: false, errors });

export function notFound(what: string): { ok: false; errors: FieldError[]; notFound: true } {
  return { ok: false, notFound: true, errors: [{ field: 'id', message: `${what} was not found` }] };
}

/**
 * Runs fn in one transaction, so a record and its audit entry are saved together or not at all.
 * Given a Database it opens a transaction; given a transaction (no `transaction` method) it joins it.
 */
export function atomically<T>(q: Queryable, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const db = q as Queryable & { transaction?: <U>(f: (tx: Queryable) => Promise<U>) => Promise<U> };
  return typeof db.transaction === 'function' ? db.transaction(fn) : fn(q);
}

/** Merges changed fields over the stored record, so an update may send only what changed. */
export function merged(before: object, changes: unknown): Record<string, unknown> {
  return { ...before, ...(changes && typeof changes === 'object' ? changes : {}) };
}
