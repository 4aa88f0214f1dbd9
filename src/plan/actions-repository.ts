// Changing plan actions: their fields, the recommendations and findings they answer, dependencies,
// milestones, success measures and rating overrides. Every change is checked first (nothing saved
// on any problem) and written to the audit trail with before and after.
import type { Queryable } from '../db/database.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import { dependencyCycle, validateAction, type ActionFields, type RawAction } from '../domain/plan/action-input.ts';
import { dateField, textField, type FieldError } from '../domain/plan/fields.ts';
import { validateMeasure, type MeasureSpec } from '../domain/plan/measure-input.ts';
import { isOverrideRating, type OverrideRating } from '../domain/plan/status.ts';
import type { IsoDate } from '../domain/calendar/dates.ts';
import { PLAN_INDICATORS } from './indicators.ts';
import { failed, missing, type Saved } from './result.ts';
import { ACTION_SELECT, type ActionRecord } from './read-model.ts';

export interface ActionForm extends RawAction {
  workstreamId: string;
  ownerUserId: string;
  recommendationIds: string[];
  findingIds: string[];
}

export interface ActionLinks { recommendationIds: number[]; findingIds: number[] }

export async function getActionRecord(q: Queryable, laCode: string, id: number): Promise<ActionRecord | null> {
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const [a] = await q.query<ActionRecord>(`${ACTION_SELECT} WHERE a.la_code = $1 AND a.id = $2`, [laCode, id]);
  return a ?? null;
}

export async function actionLinks(q: Queryable, laCode: string, id: number): Promise<ActionLinks & { dependencies: string[] }> {
  const recs = await q.query<{ id: number }>('SELECT recommendation_id AS id FROM plan_action_recommendations WHERE la_code = $1 AND action_id = $2', [laCode, id]);
  const finds = await q.query<{ id: number }>('SELECT finding_id AS id FROM plan_action_findings WHERE la_code = $1 AND action_id = $2', [laCode, id]);
  const deps = await q.query<{ ref: string }>(`SELECT p.ref FROM plan_action_dependencies d JOIN plan_actions p ON p.id = d.depends_on_id AND p.la_code = d.la_code
    WHERE d.la_code = $1 AND d.action_id = $2 ORDER BY p.ref`, [laCode, id]);
  return { recommendationIds: recs.map((r) => r.id).sort((a, b) => a - b), findingIds: finds.map((r) => r.id).sort((a, b) => a - b),
    dependencies: deps.map((d) => d.ref) };
}

const ids = (xs: string[]) => [...new Set(xs.map(Number))];
const storable = (xs: number[]) => xs.filter((x) => Number.isInteger(x) && x > 0 && x <= 2_147_483_647);

/** Checks the form against the council's records; returns the fields to save, or every problem. */
async function checkForm(q: Queryable, laCode: string, form: ActionForm, id: number | null)
  : Promise<Saved<{ fields: ActionFields; workstreamId: number; ownerUserId: number | null; links: ActionLinks; dependencyIds: number[] }>> {
  const refs = await q.query<{ id: number; ref: string }>('SELECT id, ref FROM plan_actions WHERE la_code = $1', [laCode]);
  const others = refs.filter((r) => r.id !== id);
  const checked = validateAction(form, { takenRefs: new Set(others.map((r) => r.ref)), knownRefs: new Set(refs.map((r) => r.ref)) });
  const errors: FieldError[] = checked.ok ? [] : [...checked.errors];
  const workstreamId = Number(form.workstreamId);
  if (!storable([workstreamId]).length || !(await q.query('SELECT 1 FROM plan_workstreams WHERE la_code = $1 AND id = $2', [laCode, workstreamId])).length) {
    errors.push({ field: 'workstreamId', message: 'Select the workstream the action belongs to' });
  }
  const ownerUserId = form.ownerUserId ? Number(form.ownerUserId) : null;
  if (ownerUserId != null && (!storable([ownerUserId]).length
    || !(await q.query('SELECT 1 FROM user_councils WHERE la_code = $1 AND user_id = $2', [laCode, ownerUserId])).length)) {
    errors.push({ field: 'ownerUserId', message: 'Select an account of this council, or no account' });
  }
  const recommendationIds = ids(form.recommendationIds);
  const findingIds = ids(form.findingIds);
  const okRecs = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM recommendations WHERE la_code = $1 AND id = ANY($2::int[])', [laCode, storable(recommendationIds)]);
  if (okRecs[0].n !== recommendationIds.length) errors.push({ field: 'recommendationIds', message: 'Select recommendations of this council\'s inspection' });
  const okFinds = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM visit_findings WHERE la_code = $1 AND id = ANY($2::int[])', [laCode, storable(findingIds)]);
  if (okFinds[0].n !== findingIds.length) errors.push({ field: 'findingIds', message: 'Select findings of this council\'s monitoring visits' });
  if (!checked.ok || errors.length) return failed(errors);
  const fields = checked.value;
  // The plan's dependencies with this action's new ones: none may lead back to itself.
  const edges = await q.query<{ from: string; to: string }>(`SELECT a.ref AS "from", b.ref AS "to" FROM plan_action_dependencies d
    JOIN plan_actions a ON a.id = d.action_id AND a.la_code = d.la_code JOIN plan_actions b ON b.id = d.depends_on_id AND b.la_code = d.la_code
    WHERE d.la_code = $1 AND d.action_id IS DISTINCT FROM $2`, [laCode, id]);
  const oldRef = refs.find((r) => r.id === id)?.ref;
  const graph = new Map<string, string[]>();
  for (const e of edges) {
    const from = e.from === oldRef ? fields.ref : e.from, to = e.to === oldRef ? fields.ref : e.to;
    graph.set(from, [...(graph.get(from) ?? []), to]);
  }
  graph.set(fields.ref, fields.dependencies);
  const cycle = dependencyCycle(graph);
  if (cycle) return failed([{ field: 'dependencies', message: `These actions would depend on each other in a circle: ${cycle.join(' → ')}` }]);
  const dependencyIds = fields.dependencies.map((ref) => refs.find((r) => r.ref === ref)!.id);
  return { ok: true, value: { fields, workstreamId, ownerUserId, links: { recommendationIds, findingIds }, dependencyIds } };
}

async function saveLinks(q: Queryable, laCode: string, id: number, links: ActionLinks, dependencyIds: number[]) {
  await q.query('DELETE FROM plan_action_recommendations WHERE la_code = $1 AND action_id = $2', [laCode, id]);
  await q.query('DELETE FROM plan_action_findings WHERE la_code = $1 AND action_id = $2', [laCode, id]);
  await q.query('DELETE FROM plan_action_dependencies WHERE la_code = $1 AND action_id = $2', [laCode, id]);
  await q.query(`INSERT INTO plan_action_recommendations (la_code, action_id, recommendation_id) SELECT $1, $2, unnest($3::int[])`, [laCode, id, links.recommendationIds]);
  await q.query(`INSERT INTO plan_action_findings (la_code, action_id, finding_id) SELECT $1, $2, unnest($3::int[])`, [laCode, id, links.findingIds]);
  await q.query(`INSERT INTO plan_action_dependencies (la_code, action_id, depends_on_id) SELECT $1, $2, unnest($3::int[])`, [laCode, id, dependencyIds]);
}

export async function createAction(q: Queryable, actor: Actor, laCode: string, form: ActionForm, opts: { illustrative?: boolean } = {}): Promise<Saved<{ id: number }>> {
  const c = await checkForm(q, laCode, form, null);
  if (!c.ok) return c;
  const { fields: f, workstreamId, ownerUserId, links, dependencyIds } = c.value;
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO plan_actions (la_code, workstream_id, ref, title, description, stage, owner_name, owner_user_id, lead_officer, start_on, due_on, illustrative)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [laCode, workstreamId, f.ref, f.title, f.description, f.stage, f.ownerName, ownerUserId, f.leadOfficer, f.startOn, f.dueOn, opts.illustrative ?? false]);
  await saveLinks(q, laCode, row.id, links, dependencyIds);
  await recordAudit(q, actor, { laCode, action: 'create', entity: 'plan actions', entityId: row.id,
    summary: `Added action ${f.ref}: ${f.title}`, after: { ...f, workstreamId, ownerUserId, ...links } });
  return { ok: true, value: { id: row.id } };
}

export async function updateAction(q: Queryable, actor: Actor, laCode: string, id: number, form: ActionForm): Promise<Saved<{ id: number }>> {
  const before = await getActionRecord(q, laCode, id);
  if (!before) return missing('The action');
  const beforeLinks = await actionLinks(q, laCode, id);
  const c = await checkForm(q, laCode, form, id);
  if (!c.ok) return c;
  const { fields: f, workstreamId, ownerUserId, links, dependencyIds } = c.value;
  await q.query(
    `UPDATE plan_actions SET workstream_id = $3, ref = $4, title = $5, description = $6, stage = $7, owner_name = $8, owner_user_id = $9,
            lead_officer = $10, start_on = $11, due_on = $12, updated_at = now() WHERE la_code = $1 AND id = $2`,
    [laCode, id, workstreamId, f.ref, f.title, f.description, f.stage, f.ownerName, ownerUserId, f.leadOfficer, f.startOn, f.dueOn]);
  await saveLinks(q, laCode, id, links, dependencyIds);
  await recordAudit(q, actor, { laCode, action: 'update', entity: 'plan actions', entityId: id, summary: `Changed action ${f.ref}: ${f.title}`,
    before: { ref: before.ref, title: before.title, description: before.description, stage: before.stage, ownerName: before.ownerName,
      ownerUserId: before.ownerUserId, leadOfficer: before.leadOfficer, startOn: before.startOn, dueOn: before.dueOn,
      workstreamId: before.workstreamId, ...beforeLinks },
    after: { ...f, workstreamId, ownerUserId, ...links } });
  return { ok: true, value: { id } };
}

// ——— Milestones ———

export async function addMilestone(q: Queryable, actor: Actor, laCode: string, actionId: number,
  input: { title: string; dueOn: IsoDate | null | 'invalid' }): Promise<Saved<{ id: number }>> {
  const action = await getActionRecord(q, laCode, actionId);
  if (!action) return missing('The action');
  const errors: FieldError[] = [];
  const title = textField(errors, 'title', input.title, 'milestone', { required: true, enter: 'Enter what the milestone is' });
  const dueOn = dateField(errors, 'dueOn', input.dueOn, 'date the milestone is due', true);
  if (errors.length) return failed(errors);
  const [row] = await q.query<{ id: number }>('INSERT INTO plan_milestones (la_code, action_id, title, due_on) VALUES ($1, $2, $3, $4) RETURNING id',
    [laCode, actionId, title, dueOn]);
  await recordAudit(q, actor, { laCode, action: 'create', entity: 'plan milestones', entityId: row.id,
    summary: `Added milestone "${title}" to action ${action.ref}`, after: { actionId, title, dueOn } });
  return { ok: true, value: { id: row.id } };
}

export async function getMilestone(q: Queryable, laCode: string, id: number) {
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const [m] = await q.query<{ id: number; actionId: number; title: string; dueOn: string; completedOn: string | null }>(
    'SELECT id, action_id AS "actionId", title, due_on AS "dueOn", completed_on AS "completedOn" FROM plan_milestones WHERE la_code = $1 AND id = $2', [laCode, id]);
  return m ?? null;
}

/** Records that a milestone was met on a date (or, with null, that it was not met after all). */
export async function setMilestoneMet(q: Queryable, actor: Actor, laCode: string, id: number, completedOn: IsoDate | null | 'invalid', today: IsoDate)
  : Promise<Saved<{ id: number; actionId: number }>> {
  const before = await getMilestone(q, laCode, id);
  if (!before) return missing('The milestone');
  if (completedOn === 'invalid') return failed([{ field: 'completedOn', message: 'Date the milestone was met must be a real date' }]);
  if (completedOn && completedOn > today) return failed([{ field: 'completedOn', message: 'Date the milestone was met must be today or in the past' }]);
  await q.query('UPDATE plan_milestones SET completed_on = $3, updated_at = now() WHERE la_code = $1 AND id = $2', [laCode, id, completedOn]);
  await recordAudit(q, actor, { laCode, action: 'update', entity: 'plan milestones', entityId: id,
    summary: completedOn ? `Milestone "${before.title}" met on ${completedOn}` : `Milestone "${before.title}" marked as not met`,
    before: { completedOn: before.completedOn }, after: { completedOn } });
  return { ok: true, value: { id, actionId: before.actionId } };
}

export async function removeMilestone(q: Queryable, actor: Actor, laCode: string, id: number): Promise<Saved<{ actionId: number }>> {
  const before = await getMilestone(q, laCode, id);
  if (!before) return missing('The milestone');
  await q.query('DELETE FROM plan_milestones WHERE la_code = $1 AND id = $2', [laCode, id]);
  await recordAudit(q, actor, { laCode, action: 'delete', entity: 'plan milestones', entityId: id, summary: `Removed milestone "${before.title}"`, before });
  return { ok: true, value: { actionId: before.actionId } };
}

// ——— Success measures ———

export async function addMeasure(q: Queryable, actor: Actor, laCode: string, actionId: number,
  input: { kind: string; indicatorId: string; target: string; description: string; targetOn: IsoDate | null | 'invalid' }): Promise<Saved<{ id: number }>> {
  const action = await getActionRecord(q, laCode, actionId);
  if (!action) return missing('The action');
  const v = validateMeasure(input, PLAN_INDICATORS);
  if (!v.ok) return v;
  const id = await insertMeasure(q, laCode, actionId, v.value);
  await recordAudit(q, actor, { laCode, action: 'create', entity: 'plan measures', entityId: id,
    summary: `Added a success measure to action ${action.ref}`, after: { actionId, ...v.value } });
  return { ok: true, value: { id } };
}

export async function insertMeasure(q: Queryable, laCode: string, actionId: number, m: MeasureSpec): Promise<number> {
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO plan_measures (la_code, action_id, kind, indicator_id, target, description, target_on) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [laCode, actionId, m.kind, m.kind === 'indicator' ? m.indicatorId : null, m.kind === 'indicator' ? m.target : null,
      m.kind === 'described' ? m.description : null, m.targetOn]);
  return row.id;
}

export async function getMeasure(q: Queryable, laCode: string, id: number) {
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const [m] = await q.query<{ id: number; actionId: number; kind: string; description: string | null; judgment: string | null; judgedOn: string | null }>(
    `SELECT id, action_id AS "actionId", kind, description, judgment, judged_on AS "judgedOn" FROM plan_measures WHERE la_code = $1 AND id = $2`, [laCode, id]);
  return m ?? null;
}

/** A person's judgment of a described measure: on or off target, as at a date. */
export async function judgeMeasure(q: Queryable, actor: Actor, laCode: string, id: number,
  input: { judgment: string; judgedOn: IsoDate | null | 'invalid' }, today: IsoDate): Promise<Saved<{ actionId: number }>> {
  const before = await getMeasure(q, laCode, id);
  if (!before) return missing('The measure');
  const errors: FieldError[] = [];
  if (before.kind !== 'described') errors.push({ field: 'judgment', message: 'An indicator measure is judged by its figures, not by hand' });
  if (input.judgment !== 'on_target' && input.judgment !== 'off_target') errors.push({ field: 'judgment', message: 'Select on target or off target' });
  const judgedOn = dateField(errors, 'judgedOn', input.judgedOn, 'date of the judgment', true);
  if (judgedOn && judgedOn > today) errors.push({ field: 'judgedOn', message: 'Date of the judgment must be today or in the past' });
  if (errors.length) return failed(errors);
  await q.query('UPDATE plan_measures SET judgment = $3, judged_on = $4, judged_by = $5, updated_at = now() WHERE la_code = $1 AND id = $2',
    [laCode, id, input.judgment, judgedOn, actor.label]);
  await recordAudit(q, actor, { laCode, action: 'update', entity: 'plan measures', entityId: id,
    summary: `Judged "${before.description}" ${input.judgment === 'on_target' ? 'on target' : 'off target'}`,
    before: { judgment: before.judgment, judgedOn: before.judgedOn }, after: { judgment: input.judgment, judgedOn } });
  return { ok: true, value: { actionId: before.actionId } };
}

export async function removeMeasure(q: Queryable, actor: Actor, laCode: string, id: number): Promise<Saved<{ actionId: number }>> {
  const before = await getMeasure(q, laCode, id);
  if (!before) return missing('The measure');
  await q.query('DELETE FROM plan_measures WHERE la_code = $1 AND id = $2', [laCode, id]);
  await recordAudit(q, actor, { laCode, action: 'delete', entity: 'plan measures', entityId: id, summary: 'Removed a success measure', before });
  return { ok: true, value: { actionId: before.actionId } };
}

// ——— Rating overrides ———

/** Overrides the rule's rating (or, with rating null, ends the override). A reason is always needed and kept. */
export async function setRatingOverride(q: Queryable, actor: Actor, laCode: string, actionId: number,
  input: { rating: string; reason: string }, today: IsoDate): Promise<Saved<{ id: number }>> {
  const action = await getActionRecord(q, laCode, actionId);
  if (!action) return missing('The action');
  const errors: FieldError[] = [];
  const rating: OverrideRating | null = input.rating === 'rule' ? null : isOverrideRating(input.rating) ? input.rating : null;
  if (input.rating !== 'rule' && !rating) errors.push({ field: 'rating', message: 'Select the rating, or go back to the rule\'s rating' });
  const reason = textField(errors, 'reason', input.reason, 'reason', { required: true, max: 2000,
    enter: rating ? 'Enter why the rule\'s rating is wrong for this action' : 'Enter why the override is ending' });
  if (errors.length) return failed(errors);
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO plan_rating_overrides (la_code, action_id, rating, reason, set_on, set_by_user_id, set_by_name) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [laCode, actionId, rating, reason, today, actor.userId, actor.label]);
  await recordAudit(q, actor, { laCode, action: 'update', entity: 'plan rating overrides', entityId: row.id,
    summary: rating ? `Set the rating of action ${action.ref} to ${rating} by hand` : `Returned action ${action.ref} to the rule's rating`,
    after: { actionId, rating, reason } });
  return { ok: true, value: { id: row.id } };
}

export function overrideHistory(q: Queryable, laCode: string, actionId: number) {
  return q.query<{ rating: OverrideRating | null; reason: string; setOn: string; setBy: string; recordedAt: string }>(
    `SELECT rating, reason, set_on AS "setOn", set_by_name AS "setBy", recorded_at AS "recordedAt" FROM plan_rating_overrides
      WHERE la_code = $1 AND action_id = $2 ORDER BY set_on DESC, id DESC`, [laCode, actionId]);
}
