// The one place the intervention repository turns records into SQL. Each table is described once
// (its columns, in camelCase for the code and snake_case for the database); every statement built
// here filters on la_code, and every change is written to the audit trail with its before and after.
// Identifiers come only from these descriptions, never from input.
import type { Queryable } from '../db/database.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';

export interface TableSpec<R> {
  table: string;
  /** Record fields (besides id, laCode, createdAt, updatedAt) → column names. */
  columns: { [K in keyof R]?: string };
  orderBy: string;
  /** Plain words for the audit summary. Never child-level data. */
  describe(row: R): string;
  /** The table has an id column (board_schedule is keyed by la_code alone). Default true. */
  hasId?: boolean;
}

export interface Stamped {
  laCode: string;
  createdAt: Date;
  updatedAt: Date;
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function columnsOf<R>(fields: (keyof R & string)[]): { [K in keyof R]?: string } {
  return Object.fromEntries(fields.map((f) => [f, snake(f)])) as { [K in keyof R]?: string };
}

function selectList<R>(spec: TableSpec<R>): string {
  const cols = Object.entries(spec.columns as Record<string, string>).map(([f, c]) => `${c} AS "${f}"`);
  return [...(spec.hasId === false ? [] : ['id']), 'la_code AS "laCode"', ...cols,
    'created_at AS "createdAt"', 'updated_at AS "updatedAt"'].join(', ');
}

/** Rows of one council, optionally narrowed by equality on some fields (e.g. { inspectionId: 3 }). */
export async function selectRows<R>(q: Queryable, spec: TableSpec<R>, laCode: string, where: Partial<R> = {}): Promise<R[]> {
  const params: unknown[] = [laCode];
  const conditions = ['la_code = $1'];
  for (const [field, value] of Object.entries(where)) {
    const column = (spec.columns as Record<string, string>)[field];
    if (!column) throw new Error(`${spec.table} has no field ${field}`);
    params.push(value);
    conditions.push(`${column} = $${params.length}`);
  }
  return q.query<R & Record<string, any>>(
    `SELECT ${selectList(spec)} FROM ${spec.table} WHERE ${conditions.join(' AND ')} ORDER BY ${spec.orderBy}`, params);
}

export async function selectRow<R>(q: Queryable, spec: TableSpec<R>, laCode: string, id: number): Promise<R | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const [row] = await q.query<R & Record<string, any>>(
    `SELECT ${selectList(spec)} FROM ${spec.table} WHERE la_code = $1 AND id = $2`, [laCode, id]);
  return row ?? null;
}

function assignments<R>(spec: TableSpec<R>, values: Partial<R>): { columns: string[]; params: unknown[] } {
  const columns: string[] = [];
  const params: unknown[] = [];
  for (const [field, column] of Object.entries(spec.columns as Record<string, string>)) {
    if (!(field in values)) continue;
    columns.push(column);
    params.push((values as Record<string, unknown>)[field]);
  }
  return { columns, params };
}

export async function insertRow<R extends Stamped>(
  q: Queryable, actor: Actor, spec: TableSpec<R>, laCode: string, values: Partial<R>,
): Promise<R> {
  const { columns, params } = assignments(spec, values);
  const placeholders = params.map((_, i) => `$${i + 2}`);
  const [row] = await q.query<R & Record<string, any>>(
    `INSERT INTO ${spec.table} (la_code, ${columns.join(', ')}) VALUES ($1, ${placeholders.join(', ')})
     RETURNING ${selectList(spec)}`, [laCode, ...params]);
  await recordAudit(q, actor, {
    laCode, action: 'create', entity: spec.table, entityId: idOf(row), summary: `Created ${spec.describe(row)}`, after: row,
  });
  return row;
}

export async function updateRow<R extends Stamped>(
  q: Queryable, actor: Actor, spec: TableSpec<R>, laCode: string, before: R, values: Partial<R>,
): Promise<R> {
  const { columns, params } = assignments(spec, values);
  const keyed = spec.hasId !== false;
  const first = keyed ? 3 : 2;
  const sets = [...columns.map((c, i) => `${c} = $${i + first}`), 'updated_at = now()'];
  const [row] = await q.query<R & Record<string, any>>(
    `UPDATE ${spec.table} SET ${sets.join(', ')} WHERE la_code = $1${keyed ? ' AND id = $2' : ''}
     RETURNING ${selectList(spec)}`, keyed ? [laCode, idOf(before), ...params] : [laCode, ...params]);
  await recordAudit(q, actor, {
    laCode, action: 'update', entity: spec.table, entityId: idOf(row), summary: `Updated ${spec.describe(row)}`, before, after: row,
  });
  return row;
}

export async function deleteRow<R extends Stamped>(q: Queryable, actor: Actor, spec: TableSpec<R>, laCode: string, before: R): Promise<void> {
  await q.query(`DELETE FROM ${spec.table} WHERE la_code = $1 AND id = $2`, [laCode, idOf(before)]);
  await recordAudit(q, actor, {
    laCode, action: 'delete', entity: spec.table, entityId: idOf(before), summary: `Deleted ${spec.describe(before)}`, before,
  });
}

function idOf(row: unknown): number | undefined {
  return (row as { id?: number }).id;
}

/** True when the council has a row of `table` with this id (a parent a new record will hang under). */
export async function belongsToCouncil(q: Queryable, table: string, laCode: string, id: number | null | undefined): Promise<boolean> {
  if (id == null) return false;
  const rows = await q.query(`SELECT 1 FROM ${table} WHERE la_code = $1 AND id = $2`, [laCode, id]);
  return rows.length > 0;
}
