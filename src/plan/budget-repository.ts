// The improvement investment: budget lines per workstream, planned against spent.
import type { Queryable } from '../db/database.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import type { IsoDate } from '../domain/calendar/dates.ts';
import { dateField, textField, type FieldError } from '../domain/plan/fields.ts';
import { parseMoney, type BudgetLine } from '../domain/plan/investment.ts';
import { failed, missing, type Saved } from './result.ts';

export interface StoredBudgetLine extends BudgetLine { workstreamId: number; spentAsAt: string | null; illustrative: boolean }

export function listBudgetLines(q: Queryable, laCode: string): Promise<StoredBudgetLine[]> {
  return q.query<StoredBudgetLine>(
    `SELECT b.id, o.number AS "objectiveNumber", o.title AS objective, w.id AS "workstreamId", w.title AS workstream, b.title,
            b.planned, b.spent, b.spent_as_at AS "spentAsAt", b.illustrative
       FROM plan_budget_lines b
       JOIN plan_workstreams w ON w.id = b.workstream_id AND w.la_code = b.la_code
       JOIN plan_objectives o ON o.id = w.objective_id AND o.la_code = w.la_code
      WHERE b.la_code = $1 ORDER BY o.number, w.id, b.id`, [laCode]);
}

export async function getBudgetLine(q: Queryable, laCode: string, id: number): Promise<StoredBudgetLine | null> {
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) return null;
  return (await listBudgetLines(q, laCode)).find((l) => l.id === id) ?? null;
}

export interface BudgetInput { workstreamId: string; title: string; planned: string; spent: string; spentAsAt: IsoDate | null | 'invalid' }

async function check(q: Queryable, laCode: string, input: BudgetInput, today: IsoDate) {
  const errors: FieldError[] = [];
  const workstreamId = Number(input.workstreamId);
  if (!Number.isInteger(workstreamId) || workstreamId < 1 || workstreamId > 2_147_483_647
    || !(await q.query('SELECT 1 FROM plan_workstreams WHERE la_code = $1 AND id = $2', [laCode, workstreamId])).length) {
    errors.push({ field: 'workstreamId', message: 'Select the workstream the money is for' });
  }
  const title = textField(errors, 'title', input.title, 'budget line', { required: true, enter: 'Enter what the money is for' });
  const planned = parseMoney(input.planned);
  if (!input.planned.trim()) errors.push({ field: 'planned', message: 'Enter the amount planned' });
  else if (planned == null) errors.push({ field: 'planned', message: 'Amount planned must be an amount of money, like 250000 or £1.2m' });
  const spent = input.spent.trim() ? parseMoney(input.spent) : 0;
  if (spent == null) errors.push({ field: 'spent', message: 'Amount spent must be an amount of money, like 125000' });
  const spentAsAt = dateField(errors, 'spentAsAt', input.spentAsAt, 'date the amount spent is as at', !!spent);
  if (spentAsAt && spentAsAt > today) errors.push({ field: 'spentAsAt', message: 'Date the amount spent is as at must be today or in the past' });
  for (const [field, n] of [['planned', planned], ['spent', spent]] as const) {
    if (n != null && n >= 1e12) errors.push({ field, message: 'Amount must be less than £1,000,000,000,000' });
  }
  return { errors, value: { workstreamId, title, planned: planned ?? 0, spent: spent ?? 0, spentAsAt } };
}

export async function createBudgetLine(q: Queryable, actor: Actor, laCode: string, input: BudgetInput, today: IsoDate,
  opts: { illustrative?: boolean } = {}): Promise<Saved<{ id: number }>> {
  const { errors, value: v } = await check(q, laCode, input, today);
  if (errors.length) return failed(errors);
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO plan_budget_lines (la_code, workstream_id, title, planned, spent, spent_as_at, illustrative) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [laCode, v.workstreamId, v.title, v.planned, v.spent, v.spentAsAt, opts.illustrative ?? false]);
  await recordAudit(q, actor, { laCode, action: 'create', entity: 'plan budget lines', entityId: row.id, summary: `Added budget line "${v.title}"`, after: v });
  return { ok: true, value: { id: row.id } };
}

export async function updateBudgetLine(q: Queryable, actor: Actor, laCode: string, id: number, input: BudgetInput, today: IsoDate): Promise<Saved<{ id: number }>> {
  const before = await getBudgetLine(q, laCode, id);
  if (!before) return missing('The budget line');
  const { errors, value: v } = await check(q, laCode, input, today);
  if (errors.length) return failed(errors);
  await q.query(`UPDATE plan_budget_lines SET workstream_id = $3, title = $4, planned = $5, spent = $6, spent_as_at = $7, updated_at = now()
    WHERE la_code = $1 AND id = $2`, [laCode, id, v.workstreamId, v.title, v.planned, v.spent, v.spentAsAt]);
  await recordAudit(q, actor, { laCode, action: 'update', entity: 'plan budget lines', entityId: id, summary: `Changed budget line "${v.title}"`,
    before: { workstreamId: before.workstreamId, title: before.title, planned: before.planned, spent: before.spent, spentAsAt: before.spentAsAt }, after: v });
  return { ok: true, value: { id } };
}
