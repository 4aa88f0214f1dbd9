// The improvement plan through its routes, on every database engine: the views, adding an action from
// a recommendation until the coverage grid is complete, progress updates with evidence (and who may
// add them), the rating and its reasons, overrides, versions, investment, import and export.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { testDatabases } from '../helpers/databases.ts';
import { testApp, Client } from '../helpers/web.ts';
import type { Database } from '../../src/db/database.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts.ts';
import { upsertCouncil } from '../../src/councils/councils-repository.ts';
import { createUser } from '../../src/users/users-repository.ts';
import { SYSTEM } from '../../src/audit/audit.ts';
import { PLAN_COLUMNS } from '../../src/domain/plan/spreadsheet.ts';
import { PlanClient, actionId, recommendationId, dateFields, text } from '../plan/helpers.ts';

const PDF = new TextEncoder().encode('%PDF-1.4\n% an audit report\n');
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

for (const target of testDatabases()) {
  describe(`${target.name}: the improvement plan`, () => {
    let db: Database;
    let app: FastifyInstance;
    const signedIn = async (who: string) => {
      const c = new PlanClient(app);
      await c.signIn(`${who}@uplift.demo`, DEMO_PASSWORD);
      return c;
    };
    const count = async (table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE la_code = '211'`))[0].n;

    before(async () => {
      db = await target.open();
      await loadDemo(db);
      await upsertCouncil(db, { laCode: '212', name: 'Other Borough (test)' });
      await createUser(db, SYSTEM, { email: 'officer@other.test', name: 'Other Officer', role: 'officer', password: 'other-password-123', councils: ['212'] });
      app = await testApp(db);
    });
    after(async () => {
      await app.close();
      await db.close();
    });

    test('the demo plan is illustrative, has at least 30 actions and reads in the order of the child\'s journey', async () => {
      assert.ok((await count('plan_actions')) >= 30);
      const c = await signedIn('member');
      const res = await c.get('/c/211/plan');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /This plan is illustrative/);
      const headings = [...res.body.matchAll(/<h2 class="govuk-heading-m" id="([a-z_]+)">/g)].map((m) => m[1]);
      assert.deepEqual(headings, ['early_help', 'front_door', 'assessment', 'child_in_need', 'child_protection', 'children_in_care',
        'permanence_adoption', 'care_leavers', 'cross_cutting']);
      assert.match(text(res.body), /Launch one early help assessment/);
      const byObjective = text((await c.get('/c/211/plan/objectives')).body);
      for (const o of ['Robust model of social work practice', 'Sufficient and skilled workforce', 'Quality assurance and audit', 'Leadership, management and governance']) {
        assert.match(byObjective, new RegExp(`Objective \\d: ${o}`));
      }
      const byOwner = (await c.get('/c/211/plan/owners')).body;
      const owners = [...byOwner.matchAll(/<h2 class="govuk-heading-m">([^<]+)<\/h2>/g)].map((m) => m[1].replace(/&#39;/g, "'"));
      assert.ok(owners.includes('Tom Okafor (demo)') && owners.includes('Head of Through-care'), owners.join(', '));
      assert.deepEqual(owners, [...owners].sort((a, b) => a.localeCompare(b)));
    });

    test('ratings are worked out as at a date and explained in words', async () => {
      const c = await signedIn('member');
      const id = await actionId(db, '1.20');
      const page = text((await c.get(`/c/211/plan/actions/${id}?asAt=2019-01-31`)).body);
      assert.match(page, /Rating as at 31 January 2019: Red: off track/);
      assert.match(page, /The due date, 31 December 2018, passed 31 days ago and the action is not complete\./);
      assert.match(page, /Its owner reports it off track\./);
      assert.match(page, /How the rating is worked out/);
      const blue = text((await c.get(`/c/211/plan/actions/${await actionId(db, '1.12')}?asAt=2019-01-31`)).body);
      assert.match(blue, /Blue: impact evidenced/);
      assert.match(blue, /1 piece of evidence shows that practice or outcomes changed/);
      const overridden = text((await c.get(`/c/211/plan/actions/${await actionId(db, '1.19')}?asAt=2019-01-31`)).body);
      assert.match(overridden, /Amber: at risk \(set by hand\)/);
      assert.match(overridden, /set the rating to Amber on 28 January 2019 \(the rule gives Green\)\. Their reason: Two of the three bidders withdrew/);
    });

    test('the coverage grid puts the recommendation with no action first, and goes green when it gets one', async () => {
      const c = await signedIn('officer');
      const grid = await c.get('/c/211/plan/coverage');
      const rows = [...grid.body.matchAll(/<tr class="govuk-table__row" id="([a-z_]+-\d+)">/g)].map((m) => m[1]);
      const r9 = await recommendationId(db, 9);
      assert.equal(rows[0], `recommendation-${r9}`, 'the gap is at the top');
      assert.match(text(grid.body), /1 recommendation or area for improvement has no action in the plan/);
      const form = await c.get(`/c/211/plan/actions/new?recommendation=${r9}`);
      assert.match(form.body, new RegExp(`name="recommendationIds" type="checkbox" value="${r9}" checked`));
      const [ws] = await db.query<{ id: number }>(`SELECT id FROM plan_workstreams WHERE la_code = '211' AND title = 'Governance and partnerships'`);
      const saved = await c.post('/c/211/plan/actions', { ref: '4.7', title: 'Review the safeguarding board\'s governance, structure and membership',
        stage: 'cross_cutting', workstreamId: String(ws.id), ownerName: 'Independent Chair of the LSCB', ...dateFields('startOn', '2099-02-01'),
        ...dateFields('dueOn', '2099-06-30'), recommendationIds: [String(r9)] }, { tokenFrom: '/c/211/plan/actions/new' });
      assert.equal(saved.statusCode, 303);
      const page = text((await c.get(saved.headers.location as string)).body);
      assert.match(page, /Action added\./);
      assert.match(page, /Green: on track/);
      assert.match(page, /Recommendation 9 ?: Strengthen the governance/);
      const after = text((await c.get('/c/211/plan/coverage')).body);
      assert.match(after, /Every recommendation and area for improvement has at least one action\./);
      const audit = await db.query(`SELECT summary FROM audit_log WHERE entity = 'plan actions' AND action = 'create' AND summary LIKE 'Added action 4.7%'`);
      assert.equal(audit.length, 1);
    });

    test('an invalid action is refused with every problem against its field, and nothing is saved', async () => {
      const c = await signedIn('officer');
      const before = await count('plan_actions');
      const res = await c.post('/c/211/plan/actions', { ref: '1.1', title: '', stage: '', workstreamId: '', ownerName: '',
        ...dateFields('startOn', '2019-03-01'), 'dueOn-day': '31', 'dueOn-month': '2', 'dueOn-year': '2019', dependencies: '9.99' }, { tokenFrom: '/c/211/plan/actions/new' });
      assert.equal(res.statusCode, 400);
      const t = text(res.body);
      for (const m of ['Another action already has the reference 1.1', 'Enter what the action is, in a short title',
        'Select the stage of the child\'s journey the action improves', 'Enter the name of the action\'s owner', 'Due date must be a real date',
        'There is no action with the reference 9.99', 'Select the workstream the action belongs to']) assert.ok(t.includes(m), m);
      assert.match(res.body, /href="#dueOn-day"/);
      assert.equal(await count('plan_actions'), before);
    });

    test('an action owner records progress with evidence on their own action, and the latest update shows', async () => {
      const c = await signedIn('owner');
      const id = await actionId(db, '1.15');
      const form = await c.get(`/c/211/plan/actions/${id}/updates/new`);
      assert.equal(form.statusCode, 200);
      const res = await c.upload(`/c/211/plan/actions/${id}/updates`, [...Object.entries(dateFields('updateOn', today())),
        ['status', 'on_track'], ['summary', 'Template designed with the Children in Care Council.'], ['evidenceTitle', 'Workshop notes'], ['link', '']],
        { field: 'file', name: 'workshop.pdf', type: 'application/pdf', bytes: PDF }, { tokenFrom: `/c/211/plan/actions/${id}/updates/new` });
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      const page = await c.get(res.headers.location as string);
      const t = text(page.body);
      assert.match(t, /Progress update added\./);
      assert.match(t, /Status reported On track on/);
      assert.match(t, /Template designed with the Children in Care Council\./);
      const [e] = await db.query<{ id: number }>(`SELECT id FROM plan_evidence WHERE action_id = $1 AND file_name = 'workshop.pdf'`, [id]);
      const file = await c.get(`/c/211/plan/evidence/${e.id}`);
      assert.equal(file.statusCode, 200);
      assert.equal(file.headers['content-type'], 'application/pdf');
      assert.match(String(file.headers['content-disposition']), /^attachment; filename="workshop\.pdf"/);
      assert.deepEqual(new Uint8Array(file.rawPayload), PDF);
      const home = text((await c.get('/home')).body);
      assert.match(home, /My actions/);
      assert.match(home, /Rewrite care plans in plain language/);
    });

    test('an action owner may not update someone else\'s action', async () => {
      const c = await signedIn('owner');
      const id = await actionId(db, '1.20');
      assert.equal((await c.get(`/c/211/plan/actions/${id}/updates/new`)).statusCode, 403);
      const before = await count('plan_updates');
      const res = await c.upload(`/c/211/plan/actions/${id}/updates`, [...Object.entries(dateFields('updateOn', today())),
        ['status', 'complete'], ['summary', 'Not mine to say.']], null);
      assert.equal(res.statusCode, 403);
      assert.equal(await count('plan_updates'), before);
      assert.doesNotMatch((await c.get(`/c/211/plan/actions/${id}`)).body, /Add a progress update/);
      const dcs = await signedIn('dcs');
      assert.equal((await dcs.get(`/c/211/plan/actions/${id}/updates/new`)).statusCode, 200, 'the Director may update any action');
    });

    test('a forged upload (no or wrong CSRF token) is refused before anything is saved', async () => {
      const c = await signedIn('owner');
      const id = await actionId(db, '1.15');
      const before = await count('plan_updates');
      const fields: [string, string][] = [...Object.entries(dateFields('updateOn', today())), ['status', 'at_risk'], ['summary', 'Forged']];
      const file = { field: 'file', name: 'x.pdf', type: 'application/pdf', bytes: PDF };
      assert.equal((await c.upload(`/c/211/plan/actions/${id}/updates`, fields, file, { csrf: null })).statusCode, 403);
      assert.equal((await c.upload(`/c/211/plan/actions/${id}/updates`, fields, file, { csrf: 'abc-def' })).statusCode, 403);
      const other = await signedIn('dcs');
      const stolen = await other.csrfToken('/account');
      assert.equal((await c.upload(`/c/211/plan/actions/${id}/updates`, fields, file, { csrf: stolen })).statusCode, 403,
        'a token from another session');
      assert.equal((await c.upload(`/c/211/plan/import`, [], { field: 'file', name: 'p.csv', type: 'text/csv', bytes: new Uint8Array([65]) },
        { csrf: null })).statusCode, 403);
      assert.equal(await count('plan_updates'), before);
    });

    test('evidence must be a permitted type, recognised by its contents, and smaller than 10 MB', async () => {
      const c = await signedIn('officer');
      const id = await actionId(db, '1.15');
      const post = (name: string, type: string, bytes: Uint8Array) => c.upload(`/c/211/plan/actions/${id}/updates`,
        [...Object.entries(dateFields('updateOn', today())), ['status', 'on_track'], ['summary', 'With a file']], { field: 'file', name, type, bytes },
        { tokenFrom: `/c/211/plan/actions/${id}/updates/new` });
      const html = await post('page.html', 'text/html', new TextEncoder().encode('<script>alert(1)</script>'));
      assert.equal(html.statusCode, 400);
      assert.match(text(html.body), /The selected file must be a PDF, Word \(\.docx\), Excel \(\.xlsx\), PNG, JPEG or text \(\.txt\)/);
      const fake = await post('report.pdf', 'application/pdf', new TextEncoder().encode('<html>'));
      assert.match(text(fake.body), /The selected file is not a real PDF file/);
      const big = await post('big.txt', 'text/plain', new Uint8Array(10 * 1024 * 1024 + 10).fill(65));
      assert.equal(big.statusCode, 400);
      assert.match(text(big.body), /The selected file must be smaller than 10 MB/);
      assert.equal((await db.query(`SELECT 1 FROM plan_updates WHERE summary = 'With a file'`)).length, 0);
    });

    test('impact evidenced needs evidence that shows impact; with it the action turns blue', async () => {
      const c = await signedIn('officer');
      const id = await actionId(db, '2.4');
      const fields = (impact: boolean): [string, string][] => [...Object.entries(dateFields('updateOn', today())), ['status', 'impact_evidenced'],
        ['summary', 'Retention of newly qualified social workers rose.'], ...(impact ? [['showsImpact', 'yes'] as [string, string]] : [])];
      const refused = await c.upload(`/c/211/plan/actions/${id}/updates`, fields(false), null, { tokenFrom: `/c/211/plan/actions/${id}/updates/new` });
      assert.equal(refused.statusCode, 400);
      assert.match(text(refused.body), /To report impact evidenced, attach evidence that practice or outcomes changed/);
      const ok = await c.upload(`/c/211/plan/actions/${id}/updates`, fields(true),
        { field: 'file', name: 'retention.txt', type: 'text/plain', bytes: new TextEncoder().encode('Retention 2018: 94%') },
        { tokenFrom: `/c/211/plan/actions/${id}/updates/new` });
      assert.equal(ok.statusCode, 303);
      assert.match(text((await c.get(`/c/211/plan/actions/${id}`)).body), /Blue: impact evidenced/);
    });

    test('progress updates are append-only', async () => {
      await assert.rejects(db.query(`UPDATE plan_updates SET summary = 'rewritten' WHERE la_code = '211'`), /append-only/);
      await assert.rejects(db.query(`UPDATE plan_rating_overrides SET reason = 'rewritten' WHERE la_code = '211'`), /append-only/);
    });

    test('overriding the rating needs a reason, which is kept and shown', async () => {
      const c = await signedIn('officer');
      const id = await actionId(db, '2.6');
      const from = `/c/211/plan/actions/${id}/rating`;
      const refused = await c.post(from, { rating: 'red', reason: '' }, { tokenFrom: from });
      assert.equal(refused.statusCode, 400);
      assert.match(text(refused.body), /Enter why the rule's rating is wrong for this action/);
      const blue = await c.post(from, { rating: 'blue', reason: 'Looks done' }, { tokenFrom: from });
      assert.equal(blue.statusCode, 400, 'blue cannot be set by hand');
      const ok = await c.post(from, { rating: 'red', reason: 'The trainer withdrew; no replacement before June.' }, { tokenFrom: from });
      assert.equal(ok.statusCode, 303);
      const t = text((await c.get(`/c/211/plan/actions/${id}`)).body);
      assert.match(t, /Red: off track \(set by hand\)/);
      assert.match(t, /Their reason: The trainer withdrew; no replacement before June\./);
      assert.match(t, /Ratings set by hand/);
      const owner = await signedIn('owner');
      assert.equal((await owner.get(from)).statusCode, 403, 'only plan editors may override');
    });

    test('milestones are met by the owner; described measures are judged by an officer', async () => {
      const owner = await signedIn('owner');
      const [m] = await db.query<{ id: number }>(`SELECT m.id FROM plan_milestones m JOIN plan_actions a ON a.id = m.action_id WHERE a.ref = '2.6'`);
      const res = await owner.post(`/c/211/plan/milestones/${m.id}/met`, { met: 'yes', ...dateFields('completedOn', today()) },
        { tokenFrom: `/c/211/plan/milestones/${m.id}/met` });
      assert.equal(res.statusCode, 303);
      assert.equal((await db.query(`SELECT completed_on FROM plan_milestones WHERE id = $1`, [m.id]))[0].completed_on, today());
      const [other] = await db.query<{ id: number }>(`SELECT m.id FROM plan_milestones m JOIN plan_actions a ON a.id = m.action_id WHERE a.ref = '1.20'`);
      assert.equal((await owner.get(`/c/211/plan/milestones/${other.id}/met`)).statusCode, 403);
      const officer = await signedIn('officer');
      const [ms] = await db.query<{ id: number }>(`SELECT ms.id FROM plan_measures ms JOIN plan_actions a ON a.id = ms.action_id WHERE a.ref = '2.3'`);
      const judged = await officer.post(`/c/211/plan/measures/${ms.id}/judge`, { judgment: 'off_target', ...dateFields('judgedOn', '2019-01-30') },
        { tokenFrom: `/c/211/plan/measures/${ms.id}/judge` });
      assert.equal(judged.statusCode, 303);
      const page = text((await officer.get(`/c/211/plan/actions/${await actionId(db, '2.3')}?asAt=2019-04-01`)).body);
      assert.match(page, /A success measure missed its target: "Agency social workers fall below 20% of social work posts" was judged off target on 30 January 2019\./);
    });

    test('versions: submitting freezes a copy; approval freezes it for good; a later version shows what changed', async () => {
      const c = await signedIn('officer');
      const list = text((await c.get('/c/211/plan/versions')).body);
      assert.match(list, /Draft: version 3 \(the live plan\)/);
      assert.match(list, /Since version 2: 1 added/);
      const submitted = await c.post('/c/211/plan/versions', { submittedTo: 'dfe', ...dateFields('submittedOn', today()), note: '' }, { tokenFrom: '/c/211/plan/versions' });
      assert.equal(submitted.statusCode, 303);
      const page = text((await c.get(submitted.headers.location as string)).body);
      assert.match(page, /Version 3 recorded as submitted/);
      assert.match(page, /Action 4\.7: Review the safeguarding board's governance/);
      const id = Number(String(submitted.headers.location).match(/versions\/(\d+)/)![1]);
      const approved = await c.post(`/c/211/plan/versions/${id}/approve`, { ...dateFields('approvedOn', today()), approvedBy: 'Department for Education' },
        { tokenFrom: `/c/211/plan/versions/${id}` });
      assert.equal(approved.statusCode, 303);
      await assert.rejects(db.query(`UPDATE plan_versions SET note = 'changed' WHERE id = $1`, [id]), /approved and cannot be changed/);
      const again = await c.post(`/c/211/plan/versions/${id}/approve`, { ...dateFields('approvedOn', today()), approvedBy: 'Ofsted' }, { tokenFrom: `/c/211/plan/versions/${id}` });
      assert.equal(again.statusCode, 400);
      const v2 = text((await c.get(`/c/211/plan/versions/${id - 1}`)).body);
      assert.match(v2, /Due date ?: 2017-12-31 → 2018-03-31/, 'version 2 shows the change made after version 1');
    });

    test('the investment shows the £4.8m planned against spent, by workstream', async () => {
      const c = await signedIn('chair');
      const t = text((await c.get('/c/211/plan/investment')).body);
      assert.match(t, /Planned £4,800,000/);
      assert.match(t, /Spent £4,240,000 \(88\.3% of planned\)/);
      assert.match(t, /Recruitment and retention/);
      assert.doesNotMatch(t, /Add a budget line/);
      const officer = await signedIn('officer');
      const [ws] = await db.query<{ id: number }>(`SELECT id FROM plan_workstreams WHERE la_code = '211' AND title = 'Care leavers'`);
      const bad = await officer.post('/c/211/plan/investment', { workstreamId: String(ws.id), title: 'Staying Put allowances', planned: 'lots', spent: '' },
        { tokenFrom: '/c/211/plan/investment/new' });
      assert.equal(bad.statusCode, 400);
      assert.match(text(bad.body), /Amount planned must be an amount of money/);
    });

    test('export: every action a row, formula-like cells neutralised, in CSV and Excel', async () => {
      const c = await signedIn('officer');
      const [ws] = await db.query<{ id: number }>(`SELECT id FROM plan_workstreams WHERE la_code = '211' AND title = 'Performance management'`);
      const saved = await c.post('/c/211/plan/actions', { ref: '3.6', title: '=HYPERLINK("http://evil.example","click")', stage: 'cross_cutting',
        workstreamId: String(ws.id), ownerName: '@Head of Performance', ...dateFields('dueOn', '2099-01-31') }, { tokenFrom: '/c/211/plan/actions/new' });
      assert.equal(saved.statusCode, 303);
      const csv = await c.get('/c/211/plan/export.csv');
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-disposition']), /^attachment; filename="improvement-plan-211-/);
      const line = csv.body.split('\r\n').find((l) => l.startsWith('3.6,'))!;
      assert.ok(line.includes(`"'=HYPERLINK(""http://evil.example"",""click"")"`), line);
      assert.ok(line.includes(",'@Head of Performance,"), line);
      assert.equal(csv.body.split('\r\n').filter((l) => /^\d\.\d+,/.test(l)).length, await count('plan_actions'));
      const xlsx = await c.get('/c/211/plan/export.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as any);
      const sheet = wb.getWorksheet('Plan')!;
      const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === '3.6')!;
      assert.equal(row.getCell(5).value, `'=HYPERLINK("http://evil.example","click")`);
      assert.equal((await db.query(`SELECT 1 FROM audit_log WHERE action = 'export' AND entity = 'plan actions'`)).length, 2);
    });

    test('import: the template filled in adds actions; a sheet with problems lists them by row and column and saves nothing', async () => {
      const c = await signedIn('officer');
      const template = await c.get('/c/211/plan/template.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(template.rawPayload as any);
      const sheet = wb.getWorksheet('Plan')!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      assert.deepEqual(headers, PLAN_COLUMNS.filter((x) => !x.exportOnly).map((x) => x.header));
      const row = (v: Record<string, string | Date>) => PLAN_COLUMNS.filter((x) => !x.exportOnly).map((x) => v[x.key] ?? '');
      sheet.addRow(row({ ref: '5.1', objective: 'Voice of children and young people', workstream: 'Participation', workstreamLead: 'Participation Lead',
        title: 'Run a survey of children in care every year', stage: 'Children in care', ownerName: 'Participation Lead', ownerEmail: 'owner@uplift.demo',
        dueOn: new Date(Date.UTC(2099, 2, 31)), recommendations: 'R8', findings: 'MV5.7', measures: 'Survey response rate reaches 40% by 2099-06-30',
        milestones: '2099-01-31 Survey designed with the Children in Care Council', status: 'On track' }));
      const good = Buffer.from(await wb.xlsx.writeBuffer());
      const before = await count('plan_actions');
      const res = await c.upload('/c/211/plan/import', [], { field: 'file', name: 'plan.xlsx', type: 'application/octet-stream', bytes: good },
        { tokenFrom: '/c/211/plan/import' });
      assert.equal(res.statusCode, 303, text(res.body).slice(0, 600));
      assert.match(text((await c.get(res.headers.location as string)).body), /Spreadsheet imported: 1 actions added, 0 updated, 1 status changes/);
      assert.equal(await count('plan_actions'), before + 1);
      const page = text((await c.get(`/c/211/plan/actions/${await actionId(db, '5.1')}`)).body);
      assert.match(page, /Objective 5: Voice of children and young people/);
      assert.match(page, /Recommendation 8/);
      assert.match(page, /MV5\.7 \(monitoring visit area for improvement\)/);

      sheet.addRow(row({ ref: '5.2', objective: 'Voice of children and young people', workstream: 'Participation', title: '', stage: 'Somewhere',
        ownerName: 'X', dueOn: '31/02/2099', recommendations: 'R42' }));
      const bad = Buffer.from(await wb.xlsx.writeBuffer());
      const refused = await c.upload('/c/211/plan/import', [], { field: 'file', name: 'plan.xlsx', type: 'application/octet-stream', bytes: bad },
        { tokenFrom: '/c/211/plan/import' });
      assert.equal(refused.statusCode, 400);
      const t = text(refused.body);
      assert.match(t, /The spreadsheet has 4 problems: nothing was imported/);
      assert.match(t, /3 E: Action Enter what the action is, in a short title/);
      assert.match(t, /3 G: Stage of the child's journey Select the stage/);
      assert.match(t, /3 L: Due date Due date must be a real date/);
      assert.match(t, /3 N: Recommendations answered The inspection has no recommendation R42/);
      assert.equal(await count('plan_actions'), before + 1, 'nothing saved from the sheet with problems');
      assert.equal((await db.query(`SELECT title FROM plan_actions WHERE ref = '5.1'`))[0].title, 'Run a survey of children in care every year');
      const wrong = await c.upload('/c/211/plan/import', [], { field: 'file', name: 'plan.pdf', type: 'application/pdf', bytes: PDF }, { tokenFrom: '/c/211/plan/import' });
      assert.equal(wrong.statusCode, 400);
      assert.match(text(wrong.body), /must be an Excel workbook \(\.xlsx\) or a CSV file/);
    });

    test('the officer\'s home shows overdue actions and recommendations with no action', async () => {
      const c = await signedIn('officer');
      const home = text((await c.get('/home')).body);
      assert.match(home, /Improvement plan/);
      assert.match(home, /Overdue actions/);
      assert.match(home, /Every recommendation and area for improvement has at least one action\./);
    });

    test('another council sees none of this council\'s plan, not even by id', async () => {
      const other = new Client(app);
      await other.signIn('officer@other.test', 'other-password-123');
      const [e] = await db.query<{ id: number }>(`SELECT id FROM plan_evidence WHERE la_code = '211' AND kind = 'file' LIMIT 1`);
      const id = await actionId(db, '1.1');
      assert.equal((await other.get(`/c/211/plan/evidence/${e.id}`)).statusCode, 403);
      assert.equal((await other.get(`/c/212/plan/evidence/${e.id}`)).statusCode, 404);
      assert.equal((await other.get(`/c/212/plan/actions/${id}`)).statusCode, 404);
      const plan = text((await other.get('/c/212/plan')).body);
      assert.match(plan, /Other Borough \(test\) has no improvement plan in Uplift yet/);
      const edit = await other.post(`/c/212/plan/actions/${id}`, { ref: 'X1', title: 'Taken over' }, { tokenFrom: '/c/212/plan/actions/new' });
      assert.equal(edit.statusCode, 404);
      assert.equal((await db.query(`SELECT ref FROM plan_actions WHERE id = $1`, [id]))[0].ref, '1.1');
      const signedOut = new Client(app);
      const res = await signedOut.get(`/c/211/plan/evidence/${e.id}`);
      assert.equal(res.statusCode, 302);
    });
  });
}
