// Importing a plan from a spreadsheet: check every row first (src/domain/plan/spreadsheet.ts) and save
// nothing if any row has a problem; otherwise add or update each action by its reference. Run it in
// one transaction, so a failure part-way leaves the plan as it was.
import type { Queryable } from '../db/database.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import type { IsoDate } from '../domain/calendar/dates.ts';
import { checkPlanSheet, type ImportContext, type ImportedAction, type ImportProblem } from '../domain/plan/spreadsheet.ts';
import { ACTION_STATUS_LABELS, type ActionStatus } from '../domain/plan/status.ts';
import { PLAN_INDICATORS } from './indicators.ts';
import { answerableItems } from './coverage-repository.ts';
import { getPlan } from './structure-repository.ts';
import { insertMeasure } from './actions-repository.ts';
import { addLinkEvidence } from './updates-repository.ts';

export type ImportOutcome =
  | { ok: true; added: number; updated: number; statusUpdates: number }
  | { ok: false; problems: ImportProblem[] };

export async function importContext(q: Queryable, laCode: string): Promise<ImportContext> {
  const { recommendations, findings } = await answerableItems(q, laCode);
  const accounts = await q.query<{ email: string; id: number }>(
    'SELECT u.email, u.id FROM users u JOIN user_councils uc ON uc.user_id = u.id WHERE uc.la_code = $1 AND NOT u.disabled', [laCode]);
  const deps = await q.query<{ ref: string; dep: string | null }>(
    `SELECT a.ref, b.ref AS dep FROM plan_actions a LEFT JOIN plan_action_dependencies d ON d.action_id = a.id AND d.la_code = a.la_code
       LEFT JOIN plan_actions b ON b.id = d.depends_on_id AND b.la_code = d.la_code WHERE a.la_code = $1`, [laCode]);
  const existing = new Map<string, string[]>();
  for (const d of deps) existing.set(d.ref, [...(existing.get(d.ref) ?? []), ...(d.dep ? [d.dep] : [])]);
  return {
    recommendations: new Map(recommendations.map((r) => [r.number, r.id])),
    findings: new Map(findings.map((f) => [f.ref.toUpperCase(), f.id])),
    indicators: PLAN_INDICATORS,
    accounts: new Map(accounts.map((a) => [a.email, a.id])),
    existing,
  };
}

export async function importPlan(q: Queryable, actor: Actor, laCode: string, fileName: string, cells: string[][], today: IsoDate): Promise<ImportOutcome> {
  if (!(await getPlan(q, laCode))) return { ok: false, problems: [{ row: 1, column: null, letter: null, message: 'Start the plan before importing actions into it' }] };
  const check = checkPlanSheet(cells, await importContext(q, laCode));
  if (!check.ok) return check;
  let added = 0, updated = 0, statusUpdates = 0;
  const idByRef = new Map<string, number>();
  for (const a of check.actions) {
    const workstreamId = await findOrAddWorkstream(q, actor, laCode, a);
    const [existing] = await q.query<{ id: number }>('SELECT id FROM plan_actions WHERE la_code = $1 AND ref = $2', [laCode, a.ref]);
    const values = [laCode, workstreamId, a.ref, a.title, a.description, a.stage, a.ownerName, a.ownerUserId, a.leadOfficer, a.startOn, a.dueOn];
    let id: number;
    if (existing) {
      id = existing.id;
      await q.query(`UPDATE plan_actions SET workstream_id = $2, title = $4, description = $5, stage = $6, owner_name = $7, owner_user_id = $8,
        lead_officer = $9, start_on = $10, due_on = $11, updated_at = now() WHERE la_code = $1 AND ref = $3`, values);
      updated++;
    } else {
      id = (await q.query<{ id: number }>(`INSERT INTO plan_actions (la_code, workstream_id, ref, title, description, stage, owner_name, owner_user_id,
        lead_officer, start_on, due_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`, values))[0].id;
      added++;
    }
    idByRef.set(a.ref, id);
    await replaceDetails(q, laCode, id, a);
    for (const url of a.evidenceLinks) {
      const [has] = await q.query('SELECT 1 FROM plan_evidence WHERE la_code = $1 AND action_id = $2 AND url = $3', [laCode, id, url]);
      if (!has) await addLinkEvidence(q, laCode, id, null, { url, title: url, showsImpact: false, addedOn: today, actor });
    }
    if (a.status && await statusChanged(q, laCode, id, a.status, today)) {
      await q.query(`INSERT INTO plan_updates (la_code, action_id, update_on, status, summary, author_user_id, author_name) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [laCode, id, today, a.status, `Status set to ${ACTION_STATUS_LABELS[a.status]} by the spreadsheet import of ${fileName}.`, actor.userId, actor.label]);
      statusUpdates++;
    }
    await recordAudit(q, actor, { laCode, action: existing ? 'update' : 'create', entity: 'plan actions', entityId: id,
      summary: `${existing ? 'Updated' : 'Added'} action ${a.ref} from the spreadsheet ${fileName} (row ${a.row})`, after: stripRow(a) });
  }
  // Dependencies once every action of the sheet exists.
  for (const a of check.actions) {
    const id = idByRef.get(a.ref)!;
    await q.query('DELETE FROM plan_action_dependencies WHERE la_code = $1 AND action_id = $2', [laCode, id]);
    await q.query(`INSERT INTO plan_action_dependencies (la_code, action_id, depends_on_id)
      SELECT $1, $2, id FROM plan_actions WHERE la_code = $1 AND ref = ANY($3)`, [laCode, id, a.dependencies]);
  }
  await recordAudit(q, actor, { laCode, action: 'import', entity: 'plan actions', summary:
    `Imported ${check.actions.length} actions from ${fileName}: ${added} added, ${updated} updated, ${statusUpdates} status updates` });
  return { ok: true, added, updated, statusUpdates };
}

function stripRow(a: ImportedAction) {
  const { row: _row, ...rest } = a;
  return rest;
}

async function findOrAddWorkstream(q: Queryable, actor: Actor, laCode: string, a: ImportedAction): Promise<number> {
  let [o] = await q.query<{ id: number }>('SELECT id FROM plan_objectives WHERE la_code = $1 AND lower(title) = lower($2)', [laCode, a.objective]);
  if (!o) {
    [o] = await q.query<{ id: number }>(`INSERT INTO plan_objectives (la_code, number, title)
      VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM plan_objectives WHERE la_code = $1), $2) RETURNING id`, [laCode, a.objective]);
    await recordAudit(q, actor, { laCode, action: 'create', entity: 'plan objectives', entityId: o.id, summary: `Added objective "${a.objective}" from a spreadsheet` });
  }
  let [w] = await q.query<{ id: number; lead: string }>('SELECT id, lead FROM plan_workstreams WHERE la_code = $1 AND objective_id = $2 AND lower(title) = lower($3)',
    [laCode, o.id, a.workstream]);
  if (!w) {
    [w] = await q.query<{ id: number; lead: string }>('INSERT INTO plan_workstreams (la_code, objective_id, title, lead) VALUES ($1, $2, $3, $4) RETURNING id, lead',
      [laCode, o.id, a.workstream, a.workstreamLead]);
    await recordAudit(q, actor, { laCode, action: 'create', entity: 'plan workstreams', entityId: w.id, summary: `Added workstream "${a.workstream}" from a spreadsheet` });
  } else if (a.workstreamLead && a.workstreamLead !== w.lead) {
    await q.query('UPDATE plan_workstreams SET lead = $3, updated_at = now() WHERE la_code = $1 AND id = $2', [laCode, w.id, a.workstreamLead]);
    await recordAudit(q, actor, { laCode, action: 'update', entity: 'plan workstreams', entityId: w.id, summary: `Changed the lead of "${a.workstream}" from a spreadsheet`,
      before: { lead: w.lead }, after: { lead: a.workstreamLead } });
  }
  return w.id;
}

/** Links, measures and milestones become those of the row. A described measure that is still in the
 * row keeps its judgment; milestones keep the completion dates the row gives. */
async function replaceDetails(q: Queryable, laCode: string, id: number, a: ImportedAction) {
  await q.query('DELETE FROM plan_action_recommendations WHERE la_code = $1 AND action_id = $2', [laCode, id]);
  await q.query('DELETE FROM plan_action_findings WHERE la_code = $1 AND action_id = $2', [laCode, id]);
  await q.query('INSERT INTO plan_action_recommendations (la_code, action_id, recommendation_id) SELECT $1, $2, unnest($3::int[])', [laCode, id, a.recommendationIds]);
  await q.query('INSERT INTO plan_action_findings (la_code, action_id, finding_id) SELECT $1, $2, unnest($3::int[])', [laCode, id, a.findingIds]);

  const old = await q.query<{ id: number; kind: string; indicator_id: string | null; target: number | null; description: string | null; target_on: string }>(
    'SELECT id, kind, indicator_id, target, description, target_on FROM plan_measures WHERE la_code = $1 AND action_id = $2', [laCode, id]);
  const kept = new Set<number>();
  for (const m of a.measures) {
    const same = old.find((o) => !kept.has(o.id) && o.kind === m.kind && o.target_on === m.targetOn && (m.kind === 'indicator'
      ? o.indicator_id === m.indicatorId && Number(o.target) === m.target : o.description === m.description));
    if (same) kept.add(same.id);
    else await insertMeasure(q, laCode, id, m);
  }
  const gone = old.filter((o) => !kept.has(o.id)).map((o) => o.id);
  if (gone.length) await q.query('DELETE FROM plan_measures WHERE la_code = $1 AND id = ANY($2)', [laCode, gone]);

  await q.query('DELETE FROM plan_milestones WHERE la_code = $1 AND action_id = $2', [laCode, id]);
  for (const m of a.milestones) {
    await q.query('INSERT INTO plan_milestones (la_code, action_id, title, due_on, completed_on) VALUES ($1, $2, $3, $4, $5)',
      [laCode, id, m.title, m.dueOn, m.completedOn]);
  }
}

async function statusChanged(q: Queryable, laCode: string, id: number, status: ActionStatus, today: IsoDate): Promise<boolean> {
  const [latest] = await q.query<{ status: string }>(
    'SELECT status FROM plan_updates WHERE la_code = $1 AND action_id = $2 AND update_on <= $3 ORDER BY update_on DESC, id DESC LIMIT 1', [laCode, id, today]);
  return (latest?.status ?? 'not_started') !== status;
}
