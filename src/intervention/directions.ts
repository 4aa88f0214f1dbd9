// Directions, their clauses, the Adviser's terms of reference and appointments, one council at a time.
import type { Queryable } from '../db/database.ts';
import type { Actor } from '../audit/audit.ts';
import {
  directionStatusChangeErrors, validateClause, validateDirection, type DirectionStatus,
} from '../domain/intervention/direction.ts';
import { validateAdviserTerms, validateAppointment, type ReviewArea } from '../domain/intervention/adviser.ts';
import { atomically, fail, merged, notFound, type FieldError, type SaveResult } from './result.ts';
import { belongsToCouncil, columnsOf, deleteRow, insertRow, selectRow, selectRows, updateRow, type Stamped, type TableSpec } from './table.ts';

export interface Direction extends Stamped {
  id: number;
  inspectionId: number | null;
  title: string;
  legalBasis: string;
  status: DirectionStatus;
  draftOn: string;
  representationsDeadline: string | null;
  representationsOn: string | null;
  issuedOn: string | null;
  revokedOn: string | null;
  note: string | null;
}

const directions: TableSpec<Direction> = {
  table: 'directions',
  columns: columnsOf<Direction>(['inspectionId', 'title', 'legalBasis', 'status', 'draftOn', 'representationsDeadline',
    'representationsOn', 'issuedOn', 'revokedOn', 'note']),
  orderBy: 'draft_on DESC, id DESC',
  describe: (d) => `Direction ${d.id} (${d.status})`,
};

/** Newest first. */
export function listDirections(q: Queryable, laCode: string): Promise<Direction[]> {
  return selectRows(q, directions, laCode);
}

export function getDirection(q: Queryable, laCode: string, id: number): Promise<Direction | null> {
  return selectRow(q, directions, laCode, id);
}

/** The Direction in force (issued, not revoked), else the latest draft, else null. */
export async function currentDirection(q: Queryable, laCode: string): Promise<Direction | null> {
  const all = await listDirections(q, laCode);
  return all.find((d) => d.status === 'issued') ?? all.find((d) => d.status === 'draft' || d.status === 'representations') ?? null;
}

async function inspectionErrors(q: Queryable, laCode: string, inspectionId: number | null): Promise<FieldError[]> {
  return inspectionId != null && !(await belongsToCouncil(q, 'inspections', laCode, inspectionId))
    ? [{ field: 'inspectionId', message: 'Select an inspection of this council' }] : [];
}

export function createDirection(q: Queryable, actor: Actor, laCode: string, input: unknown): Promise<SaveResult<Direction>> {
  return atomically(q, async (tx) => {
    const v = validateDirection(input);
    if (!v.ok) return v;
    const errors = await inspectionErrors(tx, laCode, v.value.inspectionId);
    if (errors.length) return fail(errors);
    return { ok: true, value: await insertRow(tx, actor, directions, laCode, v.value) };
  });
}

/** Moves the status forward only (draft → representations → issued → revoked), with the step's date. */
export function updateDirection(q: Queryable, actor: Actor, laCode: string, id: number, changes: unknown): Promise<SaveResult<Direction>> {
  return atomically(q, async (tx) => {
    const before = await getDirection(tx, laCode, id);
    if (!before) return notFound('The Direction');
    const v = validateDirection(merged(before, changes));
    if (!v.ok) return v;
    const errors = [...directionStatusChangeErrors(before.status, v.value.status), ...await inspectionErrors(tx, laCode, v.value.inspectionId)];
    if (errors.length) return fail(errors);
    return { ok: true, value: await updateRow(tx, actor, directions, laCode, before, v.value) };
  });
}

// ——— Clauses ———

export interface DirectionClause extends Stamped {
  id: number;
  directionId: number;
  ref: string;
  text: string;
  position: number;
}

const clauses: TableSpec<DirectionClause> = {
  table: 'direction_clauses',
  columns: columnsOf<DirectionClause>(['directionId', 'ref', 'text', 'position']),
  orderBy: 'direction_id, position, id',
  describe: (c) => `clause ${c.ref} of Direction ${c.directionId}`,
};

export function listClauses(q: Queryable, laCode: string, directionId: number): Promise<DirectionClause[]> {
  return selectRows(q, clauses, laCode, { directionId });
}

export function getClause(q: Queryable, laCode: string, id: number): Promise<DirectionClause | null> {
  return selectRow(q, clauses, laCode, id);
}

async function clauseErrors(q: Queryable, laCode: string, c: { directionId: number; ref: string }, id?: number): Promise<FieldError[]> {
  if (!(await belongsToCouncil(q, 'directions', laCode, c.directionId))) return [{ field: 'directionId', message: 'Select a Direction of this council' }];
  const clash = await q.query('SELECT 1 FROM direction_clauses WHERE la_code = $1 AND direction_id = $2 AND ref = $3 AND id IS DISTINCT FROM $4',
    [laCode, c.directionId, c.ref, id ?? null]);
  return clash.length ? [{ field: 'ref', message: `The Direction already has a clause ${c.ref}` }] : [];
}

export function createClause(q: Queryable, actor: Actor, laCode: string, input: unknown): Promise<SaveResult<DirectionClause>> {
  return atomically(q, async (tx) => {
    const v = validateClause(input);
    if (!v.ok) return v;
    const errors = await clauseErrors(tx, laCode, v.value);
    if (errors.length) return fail(errors);
    return { ok: true, value: await insertRow(tx, actor, clauses, laCode, v.value) };
  });
}

export function updateClause(q: Queryable, actor: Actor, laCode: string, id: number, changes: unknown): Promise<SaveResult<DirectionClause>> {
  return atomically(q, async (tx) => {
    const before = await getClause(tx, laCode, id);
    if (!before) return notFound('The clause');
    const v = validateClause(merged(before, changes));
    if (!v.ok) return v;
    const errors = await clauseErrors(tx, laCode, v.value, id);
    if (errors.length) return fail(errors);
    return { ok: true, value: await updateRow(tx, actor, clauses, laCode, before, v.value) };
  });
}

export function deleteClause(q: Queryable, actor: Actor, laCode: string, id: number): Promise<boolean> {
  return atomically(q, async (tx) => {
    const before = await getClause(tx, laCode, id);
    if (!before) return false;
    await deleteRow(tx, actor, clauses, laCode, before);
    return true;
  });
}

// ——— The Adviser's terms of reference (one per Direction) ———

export interface AdviserTerms extends Stamped {
  id: number;
  directionId: number;
  text: string;
  reviewAreas: ReviewArea[];
  note: string | null;
}

const terms: TableSpec<AdviserTerms> = {
  table: 'adviser_terms',
  columns: columnsOf<AdviserTerms>(['directionId', 'text', 'reviewAreas', 'note']),
  orderBy: 'direction_id',
  describe: (t) => `Adviser terms of reference for Direction ${t.directionId}`,
};

export async function getAdviserTerms(q: Queryable, laCode: string, directionId: number): Promise<AdviserTerms | null> {
  const [t] = await selectRows(q, terms, laCode, { directionId });
  return t ?? null;
}

/** Creates the Direction's terms of reference, or replaces them (the audit keeps the previous text). */
export function saveAdviserTerms(q: Queryable, actor: Actor, laCode: string, input: unknown): Promise<SaveResult<AdviserTerms>> {
  return atomically(q, async (tx) => {
    const v = validateAdviserTerms(input);
    if (!v.ok) return v;
    if (!(await belongsToCouncil(tx, 'directions', laCode, v.value.directionId))) {
      return fail([{ field: 'directionId', message: 'Select a Direction of this council' }]);
    }
    const before = await getAdviserTerms(tx, laCode, v.value.directionId);
    return {
      ok: true,
      value: before ? await updateRow(tx, actor, terms, laCode, before, v.value) : await insertRow(tx, actor, terms, laCode, v.value),
    };
  });
}

// ——— Appointments ———

export interface AdviserAppointment extends Stamped {
  id: number;
  directionId: number;
  appointee: string;
  organisation: string | null;
  appointedOn: string | null;
  endedOn: string | null;
  note: string | null;
}

const appointments: TableSpec<AdviserAppointment> = {
  table: 'adviser_appointments',
  columns: columnsOf<AdviserAppointment>(['directionId', 'appointee', 'organisation', 'appointedOn', 'endedOn', 'note']),
  orderBy: 'direction_id, appointed_on NULLS FIRST, id',
  describe: (a) => `Adviser appointment ${a.id} under Direction ${a.directionId}`,
};

export function listAppointments(q: Queryable, laCode: string, directionId: number): Promise<AdviserAppointment[]> {
  return selectRows(q, appointments, laCode, { directionId });
}

export function getAppointment(q: Queryable, laCode: string, id: number): Promise<AdviserAppointment | null> {
  return selectRow(q, appointments, laCode, id);
}

export function createAppointment(q: Queryable, actor: Actor, laCode: string, input: unknown): Promise<SaveResult<AdviserAppointment>> {
  return atomically(q, async (tx) => {
    const v = validateAppointment(input);
    if (!v.ok) return v;
    if (!(await belongsToCouncil(tx, 'directions', laCode, v.value.directionId))) {
      return fail([{ field: 'directionId', message: 'Select a Direction of this council' }]);
    }
    return { ok: true, value: await insertRow(tx, actor, appointments, laCode, v.value) };
  });
}

export function updateAppointment(q: Queryable, actor: Actor, laCode: string, id: number, changes: unknown): Promise<SaveResult<AdviserAppointment>> {
  return atomically(q, async (tx) => {
    const before = await getAppointment(tx, laCode, id);
    if (!before) return notFound('The appointment');
    const v = validateAppointment(merged(before, changes));
    if (!v.ok) return v;
    if (!(await belongsToCouncil(tx, 'directions', laCode, v.value.directionId))) {
      return fail([{ field: 'directionId', message: 'Select a Direction of this council' }]);
    }
    return { ok: true, value: await updateRow(tx, actor, appointments, laCode, before, v.value) };
  });
}
