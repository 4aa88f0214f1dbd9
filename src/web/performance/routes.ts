// Performance: Annex A imports, the dashboard along the child's journey, each indicator with its
// trend and (for permitted roles) the children behind it, data quality per snapshot, caseloads and
// the council's targets. Every view or export of child-level rows is written to the audit log.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { importAnnexA, type Problem } from '../../ingest/import.ts';
import { refreshIndicatorValues, refreshIndicatorValuesForMany, indicatorTargets, indicatorParameters, setIndicatorTarget, removeIndicatorTarget,
  setIndicatorParameters } from '../../indicators/store.ts';
import { indicatorRows, indicatorExclusions } from '../../indicators/rows.ts';
import { CATALOGUE, JOURNEY_STAGES, indicatorById } from '../../indicators/catalogue.ts';
import { headerOf } from '../../indicators/lists.ts';
import { recordAudit } from '../../audit/audit.ts';
import { can } from '../../domain/roles/roles.ts';
import { getCouncil } from '../../councils/councils-repository.ts';
import { actorOf, Refused } from '../access.ts';
import { field, formErrors } from '../forms.ts';
import { toCsv } from '../csv.ts';
import { assertCsrfToken } from '../csrf.ts';
import { loadDashboard, loadIndicatorLine } from '../../performance/dashboard.ts';
import { getImportAttempt, getSnapshot, listSnapshots, recordImportAttempt, warningSummary } from '../../performance/snapshots.ts';
import { figureText, numberText } from './format.ts';
import { trendChartSvg, trendTable } from './trend.ts';
import { addHomePanel } from '../home/panels.ts';
import { formatDate } from '../views.ts';
import { DEMO_COUNCIL } from '../../demo/demo-accounts.ts';
import { DEMO_FIRST_AS_AT, DEMO_LAST_AS_AT } from '../../demo/performance-seed.ts';
import { monthEnds } from '../../demo/generator/index.ts';

type Params = { la: string; id?: string };
const ACCEPTED = ['.xlsx', '.zip', '.csv'];

const snapshotParam = (request: FastifyRequest) => {
  const v = Number((request.query as Record<string, string>).snapshot);
  return Number.isSafeInteger(v) && v > 0 ? v : undefined;
};

addHomePanel({
  order: 20,
  roles: ['officer', 'dcs', 'adviser', 'board_chair', 'board_member', 'inspector'],
  async load(db, user) {
    const la = user.councils[0];
    const [latest] = await listSnapshots(db, la);
    return { template: 'performance/home-panel.njk', data: { la, latest: latest ?? null } };
  },
});

export async function performanceRoutes(app: FastifyInstance) {
  await app.register(multipart, { limits: { fileSize: app.config.maxUploadBytes, files: 1, fields: 10, fieldSize: 1000 } });
  app.navigation.add({ label: 'Performance', order: 30, permission: 'council.read',
    href: (la) => `/c/${la}/performance`, prefix: (la) => `/c/${la}/performance` });

  const read = { config: { access: 'council.read' as const } };
  const children = { config: { access: 'children.read' as const } };
  const importer = { config: { access: 'data.import' as const } };

  app.get<{ Params: Params }>('/c/:la/performance', read, async (request, reply) => {
    const { la } = request.params;
    const dashboard = await loadDashboard(app.db, la, snapshotParam(request));
    const council = await getCouncil(app.db, la);
    const stages = dashboard.stages.map((s) => ({ ...s, lines: s.lines.map((l) => ({ ...l, text: figureText(l.indicator, l.figure),
      targetText: l.target ? numberText(l.indicator, l.target.target) : '',
      // Every sparkline comes with its table (in a details below it): the same table as the indicator page's.
      spark: trendChartSvg(l, { small: true }), trendTable: trendTable(l),
      benchmark: l.benchmarks[0] ?? null })) }));
    const synthetic = dashboard.snapshots.filter((x) => x.synthetic).length;
    const demoExpected = app.config.demo && la === DEMO_COUNCIL.laCode ? monthEnds(DEMO_FIRST_AS_AT, DEMO_LAST_AS_AT).length : 0;
    return reply.page('performance/dashboard.njk', { title: 'Performance', la, council, councilName: council?.name, ...dashboard, stages,
      mayImport: can(request.user!.role, 'data.import'), demoLoading: synthetic < demoExpected ? { done: synthetic, of: demoExpected } : null });
  });

  app.get<{ Params: Params }>('/c/:la/performance/indicators/:id', read, async (request, reply) => {
    const { la, id } = request.params;
    const loaded = await loadIndicatorLine(app.db, la, id!, snapshotParam(request));
    if (!loaded) return reply.code(404).page('views/errors/404.njk');
    const { line, snapshot } = loaded;
    return reply.page('performance/indicator.njk', {
      title: line.indicator.title, la, line, snapshot, stageTitle: JOURNEY_STAGES[line.indicator.stage],
      text: figureText(line.indicator, line.figure), targetText: line.target ? numberText(line.indicator, line.target.target) : '',
      chart: trendChartSvg(line), trend: trendTable(line),
      mayDrill: can(request.user!.role, 'children.read'),
    });
  });

  /** The child-level rows behind a figure; logged on every view. */
  async function childRows(request: FastifyRequest<{ Params: Params }>) {
    const { la, id } = request.params;
    const indicator = indicatorById(id!);
    const snapshot = await (async () => {
      const wanted = snapshotParam(request);
      if (wanted) return getSnapshot(app.db, la, wanted);
      return (await listSnapshots(app.db, la))[0] ?? null;
    })();
    if (!indicator || !snapshot) return null;
    const part = (request.query as Record<string, string>).part === 'numerator' ? 'numerator' : 'denominator';
    const rows = await indicatorRows(app.db, snapshot.id, indicator.id, part);
    return { indicator, snapshot, part, rows };
  }

  app.get<{ Params: Params }>('/c/:la/performance/indicators/:id/children', children, async (request, reply) => {
    const found = await childRows(request);
    if (!found) return reply.code(404).page('views/errors/404.njk');
    const { indicator, snapshot, part, rows } = found;
    await recordAudit(app.db, actorOf(request), { laCode: request.params.la, action: 'view', entity: 'child-level rows',
      entityId: snapshot.id, summary: `Viewed the ${rows.length} rows behind the ${part} of ${indicator.id} (snapshot as at ${snapshot.asAt})` });
    const columns = rows.length ? Object.keys(rows[0]) : [];
    return reply.page('performance/children.njk', { title: `Children behind: ${indicator.title}`, la: request.params.la,
      indicator, snapshot, part, columns, rows: rows.slice(0, 2000), total: rows.length, headers: columns.map((c) => headerFor(rows[0]?.list as number, c)) });
  });

  app.get<{ Params: Params }>('/c/:la/performance/indicators/:id/children.csv', children, async (request, reply) => {
    const found = await childRows(request);
    if (!found) return reply.code(404).page('views/errors/404.njk');
    const { indicator, snapshot, part, rows } = found;
    await recordAudit(app.db, actorOf(request), { laCode: request.params.la, action: 'export', entity: 'child-level rows',
      entityId: snapshot.id, summary: `Exported the ${rows.length} rows behind the ${part} of ${indicator.id} (snapshot as at ${snapshot.asAt})` });
    const columns = rows.length ? Object.keys(rows[0]) : ['list', 'row_no', 'child_id'];
    return reply.header('content-type', 'text/csv; charset=utf-8').header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${indicator.id}-${part}-${snapshot.asAt}.csv"`)
      .send(toCsv(columns.map((c) => headerFor(rows[0]?.list as number, c)), rows.map((r) => columns.map((c) => r[c]))));
  });

  app.get<{ Params: Params }>('/c/:la/performance/snapshots', read, async (request, reply) => {
    const snapshots = await listSnapshots(app.db, request.params.la);
    return reply.page('performance/snapshots.njk', { title: 'Imports', la: request.params.la, snapshots,
      mayImport: can(request.user!.role, 'data.import') });
  });

  app.get<{ Params: Params }>('/c/:la/performance/snapshots/:id', read, async (request, reply) => {
    const { la } = request.params;
    const snapshot = await getSnapshot(app.db, la, Number(request.params.id));
    if (!snapshot) return reply.code(404).page('views/errors/404.njk');
    const warnings = await warningSummary(app.db, la, snapshot.id);
    const exclusions = await indicatorExclusions(app.db, snapshot.id);
    const byMeasure = new Map<string, { indicator: string; title: string; column: string; reason: string; rows: number }>();
    for (const x of exclusions) {
      const key = `${x.indicator}|${x.column}|${x.reason}`;
      const entry = byMeasure.get(key) ?? { indicator: x.indicator, title: indicatorById(x.indicator)?.title ?? x.indicator, column: x.column, reason: x.reason, rows: 0 };
      entry.rows++;
      byMeasure.set(key, entry);
    }
    const [run] = await app.db.query('SELECT warnings FROM indicator_runs WHERE snapshot_id = $1 AND la_code = $2', [snapshot.id, la]);
    return reply.page('performance/quality.njk', { title: `Data quality: snapshot as at ${formatDate(snapshot.asAt)}`, la, snapshot,
      warnings, exclusions: [...byMeasure.values()], indicatorWarnings: (run?.warnings ?? []).filter((w: Problem) => w.row === null),
      lists: Object.entries(snapshot.rowCounts).sort((a, b) => Number(a[0]) - Number(b[0])) });
  });

  app.get<{ Params: Params }>('/c/:la/performance/caseloads', read, async (request, reply) => {
    const { la } = request.params;
    const [snapshot] = await listSnapshots(app.db, la);
    const rows = snapshot ? await indicatorRows(app.db, snapshot.id, 'workforce.caseload_avg', 'denominator') : [];
    const perWorker = new Map<string, Set<string>>();
    for (const r of rows as any[]) {
      const w = String(r.worker);
      if (!perWorker.has(w)) perWorker.set(w, new Set());
      perWorker.get(w)!.add(String(r.child_id));
    }
    const workers = [...perWorker.entries()].map(([worker, set]) => ({ worker, caseload: set.size }))
      .sort((a, b) => b.caseload - a.caseload || a.worker.localeCompare(b.worker));
    const figures = snapshot ? await app.db.query(`SELECT indicator_id, value, denominator FROM indicator_values
      WHERE snapshot_id = $1 AND la_code = $2 AND indicator_id LIKE 'workforce.%'`, [snapshot.id, la]) : [];
    const fig = (id: string) => figures.find((f) => f.indicator_id === id);
    return reply.page('performance/caseloads.njk', { title: 'Caseloads', la, snapshot, workers,
      average: fig('workforce.caseload_avg'), unallocated: fig('workforce.unallocated_children'),
      mayDrill: can(request.user!.role, 'children.read') });
  });

  app.get<{ Params: Params }>('/c/:la/performance/import', importer, async (request, reply) =>
    reply.page('performance/import.njk', { title: 'Import Annex A', la: request.params.la, maxMb: Math.round(app.config.maxUploadBytes / 1048576) }));

  app.post<{ Params: Params }>('/c/:la/performance/import', importer, async (request, reply) => importUpload(app, request, reply));

  app.get<{ Params: Params }>('/c/:la/performance/import/:id', importer, async (request, reply) => {
    const attempt = await getImportAttempt(app.db, request.params.la, request.user!.id, Number(request.params.id));
    if (!attempt) return reply.code(404).page('views/errors/404.njk');
    return reply.page('performance/import-refused.njk', { title: 'The file was not imported', la: request.params.la, attempt,
      errors: { summary: attempt.errors.slice(0, 20).map((e) => ({ text: problemText(e), href: '#problems' })), fields: {} } });
  });

  app.get<{ Params: Params }>('/c/:la/performance/import/:id/problems.csv', importer, async (request, reply) => {
    const attempt = await getImportAttempt(app.db, request.params.la, request.user!.id, Number(request.params.id));
    if (!attempt) return reply.code(404).page('views/errors/404.njk');
    const rows = [...attempt.errors.map((p) => ['Error', p.file, p.list, p.row, p.column, p.message]),
      ...attempt.warnings.map((p) => ['Warning', p.file, p.list, p.row, p.column, p.message])];
    return reply.header('content-type', 'text/csv; charset=utf-8').header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="import-problems-${attempt.id}.csv"`)
      .send(toCsv(['Kind', 'File', 'List', 'Row', 'Column', 'Problem'], rows));
  });

  const settings = { config: { access: 'plan.edit' as const } };
  app.get<{ Params: Params }>('/c/:la/performance/settings', settings, async (request, reply) =>
    reply.page('performance/settings.njk', await settingsView(app, request.params.la)));

  app.post<{ Params: Params }>('/c/:la/performance/settings', { ...settings, preHandler: app.csrfProtection }, async (request, reply) => {
    const { la } = request.params;
    const body = request.body;
    const errors: { field: string; message: string }[] = [];
    const num = (name: string, label: string, opts: { integer?: boolean; min?: number; max?: number } = {}) => {
      const raw = field(body, name).replace(/,/g, '');
      if (raw === '') return null;
      const v = Number(raw);
      if (!Number.isFinite(v) || (opts.integer && !Number.isInteger(v)) || (opts.min !== undefined && v < opts.min) || (opts.max !== undefined && v > opts.max)) {
        errors.push({ field: name, message: `${label} must be ${opts.integer ? 'a whole number' : 'a number'}${opts.min !== undefined ? ` from ${opts.min}` : ''}${opts.max !== undefined ? ` to ${opts.max}` : ''}` });
      }
      return v;
    };
    const population = num('population', 'The population aged 0 to 17', { integer: true, min: 1, max: 5_000_000 });
    const cin = num('cin_visit_wd', 'The children in need visit standard', { integer: true, min: 1, max: 260 });
    const cp = num('cp_visit_wd', 'The child protection visit standard', { integer: true, min: 1, max: 260 });
    const targets = CATALOGUE.filter((i) => i.polarity !== 'context').map((i) => ({ id: i.id,
      target: num(`target-${i.id}`, `The target for ${i.title}`), tolerance: num(`tolerance-${i.id}`, `The tolerance for ${i.title}`, { min: 0 }) }));
    for (const t of targets) if (t.tolerance !== null && t.target === null) errors.push({ field: `target-${t.id}`, message: `Enter a target for ${indicatorById(t.id)!.title}, or clear its tolerance` });
    if (errors.length) {
      return reply.code(400).page('performance/settings.njk', { ...(await settingsView(app, la)), errors: formErrors(errors), posted: body });
    }
    const actor = actorOf(request);
    await app.db.transaction(async (tx) => {
      const council = await getCouncil(tx, la);
      if (council && council.population0to17 !== population) {
        await tx.query('UPDATE councils SET population_0_17 = $2, population_source = $3 WHERE la_code = $1',
          [la, population, field(body, 'population_source').slice(0, 300) || null]);
        await recordAudit(tx, actor, { laCode: la, action: 'update', entity: 'councils', entityId: la, summary: 'Population aged 0 to 17 changed',
          before: { population_0_17: council.population0to17 }, after: { population_0_17: population } });
      }
      const params = await indicatorParameters(tx, la);
      if ((cin ?? 20) !== params.cin_visit_wd || (cp ?? 10) !== params.cp_visit_wd) {
        await setIndicatorParameters(tx, actor, la, { cin_visit_wd: cin ?? 20, cp_visit_wd: cp ?? 10 });
      }
      const existing = new Map((await indicatorTargets(tx, la)).map((t) => [t.indicator_id, t]));
      for (const t of targets) {
        const was = existing.get(t.id);
        if (t.target === null) { if (was) await removeIndicatorTarget(tx, actor, la, t.id); continue; }
        if (!was || was.target !== t.target || was.tolerance !== (t.tolerance ?? 0)) {
          await setIndicatorTarget(tx, actor, la, { indicator_id: t.id, target: t.target, tolerance: t.tolerance ?? 0 });
        }
      }
    });
    // Figures that depend on the settings are computed again for every snapshot (on PostgreSQL
    // several at a time: a council with two years of monthly imports has 24).
    await refreshIndicatorValuesForMany(app.db, (await listSnapshots(app.db, la)).map((s) => s.id));
    return reply.redirect(`/c/${la}/performance?saved=1`);
  });
}

function headerFor(list: number | undefined, column: string): string {
  if (column === 'list') return 'List';
  if (column === 'row_no') return 'Row';
  if (!list) return column;
  try {
    return headerOf(list, column);
  } catch {
    return column.replace(/_/g, ' ');
  }
}

export function problemText(p: Problem): string {
  const where = [p.file, p.list ? `list ${p.list}` : '', p.row ? `row ${p.row}` : '', p.column ? `column "${p.column}"` : ''].filter(Boolean).join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}

async function settingsView(app: FastifyInstance, la: string) {
  const council = await getCouncil(app.db, la);
  const targets = new Map((await indicatorTargets(app.db, la)).map((t) => [t.indicator_id, t]));
  const params = await indicatorParameters(app.db, la);
  return { title: 'Targets and settings', la, council, params,
    indicators: CATALOGUE.filter((i) => i.polarity !== 'context').map((i) => ({ indicator: i, target: targets.get(i.id) ?? null,
      stage: JOURNEY_STAGES[i.stage] })) };
}

/** Streams the upload to a temporary file, imports it all or nothing, and computes its indicators. */
async function importUpload(app: FastifyInstance, request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) {
  const { la } = request.params;
  if (!request.isMultipart()) throw new Refused('Upload the file with the form on the import page.', 400);
  const dir = await mkdtemp(join(tmpdir(), 'uplift-upload-'));
  const fields: Record<string, string> = {};
  let upload: { path: string; name: string } | null = null;
  let tooLarge = false;
  try {
    let csrfChecked = false;
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value ?? '').slice(0, 1000);
        continue;
      }
      // The CSRF token comes before the file in the form: check it before accepting a byte of the file.
      if (!csrfChecked) {
        assertCsrfToken(request, fields._csrf);
        csrfChecked = true;
      }
      const name = (part.filename || 'upload').replace(/[^\w.\- ]/g, '_').slice(0, 200);
      if (!part.filename) { part.file.resume(); continue; }
      const path = join(dir, `upload${extname(name).toLowerCase()}`);
      await pipeline(part.file, createWriteStream(path));
      if (part.file.truncated) tooLarge = true;
      upload = { path, name };
    }
    if (!csrfChecked) assertCsrfToken(request, fields._csrf);

    const errors: { field: string; message: string }[] = [];
    const asAt = dateFrom(fields, 'asAt');
    if (!asAt.value) errors.push({ field: 'asAt-day', message: asAt.message });
    if (tooLarge) errors.push({ field: 'file', message: `The file must be smaller than ${Math.round(app.config.maxUploadBytes / 1048576)} MB` });
    else if (!upload) errors.push({ field: 'file', message: 'Select an Annex A file' });
    else if (!ACCEPTED.includes(extname(upload.name).toLowerCase())) errors.push({ field: 'file', message: 'The file must be an Excel workbook (.xlsx), a zip of CSV files (.zip) or a CSV file (.csv)' });
    if (errors.length) {
      return reply.code(400).page('performance/import.njk', { title: 'Import Annex A', la, values: fields, errors: formErrors(errors),
        maxMb: Math.round(app.config.maxUploadBytes / 1048576) });
    }
    const user = request.user!;
    const result = await importAnnexA(app.db, { path: upload!.path }, { laCode: la, asAt: asAt.value!, fileName: upload!.name,
      importedBy: user.id, actorLabel: user.name, maxUnpackedBytes: app.config.maxUploadBytes });
    if (!result.ok) {
      const id = await recordImportAttempt(app.db, { laCode: la, userId: user.id, fileName: upload!.name, asAt: asAt.value!,
        errorCount: result.errorCount, warningCount: result.warningCount, errors: result.errors, warnings: result.warnings });
      return reply.redirect(`/c/${la}/performance/import/${id}`, 303);
    }
    await refreshIndicatorValues(app.db, result.snapshotId!);
    return reply.redirect(`/c/${la}/performance/snapshots/${result.snapshotId}?imported=1`, 303);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function dateFrom(fields: Record<string, string>, name: string): { value?: string; message: string } {
  const [d, m, y] = ['day', 'month', 'year'].map((p) => (fields[`${name}-${p}`] ?? '').trim());
  if (!d && !m && !y) return { message: 'Enter the date the extract is as at' };
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return { message: 'The as-at date must be a real date, like 31 3 2018' };
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(iso + 'T00:00:00Z');
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return { message: 'The as-at date must be a real date, like 31 3 2018' };
  if (iso > new Date().toISOString().slice(0, 10)) return { message: 'The as-at date must be today or in the past' };
  return { value: iso, message: '' };
}
