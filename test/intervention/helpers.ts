import assert from 'node:assert/strict';
import type { Queryable } from '../../src/db/database.ts';
import type { SaveResult } from '../../src/intervention/result.ts';
import type { Actor } from '../../src/audit/audit.ts';

export const OFFICER: Actor = { userId: null, label: 'Test officer' };

export async function addCouncils(q: Queryable, ...councils: [laCode: string, name: string][]): Promise<void> {
  for (const [laCode, name] of councils) await q.query('INSERT INTO councils (la_code, name) VALUES ($1, $2)', [laCode, name]);
}

/** The saved value, failing the test with the field errors when it was refused. */
export function ok<T>(r: SaveResult<T>): T {
  assert.ok(r.ok, `expected success, got ${JSON.stringify(!r.ok && r.errors)}`);
  return (r as { value: T }).value;
}

export function refused<T>(r: SaveResult<T>): { field: string; message: string }[] {
  assert.equal(r.ok, false, 'expected the save to be refused');
  return (r as { errors: { field: string; message: string }[] }).errors;
}

export async function count(q: Queryable, table: string, laCode?: string): Promise<number> {
  const [r] = laCode
    ? await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE la_code = $1`, [laCode])
    : await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return r.n;
}
