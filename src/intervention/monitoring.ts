// Ofsted monitoring visits and their findings, one council at a time.
import type { Queryable } from '../db/database.ts';
import type { Actor } from '../audit/audit.ts';
import {
  validateFinding, validateMonitoringVisit, visitContextErrors, type FindingKind,
} from '../domain/intervention/monitoring.ts';
import { splitLetterFindings, type CandidateFinding } from '../domain/intervention/split-letter-findings.ts';
import { atomically, fail, merged, notFound, type FieldError, type SaveResult } from './result.ts';
import { belongsToCouncil, columnsOf, deleteRow, insertRow, selectRow, selectRows, updateRow, type Stamped, type TableSpec } from './table.ts';

export interface MonitoringVisit extends Stamped {
  id: number;
  inspectionId: number;
  number: number;
  visitStart: string;
  visitEnd: string;
  inspectors: string;
  focus: string;
  letterDate: string | null;
  letterText: string | null;
}

const visits: TableSpec<MonitoringVisit> = {
  table: 'monitoring_visits',
  columns: columnsOf<MonitoringVisit>(['inspectionId', 'number', 'visitStart', 'visitEnd', 'inspectors', 'focus', 'letterDate', 'letterText']),
  orderBy: 'visit_start DESC, id DESC',
  describe: (v) => `monitoring visit ${v.number} (${v.visitStart} to ${v.visitEnd})`,
};

/** Newest first; all the council's visits, or those monitoring one inspection. */
export function listMonitoringVisits(q: Queryable, laCode: string, inspectionId?: number): Promise<MonitoringVisit[]> {
  return selectRows(q, visits, laCode, inspectionId == null ? {} : { inspectionId });
}

export function getMonitoringVisit(q: Queryable, laCode: string, id: number): Promise<MonitoringVisit | null> {
  return selectRow(q, visits, laCode, id);
}

async function visitErrors(q: Queryable, laCode: string, v: { inspectionId: number; number: number; visitStart: string }, id?: number): Promise<FieldError[]> {
  const [inspection] = await q.query<{ publishedOn: string | null }>(
    'SELECT published_on AS "publishedOn" FROM inspections WHERE la_code = $1 AND id = $2', [laCode, v.inspectionId]);
  const errors = visitContextErrors(v, inspection ?? null);
  if (errors.length) return errors;
  const clash = await q.query('SELECT 1 FROM monitoring_visits WHERE la_code = $1 AND inspection_id = $2 AND number = $3 AND id IS DISTINCT FROM $4',
    [laCode, v.inspectionId, v.number, id ?? null]);
  return clash.length ? [{ field: 'number', message: `Monitoring visit ${v.number} of this inspection is already recorded` }] : [];
}

export function createMonitoringVisit(q: Queryable, actor: Actor, laCode: string, input: unknown): Promise<SaveResult<MonitoringVisit>> {
  return atomically(q, async (tx) => {
    const v = validateMonitoringVisit(input);
    if (!v.ok) return v;
    const errors = await visitErrors(tx, laCode, v.value);
    if (errors.length) return fail(errors);
    return { ok: true, value: await insertRow(tx, actor, visits, laCode, v.value) };
  });
}

export function updateMonitoringVisit(q: Queryable, actor: Actor, laCode: string, id: number, changes: unknown): Promise<SaveResult<MonitoringVisit>> {
  return atomically(q, async (tx) => {
    const before = await getMonitoringVisit(tx, laCode, id);
    if (!before) return notFound('The monitoring visit');
    const v = validateMonitoringVisit(merged(before, changes));
    if (!v.ok) return v;
    const errors = await visitErrors(tx, laCode, v.value, id);
    if (errors.length) return fail(errors);
    return { ok: true, value: await updateRow(tx, actor, visits, laCode, before, v.value) };
  });
}

/** The visit's letter split into sentences under "Findings", for the user to classify (nothing saved). */
export async function candidateFindings(q: Queryable, laCode: string, visitId: number): Promise<CandidateFinding[] | null> {
  const visit = await getMonitoringVisit(q, laCode, visitId);
  return visit ? splitLetterFindings(visit.letterText ?? '') : null;
}

// ——— Findings ———

export interface VisitFinding extends Stamped {
  id: number;
  visitId: number;
  kind: FindingKind;
  text: string;
  position: number;
}

const findings: TableSpec<VisitFinding> = {
  table: 'visit_findings',
  columns: columnsOf<VisitFinding>(['visitId', 'kind', 'text', 'position']),
  orderBy: 'visit_id, position, id',
  describe: (f) => `finding ${f.position} of monitoring visit record ${f.visitId}`,
};

/** In the letter's order. */
export function listFindings(q: Queryable, laCode: string, visitId: number): Promise<VisitFinding[]> {
  return selectRows(q, findings, laCode, { visitId });
}

export function getFinding(q: Queryable, laCode: string, id: number): Promise<VisitFinding | null> {
  return selectRow(q, findings, laCode, id);
}

const noVisit: FieldError = { field: 'visitId', message: 'Select a monitoring visit of this council' };

export function createFinding(q: Queryable, actor: Actor, laCode: string, input: unknown): Promise<SaveResult<VisitFinding>> {
  return atomically(q, async (tx) => {
    const v = validateFinding(input);
    if (!v.ok) return v;
    if (!(await belongsToCouncil(tx, 'monitoring_visits', laCode, v.value.visitId))) return fail([noVisit]);
    return { ok: true, value: await insertRow(tx, actor, findings, laCode, v.value) };
  });
}

/** Reclassifies, rewords or moves a finding. */
export function updateFinding(q: Queryable, actor: Actor, laCode: string, id: number, changes: unknown): Promise<SaveResult<VisitFinding>> {
  return atomically(q, async (tx) => {
    const before = await getFinding(tx, laCode, id);
    if (!before) return notFound('The finding');
    const v = validateFinding(merged(before, changes));
    if (!v.ok) return v;
    if (!(await belongsToCouncil(tx, 'monitoring_visits', laCode, v.value.visitId))) return fail([noVisit]);
    return { ok: true, value: await updateRow(tx, actor, findings, laCode, before, v.value) };
  });
}

export function deleteFinding(q: Queryable, actor: Actor, laCode: string, id: number): Promise<boolean> {
  return atomically(q, async (tx) => {
    const before = await getFinding(tx, laCode, id);
    if (!before) return false;
    await deleteRow(tx, actor, findings, laCode, before);
    return true;
  });
}

/**
 * Saves classified findings after the visit's existing ones, in the given order, all or none.
 * Errors name the item: field 'items.4.kind' is the fifth item's kind.
 */
export function createFindings(
  q: Queryable, actor: Actor, laCode: string, visitId: number, items: { kind: string; text: string }[],
): Promise<SaveResult<VisitFinding[]>> {
  return atomically(q, async (tx) => {
    if (!(await belongsToCouncil(tx, 'monitoring_visits', laCode, visitId))) return fail([noVisit]);
    const [{ last }] = await tx.query<{ last: number }>(
      'SELECT coalesce(max(position), 0) AS last FROM visit_findings WHERE la_code = $1 AND visit_id = $2', [laCode, visitId]);
    const errors: FieldError[] = [];
    const valid = items.map((item, i) => {
      const v = validateFinding({ ...item, visitId, position: last + i + 1 });
      if (!v.ok) errors.push(...v.errors.map((e) => ({ field: `items.${i}.${e.field}`, message: e.message })));
      return v.ok ? v.value : null;
    });
    if (!items.length) errors.push({ field: 'items', message: 'Select at least one finding' });
    if (errors.length) return fail(errors);
    const saved: VisitFinding[] = [];
    for (const v of valid) saved.push(await insertRow(tx, actor, findings, laCode, v!));
    return { ok: true, value: saved };
  });
}
