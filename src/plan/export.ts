// The plan out as a spreadsheet (one action a row, the same columns the import reads) and the blank
// template. Every text cell is neutralised against formula injection (src/domain/plan/cell-safety.ts).
import ExcelJS from 'exceljs';
import type { Queryable } from '../db/database.ts';
import { neutraliseCell } from '../domain/plan/cell-safety.ts';
import { JOURNEY_STAGE_LABELS } from '../domain/plan/journey.ts';
import { measureToCell, milestoneToCell } from '../domain/plan/measure-input.ts';
import { PLAN_COLUMNS } from '../domain/plan/spreadsheet.ts';
import { ACTION_STATUS_LABELS } from '../domain/plan/status.ts';
import { measurableIndicators } from './indicators.ts';
import { loadActions } from './read-model.ts';
import { answerableItems } from './coverage-repository.ts';
import { toCsv } from './csv.ts';

/** Header and one row per action, as text, in the columns of PLAN_COLUMNS. */
export async function exportRows(q: Queryable, laCode: string, asAt: string): Promise<string[][]> {
  const actions = await loadActions(q, laCode, asAt);
  const ids = actions.map((a) => a.id);
  const emails = new Map((await q.query<{ id: number; email: string }>(
    `SELECT u.id, u.email FROM users u JOIN plan_actions a ON a.owner_user_id = u.id WHERE a.la_code = $1`, [laCode])).map((u) => [u.id, u.email]));
  const leads = new Map((await q.query<{ id: number; lead: string }>('SELECT id, lead FROM plan_workstreams WHERE la_code = $1', [laCode])).map((w) => [w.id, w.lead]));
  const links = await q.query<{ action_id: number; url: string }>(
    `SELECT action_id, url FROM plan_evidence WHERE la_code = $1 AND kind = 'link' AND action_id = ANY($2) ORDER BY id`, [laCode, ids]);
  const rows = actions.map((a) => {
    const v: Record<string, string> = {
      ref: a.ref, objective: a.objective, workstream: a.workstream, workstreamLead: leads.get(a.workstreamId) ?? '',
      title: a.title, description: a.description, stage: JOURNEY_STAGE_LABELS[a.stage], ownerName: a.ownerName,
      ownerEmail: a.ownerUserId ? emails.get(a.ownerUserId) ?? '' : '', leadOfficer: a.leadOfficer, startOn: a.startOn ?? '', dueOn: a.dueOn,
      status: a.latestUpdate ? ACTION_STATUS_LABELS[a.status] : '',
      recommendations: a.answers.filter((x) => x.kind === 'recommendation').map((x) => x.label.replace('Recommendation ', 'R')).join('; '),
      findings: a.answers.filter((x) => x.kind !== 'recommendation').map((x) => x.label).join('; '),
      measures: a.measures.map((m) => measureToCell(m.kind === 'indicator'
        ? { kind: 'indicator', indicatorId: m.indicatorId!, target: m.target!, targetOn: m.targetOn }
        : { kind: 'described', description: m.description!, targetOn: m.targetOn })).join('\n'),
      milestones: a.milestones.map(milestoneToCell).join('\n'),
      dependencies: a.dependencies.map((d) => d.ref).join('; '),
      evidenceLinks: links.filter((l) => l.action_id === a.id).map((l) => l.url).join('\n'),
      rating: a.brag.headline,
      ratingReason: a.brag.reasons.map((r) => r.text).join(' '),
      latestUpdate: a.latestUpdate ? `${a.latestUpdate.updateOn}: ${a.latestUpdate.summary} (${a.latestUpdate.authorName})` : '',
    };
    return PLAN_COLUMNS.map((c) => v[c.key] ?? '');
  });
  return [PLAN_COLUMNS.map((c) => c.header), ...rows];
}

export function planCsv(rows: string[][]): string {
  return toCsv(rows);
}

/** A workbook: the "Plan" sheet (the rows given), a "Guidance" sheet, and the references the import accepts. */
export async function planWorkbook(rows: string[][], refs: Awaited<ReturnType<typeof answerableItems>>, note: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Uplift';
  const sheet = wb.addWorksheet('Plan', { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const r of rows) sheet.addRow(r.map(neutraliseCell));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((col, i) => {
    const key = PLAN_COLUMNS[i]?.key;
    col.width = key === 'title' || key === 'description' || key === 'measures' || key === 'milestones' || key === 'ratingReason' ? 45 : 18;
    col.alignment = { wrapText: true, vertical: 'top' };
  });
  const guide = wb.addWorksheet('Guidance');
  guide.columns = [{ header: 'Column', width: 30 }, { header: 'Required', width: 10 }, { header: 'What to write', width: 100 }];
  guide.getRow(1).font = { bold: true };
  guide.addRow([note, '', '']);
  for (const c of PLAN_COLUMNS) guide.addRow([c.header, c.exportOnly ? 'No (export only)' : c.required ? 'Yes' : 'No', c.hint].map(neutraliseCell));
  const lists = wb.addWorksheet('References');
  lists.columns = [{ header: 'Reference', width: 16 }, { header: 'What it is', width: 100 }];
  lists.getRow(1).font = { bold: true };
  for (const r of refs.recommendations) lists.addRow([`R${r.number}`, neutraliseCell(r.text)]);
  for (const f of refs.findings) lists.addRow([f.ref, neutraliseCell(`${f.kind === 'strength' ? 'Strength' : 'Area for improvement'}: ${f.text}`)]);
  for (const i of measurableIndicators()) lists.addRow([i.id, neutraliseCell(`Indicator: ${i.title}`)]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The blank template: the importable columns only, no rows. */
export function templateRows(): string[][] {
  return [PLAN_COLUMNS.filter((c) => !c.exportOnly).map((c) => c.header)];
}
