// Versions of the plan: the live plan is the draft; submitting it to Ofsted or the DfE freezes a copy
// of its content as the next version, which is later recorded as approved (and then can never
// change: the table's trigger refuses it). Each version is compared with the one before.
import type { Queryable } from '../db/database.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import type { IsoDate } from '../domain/calendar/dates.ts';
import { dateField, textField, type FieldError } from '../domain/plan/fields.ts';
import { JOURNEY_STAGE_LABELS } from '../domain/plan/journey.ts';
import { ACTION_STATUS_LABELS } from '../domain/plan/status.ts';
import { diffPlans, type PlanChange, type PlanSnapshot } from '../domain/plan/version-diff.ts';
import { longDate } from '../domain/plan/words.ts';
import { failed, missing, type Saved } from './result.ts';
import { getPlan, listObjectives } from './structure-repository.ts';
import { loadActions } from './read-model.ts';

export const SUBMITTED_TO = { ofsted: 'Ofsted', dfe: 'the Department for Education', ofsted_and_dfe: 'Ofsted and the Department for Education' } as const;
export type SubmittedTo = keyof typeof SUBMITTED_TO;

export interface VersionSummary {
  id: number;
  number: number;
  status: 'submitted' | 'approved';
  submittedTo: SubmittedTo;
  submittedOn: string;
  approvedOn: string | null;
  approvedBy: string | null;
  note: string;
  recordedBy: string;
  actions: number;
}

/** The plan's content now, as a version would freeze it. */
export async function snapshotPlan(q: Queryable, laCode: string, today: IsoDate): Promise<PlanSnapshot> {
  const objectives = await listObjectives(q, laCode);
  const actions = await loadActions(q, laCode, today);
  return {
    objectives: objectives.map((o) => ({ key: String(o.id), number: o.number, title: o.title, lead: o.lead })),
    workstreams: objectives.flatMap((o) => o.workstreams.map((w) => ({ key: String(w.id), objectiveKey: String(o.id), title: w.title, lead: w.lead }))),
    actions: actions.map((a) => ({
      key: String(a.id), ref: a.ref, title: a.title, description: a.description, workstreamKey: String(a.workstreamId),
      owner: a.ownerName, leadOfficer: a.leadOfficer, startOn: a.startOn, dueOn: a.dueOn, stage: JOURNEY_STAGE_LABELS[a.stage],
      answers: a.answers.map((x) => x.label),
      measures: a.measures.map((m) => `${m.label}: ${m.targetWords}`),
      milestones: a.milestones.map((m) => `${m.title}, due ${longDate(m.dueOn)}`),
      dependencies: a.dependencies.map((d) => d.ref),
      status: ACTION_STATUS_LABELS[a.status],
    })),
  };
}

const SUMMARY = `SELECT id, number, status, submitted_to AS "submittedTo", submitted_on AS "submittedOn", approved_on AS "approvedOn",
  approved_by AS "approvedBy", note, recorded_by AS "recordedBy", jsonb_array_length(content->'actions') AS actions FROM plan_versions`;

export function listVersions(q: Queryable, laCode: string): Promise<VersionSummary[]> {
  return q.query<VersionSummary>(`${SUMMARY} WHERE la_code = $1 ORDER BY number DESC`, [laCode]);
}

export async function getVersion(q: Queryable, laCode: string, id: number): Promise<(VersionSummary & { content: PlanSnapshot }) | null> {
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const [v] = await q.query(`SELECT s.*, v.content FROM (${SUMMARY} WHERE la_code = $1 AND id = $2) s JOIN plan_versions v ON v.id = s.id`, [laCode, id]);
  return (v as VersionSummary & { content: PlanSnapshot }) ?? null;
}

/** What changed in a version since the one before it (null for the first version). */
export async function changesInVersion(q: Queryable, laCode: string, version: { number: number; content: PlanSnapshot })
  : Promise<{ previous: number; changes: PlanChange[] } | null> {
  const [prev] = await q.query<{ number: number; content: PlanSnapshot }>(
    'SELECT number, content FROM plan_versions WHERE la_code = $1 AND number < $2 ORDER BY number DESC LIMIT 1', [laCode, version.number]);
  return prev ? { previous: prev.number, changes: diffPlans(prev.content, version.content) } : null;
}

/** What the live draft changes since the latest submitted or approved version. */
export async function changesInDraft(q: Queryable, laCode: string, today: IsoDate): Promise<{ previous: number; changes: PlanChange[] } | null> {
  const [prev] = await q.query<{ number: number; content: PlanSnapshot }>(
    'SELECT number, content FROM plan_versions WHERE la_code = $1 ORDER BY number DESC LIMIT 1', [laCode]);
  return prev ? { previous: prev.number, changes: diffPlans(prev.content, await snapshotPlan(q, laCode, today)) } : null;
}

export async function submitVersion(q: Queryable, actor: Actor, laCode: string,
  input: { submittedTo: string; submittedOn: IsoDate | null | 'invalid'; note: string }, today: IsoDate): Promise<Saved<{ id: number; number: number }>> {
  const errors: FieldError[] = [];
  if (!(await getPlan(q, laCode))) return failed([{ field: 'submittedTo', message: 'Start the plan before submitting it' }]);
  if (!(input.submittedTo in SUBMITTED_TO)) errors.push({ field: 'submittedTo', message: 'Select who the plan was submitted to' });
  const submittedOn = dateField(errors, 'submittedOn', input.submittedOn, 'date it was submitted', true);
  if (submittedOn && submittedOn > today) errors.push({ field: 'submittedOn', message: 'Date it was submitted must be today or in the past' });
  const note = textField(errors, 'note', input.note, 'note', { max: 5000 });
  const [last] = await q.query<{ submittedOn: string }>('SELECT submitted_on AS "submittedOn" FROM plan_versions WHERE la_code = $1 ORDER BY number DESC LIMIT 1', [laCode]);
  if (submittedOn && last && submittedOn < last.submittedOn) {
    errors.push({ field: 'submittedOn', message: `Date it was submitted must be on or after the previous version's, ${longDate(last.submittedOn)}` });
  }
  if (errors.length) return failed(errors);
  const content = await snapshotPlan(q, laCode, today);
  const [row] = await q.query<{ id: number; number: number }>(
    `INSERT INTO plan_versions (la_code, number, status, submitted_to, submitted_on, note, content, recorded_by)
     VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM plan_versions WHERE la_code = $1), 'submitted', $2, $3, $4, $5, $6)
     RETURNING id, number`, [laCode, input.submittedTo, submittedOn, note, JSON.stringify(content), actor.label]);
  await recordAudit(q, actor, { laCode, action: 'create', entity: 'plan versions', entityId: row.id,
    summary: `Version ${row.number} of the plan submitted to ${SUBMITTED_TO[input.submittedTo as SubmittedTo]}`,
    after: { number: row.number, submittedTo: input.submittedTo, submittedOn, actions: content.actions.length } });
  return { ok: true, value: row };
}

export async function approveVersion(q: Queryable, actor: Actor, laCode: string, id: number,
  input: { approvedOn: IsoDate | null | 'invalid'; approvedBy: string }, today: IsoDate): Promise<Saved<{ id: number }>> {
  const v = await getVersion(q, laCode, id);
  if (!v) return missing('The version');
  const errors: FieldError[] = [];
  if (v.status === 'approved') return failed([{ field: 'approvedOn', message: `Version ${v.number} is already approved and cannot change` }]);
  const approvedOn = dateField(errors, 'approvedOn', input.approvedOn, 'date it was approved', true);
  if (approvedOn && approvedOn < v.submittedOn) errors.push({ field: 'approvedOn', message: `Date it was approved must be on or after the date it was submitted, ${longDate(v.submittedOn)}` });
  else if (approvedOn && approvedOn > today) errors.push({ field: 'approvedOn', message: 'Date it was approved must be today or in the past' });
  const approvedBy = textField(errors, 'approvedBy', input.approvedBy, 'who approved it', { required: true, enter: 'Enter who approved the plan, such as Ofsted' });
  if (errors.length) return failed(errors);
  await q.query(`UPDATE plan_versions SET status = 'approved', approved_on = $3, approved_by = $4 WHERE la_code = $1 AND id = $2`,
    [laCode, id, approvedOn, approvedBy]);
  await recordAudit(q, actor, { laCode, action: 'update', entity: 'plan versions', entityId: id,
    summary: `Version ${v.number} of the plan recorded as approved by ${approvedBy}`, before: { status: v.status }, after: { status: 'approved', approvedOn, approvedBy } });
  return { ok: true, value: { id } };
}
