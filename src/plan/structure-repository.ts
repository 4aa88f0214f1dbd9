// The plan itself, its objectives and their workstreams, one council at a time.
import type { Queryable } from '../db/database.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import { textField, type FieldError } from '../domain/plan/fields.ts';
import { failed, missing, type Saved } from './result.ts';

export interface Plan { laCode: string; title: string; inspectionId: number | null; illustrative: boolean; inspectionLabel: string | null }
export interface Objective { id: number; number: number; title: string; lead: string; workstreams: Workstream[] }
export interface Workstream { id: number; objectiveId: number; title: string; lead: string }

export async function getPlan(q: Queryable, laCode: string): Promise<Plan | null> {
  const [p] = await q.query(
    `SELECT p.la_code AS "laCode", p.title, p.inspection_id AS "inspectionId", p.illustrative,
            CASE WHEN i.id IS NULL THEN NULL ELSE i.year || ' inspection' ||
              coalesce(' (published ' || to_char(i.published_on, 'FMDD FMMonth YYYY') || ')', '') END AS "inspectionLabel"
       FROM plans p LEFT JOIN inspections i ON i.id = p.inspection_id AND i.la_code = p.la_code WHERE p.la_code = $1`, [laCode]);
  return (p as Plan) ?? null;
}

/** The inspections a plan can answer: those of the council with recommendations, newest first. */
export function inspectionsWithRecommendations(q: Queryable, laCode: string) {
  return q.query<{ id: number; label: string; recommendations: number }>(
    `SELECT i.id, i.year || ' inspection' || coalesce(' (published ' || to_char(i.published_on, 'FMDD FMMonth YYYY') || ')', '') AS label,
            count(r.id)::int AS recommendations
       FROM inspections i JOIN recommendations r ON r.inspection_id = i.id AND r.la_code = i.la_code
      WHERE i.la_code = $1 GROUP BY i.id ORDER BY coalesce(i.published_on, make_date(i.year, 1, 1)) DESC`, [laCode]);
}

export async function savePlan(q: Queryable, actor: Actor, laCode: string, input: { title: string; inspectionId: string | number | null; illustrative?: boolean }): Promise<Saved<Plan>> {
  const errors: FieldError[] = [];
  const title = textField(errors, 'title', input.title, 'title of the plan', { required: true });
  const inspectionId = input.inspectionId === '' || input.inspectionId == null ? null : Number(input.inspectionId);
  if (inspectionId != null) {
    const ok = Number.isInteger(inspectionId) && (await q.query('SELECT 1 FROM inspections WHERE la_code = $1 AND id = $2', [laCode, inspectionId])).length;
    if (!ok) errors.push({ field: 'inspectionId', message: 'Select an inspection of this council' });
  }
  if (errors.length) return failed(errors);
  const before = await getPlan(q, laCode);
  await q.query(
    `INSERT INTO plans (la_code, title, inspection_id, illustrative) VALUES ($1, $2, $3, $4)
     ON CONFLICT (la_code) DO UPDATE SET title = $2, inspection_id = $3, updated_at = now()`,
    [laCode, title, inspectionId, input.illustrative ?? false]);
  const after = (await getPlan(q, laCode))!;
  await recordAudit(q, actor, { laCode, action: before ? 'update' : 'create', entity: 'plans', entityId: laCode,
    summary: `${before ? 'Changed' : 'Started'} the improvement plan "${title}"`, before: before ?? undefined, after });
  return { ok: true, value: after };
}

export async function listObjectives(q: Queryable, laCode: string): Promise<Objective[]> {
  const objectives = await q.query<Objective>(
    'SELECT id, number, title, lead FROM plan_objectives WHERE la_code = $1 ORDER BY number', [laCode]);
  const workstreams = await q.query<Workstream>(
    'SELECT id, objective_id AS "objectiveId", title, lead FROM plan_workstreams WHERE la_code = $1 ORDER BY id', [laCode]);
  return objectives.map((o) => ({ ...o, workstreams: workstreams.filter((w) => w.objectiveId === o.id) }));
}

export async function getWorkstream(q: Queryable, laCode: string, id: number): Promise<Workstream | null> {
  const [w] = await q.query<Workstream>('SELECT id, objective_id AS "objectiveId", title, lead FROM plan_workstreams WHERE la_code = $1 AND id = $2', [laCode, id]);
  return w ?? null;
}

export async function getObjective(q: Queryable, laCode: string, id: number): Promise<Omit<Objective, 'workstreams'> | null> {
  const [o] = await q.query('SELECT id, number, title, lead FROM plan_objectives WHERE la_code = $1 AND id = $2', [laCode, id]);
  return (o as Omit<Objective, 'workstreams'>) ?? null;
}

function objectiveFields(input: { title: string; lead: string }) {
  const errors: FieldError[] = [];
  const title = textField(errors, 'title', input.title, 'objective', { required: true, enter: 'Enter the objective' });
  const lead = textField(errors, 'lead', input.lead, 'lead');
  return { errors, title, lead };
}

export async function createObjective(q: Queryable, actor: Actor, laCode: string, input: { title: string; lead: string }): Promise<Saved<{ id: number }>> {
  const { errors, title, lead } = objectiveFields(input);
  if (!errors.length && (await q.query('SELECT 1 FROM plan_objectives WHERE la_code = $1 AND lower(title) = lower($2)', [laCode, title])).length) {
    errors.push({ field: 'title', message: 'The plan already has an objective with this title' });
  }
  if (!(await getPlan(q, laCode))) errors.push({ field: 'title', message: 'Start the plan before adding objectives' });
  if (errors.length) return failed(errors);
  const [row] = await q.query<{ id: number; number: number }>(
    `INSERT INTO plan_objectives (la_code, number, title, lead)
     VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM plan_objectives WHERE la_code = $1), $2, $3) RETURNING id, number`,
    [laCode, title, lead]);
  await recordAudit(q, actor, { laCode, action: 'create', entity: 'plan objectives', entityId: row.id,
    summary: `Added objective ${row.number}: ${title}`, after: { number: row.number, title, lead } });
  return { ok: true, value: { id: row.id } };
}

export async function updateObjective(q: Queryable, actor: Actor, laCode: string, id: number, input: { title: string; lead: string }): Promise<Saved<{ id: number }>> {
  const before = await getObjective(q, laCode, id);
  if (!before) return missing('The objective');
  const { errors, title, lead } = objectiveFields(input);
  if (!errors.length && (await q.query('SELECT 1 FROM plan_objectives WHERE la_code = $1 AND lower(title) = lower($2) AND id <> $3', [laCode, title, id])).length) {
    errors.push({ field: 'title', message: 'The plan already has an objective with this title' });
  }
  if (errors.length) return failed(errors);
  await q.query('UPDATE plan_objectives SET title = $3, lead = $4, updated_at = now() WHERE la_code = $1 AND id = $2', [laCode, id, title, lead]);
  await recordAudit(q, actor, { laCode, action: 'update', entity: 'plan objectives', entityId: id,
    summary: `Changed objective ${before.number}: ${title}`, before: { title: before.title, lead: before.lead }, after: { title, lead } });
  return { ok: true, value: { id } };
}

function workstreamFields(input: { title: string; lead: string }) {
  const errors: FieldError[] = [];
  const title = textField(errors, 'title', input.title, 'workstream', { required: true, enter: 'Enter the workstream' });
  const lead = textField(errors, 'lead', input.lead, 'lead', { required: true, enter: 'Enter who leads the workstream' });
  return { errors, title, lead };
}

export async function createWorkstream(q: Queryable, actor: Actor, laCode: string,
  input: { objectiveId: string | number; title: string; lead: string }): Promise<Saved<{ id: number }>> {
  const { errors, title, lead } = workstreamFields(input);
  const objective = Number.isInteger(Number(input.objectiveId)) && input.objectiveId !== '' ? await getObjective(q, laCode, Number(input.objectiveId)) : null;
  if (!objective) errors.unshift({ field: 'objectiveId', message: 'Select the objective the workstream belongs to' });
  else if (title && (await q.query('SELECT 1 FROM plan_workstreams WHERE la_code = $1 AND objective_id = $2 AND lower(title) = lower($3)', [laCode, objective.id, title])).length) {
    errors.push({ field: 'title', message: 'The objective already has a workstream with this title' });
  }
  if (errors.length) return failed(errors);
  const [row] = await q.query<{ id: number }>('INSERT INTO plan_workstreams (la_code, objective_id, title, lead) VALUES ($1, $2, $3, $4) RETURNING id',
    [laCode, objective!.id, title, lead]);
  await recordAudit(q, actor, { laCode, action: 'create', entity: 'plan workstreams', entityId: row.id,
    summary: `Added workstream "${title}" to objective ${objective!.number}`, after: { objectiveId: objective!.id, title, lead } });
  return { ok: true, value: { id: row.id } };
}

export async function updateWorkstream(q: Queryable, actor: Actor, laCode: string, id: number, input: { title: string; lead: string }): Promise<Saved<{ id: number }>> {
  const before = await getWorkstream(q, laCode, id);
  if (!before) return missing('The workstream');
  const { errors, title, lead } = workstreamFields(input);
  if (title && (await q.query('SELECT 1 FROM plan_workstreams WHERE la_code = $1 AND objective_id = $2 AND lower(title) = lower($3) AND id <> $4',
    [laCode, before.objectiveId, title, id])).length) errors.push({ field: 'title', message: 'The objective already has a workstream with this title' });
  if (errors.length) return failed(errors);
  await q.query('UPDATE plan_workstreams SET title = $3, lead = $4, updated_at = now() WHERE la_code = $1 AND id = $2', [laCode, id, title, lead]);
  await recordAudit(q, actor, { laCode, action: 'update', entity: 'plan workstreams', entityId: id,
    summary: `Changed workstream "${title}"`, before: { title: before.title, lead: before.lead }, after: { title, lead } });
  return { ok: true, value: { id } };
}
