// The Intervention Adviser's six-monthly reviews and their assessments by area.
import type { Queryable } from '../db/database.ts';
import type { Actor } from '../audit/audit.ts';
import type { ReviewArea } from '../domain/intervention/adviser.ts';
import {
  reviewContextErrors, validateAdviserReview, validateReviewAssessment, type Verdict,
} from '../domain/intervention/review.ts';
import { REVIEW_AREA_LABELS } from '../domain/intervention/adviser.ts';
import { atomically, fail, merged, notFound, type FieldError, type SaveResult } from './result.ts';
import { belongsToCouncil, columnsOf, deleteRow, insertRow, selectRow, selectRows, updateRow, type Stamped, type TableSpec } from './table.ts';

export interface AdviserReview extends Stamped {
  id: number;
  directionId: number;
  number: number;
  periodStart: string | null;
  periodEnd: string | null;
  submittedOn: string | null;
  overall: Verdict | null;
  summary: string | null;
}

const reviews: TableSpec<AdviserReview> = {
  table: 'adviser_reviews',
  columns: columnsOf<AdviserReview>(['directionId', 'number', 'periodStart', 'periodEnd', 'submittedOn', 'overall', 'summary']),
  orderBy: 'direction_id, number DESC',
  describe: (r) => `Adviser review ${r.number} under Direction ${r.directionId}`,
};

/** Latest first; all the council's reviews, or those under one Direction. */
export function listAdviserReviews(q: Queryable, laCode: string, directionId?: number): Promise<AdviserReview[]> {
  return selectRows(q, reviews, laCode, directionId == null ? {} : { directionId });
}

export function getAdviserReview(q: Queryable, laCode: string, id: number): Promise<AdviserReview | null> {
  return selectRow(q, reviews, laCode, id);
}

async function reviewErrors(
  q: Queryable, laCode: string, r: { directionId: number; number: number; periodStart: string | null; submittedOn: string | null }, id?: number,
): Promise<FieldError[]> {
  const [direction] = await q.query<{ draftOn: string; issuedOn: string | null }>(
    'SELECT draft_on AS "draftOn", issued_on AS "issuedOn" FROM directions WHERE la_code = $1 AND id = $2', [laCode, r.directionId]);
  const errors = reviewContextErrors(r, direction ?? null);
  if (errors.length) return errors;
  const clash = await q.query('SELECT 1 FROM adviser_reviews WHERE la_code = $1 AND direction_id = $2 AND number = $3 AND id IS DISTINCT FROM $4',
    [laCode, r.directionId, r.number, id ?? null]);
  return clash.length ? [{ field: 'number', message: `Review ${r.number} under this Direction is already recorded` }] : [];
}

export function createAdviserReview(q: Queryable, actor: Actor, laCode: string, input: unknown): Promise<SaveResult<AdviserReview>> {
  return atomically(q, async (tx) => {
    const v = validateAdviserReview(input);
    if (!v.ok) return v;
    const errors = await reviewErrors(tx, laCode, v.value);
    if (errors.length) return fail(errors);
    return { ok: true, value: await insertRow(tx, actor, reviews, laCode, v.value) };
  });
}

export function updateAdviserReview(q: Queryable, actor: Actor, laCode: string, id: number, changes: unknown): Promise<SaveResult<AdviserReview>> {
  return atomically(q, async (tx) => {
    const before = await getAdviserReview(tx, laCode, id);
    if (!before) return notFound('The review');
    const v = validateAdviserReview(merged(before, changes));
    if (!v.ok) return v;
    const errors = await reviewErrors(tx, laCode, v.value, id);
    if (errors.length) return fail(errors);
    return { ok: true, value: await updateRow(tx, actor, reviews, laCode, before, v.value) };
  });
}

// ——— Assessments by area ———

export interface ReviewAssessment extends Stamped {
  id: number;
  reviewId: number;
  area: ReviewArea;
  assessment: string;
  verdict: Verdict | null;
  evidence: string | null;
}

const assessments: TableSpec<ReviewAssessment> = {
  table: 'review_assessments',
  columns: columnsOf<ReviewAssessment>(['reviewId', 'area', 'assessment', 'verdict', 'evidence']),
  // In the terms of reference's order of areas.
  orderBy: `review_id, array_position(ARRAY['practice', 'performance', 'culture', 'leadership_management_governance',
    'workforce_management_oversight', 'early_help', 'safeguarding_board'], area)`,
  describe: (a) => `assessment of ${REVIEW_AREA_LABELS[a.area].toLowerCase()} in review record ${a.reviewId}`,
};

export function listReviewAssessments(q: Queryable, laCode: string, reviewId: number): Promise<ReviewAssessment[]> {
  return selectRows(q, assessments, laCode, { reviewId });
}

export function getReviewAssessment(q: Queryable, laCode: string, id: number): Promise<ReviewAssessment | null> {
  return selectRow(q, assessments, laCode, id);
}

async function assessmentErrors(q: Queryable, laCode: string, a: { reviewId: number; area: ReviewArea }, id?: number): Promise<FieldError[]> {
  if (!(await belongsToCouncil(q, 'adviser_reviews', laCode, a.reviewId))) return [{ field: 'reviewId', message: 'Select a review of this council' }];
  const clash = await q.query('SELECT 1 FROM review_assessments WHERE la_code = $1 AND review_id = $2 AND area = $3 AND id IS DISTINCT FROM $4',
    [laCode, a.reviewId, a.area, id ?? null]);
  return clash.length ? [{ field: 'area', message: `The review already assesses ${REVIEW_AREA_LABELS[a.area].toLowerCase()}` }] : [];
}

export function createReviewAssessment(q: Queryable, actor: Actor, laCode: string, input: unknown): Promise<SaveResult<ReviewAssessment>> {
  return atomically(q, async (tx) => {
    const v = validateReviewAssessment(input);
    if (!v.ok) return v;
    const errors = await assessmentErrors(tx, laCode, v.value);
    if (errors.length) return fail(errors);
    return { ok: true, value: await insertRow(tx, actor, assessments, laCode, v.value) };
  });
}

export function updateReviewAssessment(q: Queryable, actor: Actor, laCode: string, id: number, changes: unknown): Promise<SaveResult<ReviewAssessment>> {
  return atomically(q, async (tx) => {
    const before = await getReviewAssessment(tx, laCode, id);
    if (!before) return notFound('The assessment');
    const v = validateReviewAssessment(merged(before, changes));
    if (!v.ok) return v;
    const errors = await assessmentErrors(tx, laCode, v.value, id);
    if (errors.length) return fail(errors);
    return { ok: true, value: await updateRow(tx, actor, assessments, laCode, before, v.value) };
  });
}

export function deleteReviewAssessment(q: Queryable, actor: Actor, laCode: string, id: number): Promise<boolean> {
  return atomically(q, async (tx) => {
    const before = await getReviewAssessment(tx, laCode, id);
    if (!before) return false;
    await deleteRow(tx, actor, assessments, laCode, before);
    return true;
  });
}
