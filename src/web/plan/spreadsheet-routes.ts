// The plan as a spreadsheet: export (Excel and CSV), the template, and import (all rows checked,
// every problem reported with its row and column, nothing saved unless every row is valid).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../../audit/audit.ts';
import { exportRows, planCsv, planWorkbook, templateRows } from '../../plan/export.ts';
import { importPlan } from '../../plan/import.ts';
import { readSheet, SheetError, MAX_SHEET_BYTES } from '../../plan/sheet-reader.ts';
import { answerableItems } from '../../plan/coverage-repository.ts';
import { PLAN_COLUMNS, problemInWords, type ImportProblem } from '../../domain/plan/spreadsheet.ts';
import { actorOf } from '../access.ts';
import { formErrors } from '../forms.ts';
import { planPage } from './page.ts';
import { readMultipartForm } from './multipart-form.ts';
import { todayInEngland } from './support.ts';

type P = { Params: { la: string } };
const read = { config: { access: 'council.read' as const } };
const edit = { config: { access: 'plan.edit' as const } };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function spreadsheetRoutes(app: FastifyInstance) {
  app.get<P>('/c/:la/plan/spreadsheet', read, async (request, reply) => {
    const page = await planPage(app, request, 'spreadsheet');
    const q = request.query as Record<string, string>;
    const imported = q.imported === '1' ? { added: Number(q.added) || 0, updated: Number(q.updated) || 0, statuses: Number(q.statuses) || 0 } : null;
    return reply.page('plan/spreadsheet.njk', { ...page, title: 'The plan as a spreadsheet', imported,
      columns: PLAN_COLUMNS.filter((c) => !c.exportOnly) });
  });

  const download = async (request: FastifyRequest<P>, reply: FastifyReply, kind: 'xlsx' | 'csv' | 'template') => {
    const { la } = request.params;
    const today = todayInEngland();
    const page = await planPage(app, request, 'spreadsheet');
    const note = page.plan?.illustrative ? 'ILLUSTRATIVE: this plan was invented for the Uplift demonstration.' : `Exported from Uplift on ${today}.`;
    const name = kind === 'template' ? 'improvement-plan-template' : `improvement-plan-${la}-${today}`;
    if (kind !== 'template') {
      await recordAudit(app.db, actorOf(request), { laCode: la, action: 'export', entity: 'plan actions', summary: `Exported the plan as ${kind.toUpperCase()}` });
    }
    const rows = kind === 'template' ? templateRows() : await exportRows(app.db, la, today);
    reply.header('Content-Disposition', `attachment; filename="${name}.${kind === 'csv' ? 'csv' : 'xlsx'}"`).header('Cache-Control', 'private, no-store');
    if (kind === 'csv') return reply.type('text/csv; charset=utf-8').send(planCsv(rows));
    return reply.type(XLSX).send(await planWorkbook(rows, await answerableItems(app.db, la), kind === 'template'
      ? 'One action a row on the Plan sheet, under the headers. The References sheet lists the recommendations, findings and indicators you can name.' : note));
  };
  app.get<P>('/c/:la/plan/export.xlsx', read, (request, reply) => download(request, reply, 'xlsx'));
  app.get<P>('/c/:la/plan/export.csv', read, (request, reply) => download(request, reply, 'csv'));
  app.get<P>('/c/:la/plan/template.xlsx', read, (request, reply) => download(request, reply, 'template'));

  const importPage = async (request: FastifyRequest, reply: FastifyReply, extra: Record<string, unknown> = {}) =>
    reply.page('plan/import.njk', { ...(await planPage(app, request, 'spreadsheet')), title: 'Import the plan from a spreadsheet',
      maxMb: MAX_SHEET_BYTES / 1048576, ...extra });

  app.get<P>('/c/:la/plan/import', edit, (request, reply) => importPage(request, reply));

  app.post<P>('/c/:la/plan/import', edit, async (request, reply) => {
    const { la } = request.params;
    const form = await readMultipartForm(request, MAX_SHEET_BYTES);
    const fail = (message: string) => { reply.code(400); return importPage(request, reply, { errors: formErrors([{ field: 'file', message }]) }); };
    if (form.fileTooLarge) return fail(`The selected file must be smaller than ${MAX_SHEET_BYTES / 1048576} MB`);
    if (!form.file) return fail('Select a spreadsheet to import');
    let cells: string[][];
    try {
      cells = await readSheet(form.file.name, form.file.bytes);
    } catch (e) {
      if (e instanceof SheetError) return fail(e.message);
      throw e;
    }
    const fileName = form.file.name.replace(/[^\w .()-]/g, '_').slice(0, 120);
    const outcome = await app.db.transaction((tx) => importPlan(tx, actorOf(request), la, fileName, cells, todayInEngland()));
    if (outcome.ok) {
      return reply.redirect(`/c/${la}/plan/spreadsheet?imported=1&added=${outcome.added}&updated=${outcome.updated}&statuses=${outcome.statusUpdates}`, 303);
    }
    reply.code(400);
    return importPage(request, reply, { fileName, problems: outcome.problems.map((p: ImportProblem) => ({ ...p, words: problemInWords(p) })),
      errors: formErrors([{ field: 'file', message: `The spreadsheet has ${outcome.problems.length} ${outcome.problems.length === 1 ? 'problem' : 'problems'}: nothing was imported` }]) });
  });
}
