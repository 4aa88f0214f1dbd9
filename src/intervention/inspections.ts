// Inspections and their recommendations, one council at a time.
import type { Queryable } from '../db/database.ts';
import type { Actor } from '../audit/audit.ts';
import type { Judgment } from '../domain/intervention/judgments.ts';
import {
  describeInspection, previousInspectionErrors, validateInspection, validateRecommendation,
} from '../domain/intervention/inspection.ts';
import { splitRecommendations } from '../domain/intervention/split-recommendations.ts';
import { atomically, fail, merged, notFound, type FieldError, type SaveResult } from './result.ts';
import { belongsToCouncil, columnsOf, deleteRow, insertRow, selectRow, selectRows, updateRow, type Stamped, type TableSpec } from './table.ts';

export interface Inspection extends Stamped {
  id: number;
  year: number;
  framework: string | null;
  fieldworkStart: string | null;
  fieldworkEnd: string | null;
  publishedOn: string | null;
  overall: Judgment | null;
  helpAndProtection: Judgment | null;
  childrenInCare: Judgment | null;
  careLeavers: Judgment | null;
  leadershipManagementGovernance: Judgment | null;
  lscbReview: Judgment | null;
  previousInspectionId: number | null;
  note: string | null;
}

const inspections: TableSpec<Inspection> = {
  table: 'inspections',
  columns: columnsOf<Inspection>(['year', 'framework', 'fieldworkStart', 'fieldworkEnd', 'publishedOn', 'overall',
    'helpAndProtection', 'childrenInCare', 'careLeavers', 'leadershipManagementGovernance', 'lscbReview',
    'previousInspectionId', 'note']),
  orderBy: 'coalesce(published_on, fieldwork_start, make_date(year, 1, 1)) DESC, id DESC',
  describe: (i) => describeInspection(i),
};

/** Newest first. */
export function listInspections(q: Queryable, laCode: string): Promise<Inspection[]> {
  return selectRows(q, inspections, laCode);
}

export function getInspection(q: Queryable, laCode: string, id: number): Promise<Inspection | null> {
  return selectRow(q, inspections, laCode, id);
}

async function previousErrors(q: Queryable, laCode: string, current: { year: number; id?: number }, previousId: number | null): Promise<FieldError[]> {
  const previous = previousId == null ? null : await getInspection(q, laCode, previousId);
  return previousInspectionErrors(current, previous, previousId);
}

export function createInspection(q: Queryable, actor: Actor, laCode: string, input: unknown): Promise<SaveResult<Inspection>> {
  return atomically(q, async (tx) => {
    const v = validateInspection(input);
    if (!v.ok) return v;
    const errors = await previousErrors(tx, laCode, v.value, v.value.previousInspectionId);
    if (errors.length) return fail(errors);
    return { ok: true, value: await insertRow(tx, actor, inspections, laCode, v.value) };
  });
}

/** Changes merge over the stored inspection: send only what changed, or every field of the form. */
export function updateInspection(q: Queryable, actor: Actor, laCode: string, id: number, changes: unknown): Promise<SaveResult<Inspection>> {
  return atomically(q, async (tx) => {
    const before = await getInspection(tx, laCode, id);
    if (!before) return notFound('The inspection');
    const input = merged(before, changes);
    // The year follows the fieldwork: a new start date without a year re-derives it.
    if (changes && typeof changes === 'object' && 'fieldworkStart' in changes && !('year' in changes)) delete input.year;
    const v = validateInspection(input);
    if (!v.ok) return v;
    const errors = await previousErrors(tx, laCode, { ...v.value, id }, v.value.previousInspectionId);
    if (errors.length) return fail(errors);
    return { ok: true, value: await updateRow(tx, actor, inspections, laCode, before, v.value) };
  });
}

// ——— Recommendations ———

export interface Recommendation extends Stamped {
  id: number;
  inspectionId: number;
  number: number;
  text: string;
  illustrative: boolean;
  note: string | null;
}

const recommendations: TableSpec<Recommendation> = {
  table: 'recommendations',
  columns: columnsOf<Recommendation>(['inspectionId', 'number', 'text', 'illustrative', 'note']),
  orderBy: 'inspection_id, number',
  describe: (r) => `recommendation ${r.number} of inspection ${r.inspectionId}`,
};

export function listRecommendations(q: Queryable, laCode: string, inspectionId: number): Promise<Recommendation[]> {
  return selectRows(q, recommendations, laCode, { inspectionId });
}

export function getRecommendation(q: Queryable, laCode: string, id: number): Promise<Recommendation | null> {
  return selectRow(q, recommendations, laCode, id);
}

async function recommendationErrors(q: Queryable, laCode: string, r: { inspectionId: number; number: number }, id?: number): Promise<FieldError[]> {
  if (!(await belongsToCouncil(q, 'inspections', laCode, r.inspectionId))) {
    return [{ field: 'inspectionId', message: 'Select an inspection of this council' }];
  }
  const clash = await q.query('SELECT 1 FROM recommendations WHERE la_code = $1 AND inspection_id = $2 AND number = $3 AND id IS DISTINCT FROM $4',
    [laCode, r.inspectionId, r.number, id ?? null]);
  return clash.length ? [{ field: 'number', message: `There is already a recommendation ${r.number} for this inspection` }] : [];
}

export function createRecommendation(q: Queryable, actor: Actor, laCode: string, input: unknown): Promise<SaveResult<Recommendation>> {
  return atomically(q, async (tx) => {
    const v = validateRecommendation(input);
    if (!v.ok) return v;
    const errors = await recommendationErrors(tx, laCode, v.value);
    if (errors.length) return fail(errors);
    return { ok: true, value: await insertRow(tx, actor, recommendations, laCode, v.value) };
  });
}

export function updateRecommendation(q: Queryable, actor: Actor, laCode: string, id: number, changes: unknown): Promise<SaveResult<Recommendation>> {
  return atomically(q, async (tx) => {
    const before = await getRecommendation(tx, laCode, id);
    if (!before) return notFound('The recommendation');
    const v = validateRecommendation(merged(before, changes));
    if (!v.ok) return v;
    const errors = await recommendationErrors(tx, laCode, v.value, id);
    if (errors.length) return fail(errors);
    return { ok: true, value: await updateRow(tx, actor, recommendations, laCode, before, v.value) };
  });
}

/** Removes a recommendation (e.g. one split wrongly from a paste). False when there was none. */
export function deleteRecommendation(q: Queryable, actor: Actor, laCode: string, id: number): Promise<boolean> {
  return atomically(q, async (tx) => {
    const before = await getRecommendation(tx, laCode, id);
    if (!before) return false;
    await deleteRow(tx, actor, recommendations, laCode, before);
    return true;
  });
}

/**
 * Saves several recommendations at once (the checked result of splitRecommendations), all or none.
 * Errors name the item: field 'items.2.text' is the third item's text.
 */
export function createRecommendations(
  q: Queryable, actor: Actor, laCode: string, inspectionId: number,
  items: { number: number | string; text: string; note?: string | null }[], opts: { illustrative?: boolean } = {},
): Promise<SaveResult<Recommendation[]>> {
  return atomically(q, async (tx) => {
    const errors: FieldError[] = [];
    const seen = new Set<number>();
    const valid = items.map((item, i) => {
      const v = validateRecommendation({ inspectionId, ...item, illustrative: opts.illustrative === true });
      if (!v.ok) {
        errors.push(...v.errors.map((e) => ({ field: e.field === 'inspectionId' ? e.field : `items.${i}.${e.field}`, message: e.message })));
        return null;
      }
      if (seen.has(v.value.number)) errors.push({ field: `items.${i}.number`, message: `Recommendation ${v.value.number} appears more than once` });
      seen.add(v.value.number);
      return v.value;
    });
    if (!items.length) errors.push({ field: 'items', message: 'Enter at least one recommendation' });
    if (errors.length) return fail(errors);
    // Every check before the first write: a failure must leave nothing saved.
    for (const [i, v] of valid.entries()) {
      const clash = await recommendationErrors(tx, laCode, v!);
      errors.push(...clash.map((e) => ({ field: e.field === 'number' ? `items.${i}.number` : e.field, message: e.message })));
    }
    if (errors.length) return fail(dedupe(errors));
    const saved: Recommendation[] = [];
    for (const v of valid) saved.push(await insertRow(tx, actor, recommendations, laCode, v!));
    return { ok: true, value: saved };
  });
}

/** Splits pasted text and saves the items, all or none; the screen normally previews the split first. */
export function createRecommendationsFromText(
  q: Queryable, actor: Actor, laCode: string, inspectionId: number, pasted: string, opts: { illustrative?: boolean } = {},
): Promise<SaveResult<Recommendation[]>> {
  return createRecommendations(q, actor, laCode, inspectionId, splitRecommendations(pasted).items, opts);
}

function dedupe(errors: FieldError[]): FieldError[] {
  return errors.filter((e, i) => errors.findIndex((x) => x.field === e.field && x.message === e.message) === i);
}
