// The performance screens over real imports: upload, all-or-nothing refusal, dashboard, drill-down
// with its audit trail, settings, caseloads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDatabases } from '../helpers/databases.ts';
import { Client, testApp } from '../helpers/web.ts';
import type { Database } from '../../src/db/database.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts.ts';
import { LISTS, zipOf } from './fixture.ts';

const ASAT = { 'asAt-day': '31', 'asAt-month': '3', 'asAt-year': '2018' };

async function childRowCount(db: Database): Promise<number> {
  const [r] = await db.query(`SELECT (SELECT count(*) FROM annex_assessments) + (SELECT count(*) FROM annex_cin)
    + (SELECT count(*) FROM annex_cla) + (SELECT count(*) FROM snapshots) AS n`);
  return Number(r.n);
}

for (const target of testDatabases()) {
  let db: Database;
  let app: FastifyInstance;
  let officer: Client;
  before(async () => {
    db = await target.open();
    await loadDemo(db);
    app = await testApp(db);
    officer = new Client(app);
    await officer.signIn('officer@uplift.demo', DEMO_PASSWORD);
  });
  after(async () => {
    await app.close();
    await db.close();
  });

  test(`${target.name}: a forged upload is refused before anything is read or stored`, async () => {
    const before = await childRowCount(db);
    const res = await officer.postMultipart('/c/211/performance/import', { _csrf: 'forged', ...ASAT },
      { field: 'file', name: 'extract.zip', content: await zipOf(LISTS) });
    assert.equal(res.statusCode, 403);
    assert.equal(await childRowCount(db), before);
  });

  test(`${target.name}: a file with an error stores nothing and lists every problem, downloadable`, async () => {
    const before = await childRowCount(db);
    const bad = { ...LISTS, 'List 8 - Children in care.csv': LISTS['List 8 - Children in care.csv'] + '\r\nC9,Male,WBRI,01/02/2010,8,No,31/02/2018,,,,' };
    const token = await officer.csrfToken('/c/211/performance/import');
    const res = await officer.postMultipart('/c/211/performance/import', { _csrf: token, ...ASAT },
      { field: 'file', name: 'extract.zip', content: await zipOf(bad) });
    assert.equal(res.statusCode, 303);
    assert.equal(await childRowCount(db), before, 'nothing stored');
    const page = await officer.get(String(res.headers.location));
    assert.match(page.body, /The file was not imported/);
    assert.match(page.body, /There is a problem/);
    assert.match(page.body, /Date Started to be Looked After/);
    const csv = await officer.get(String(res.headers.location) + '/problems.csv');
    assert.match(csv.headers['content-type'] as string, /text\/csv/);
    assert.match(csv.body, /^Kind,File,List,Row,Column,Problem\r\nError,.*,8,5,Date Started to be Looked After,/m);
  });

  test(`${target.name}: the form itself refuses a missing date and a missing file, with messages on the fields`, async () => {
    const token = await officer.csrfToken('/c/211/performance/import');
    const res = await officer.postMultipart('/c/211/performance/import', { _csrf: token, 'asAt-day': '31', 'asAt-month': '2', 'asAt-year': '2018' }, null);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /The as-at date must be a real date/);
    assert.match(res.body, /Select an Annex A file/);
  });

  test(`${target.name}: a good file becomes a snapshot whose figures show on the dashboard`, async () => {
    const token = await officer.csrfToken('/c/211/performance/import');
    const res = await officer.postMultipart('/c/211/performance/import', { _csrf: token, ...ASAT },
      { field: 'file', name: 'extract.zip', content: await zipOf(LISTS) });
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
    const quality = await officer.get(String(res.headers.location));
    assert.match(quality.body, /Data quality: extract as at 31 March 2018/);
    const [snap] = await db.query(`SELECT id, row_counts FROM snapshots WHERE la_code = '211'`);
    assert.deepEqual(snap.row_counts, { 4: 2, 6: 2, 7: 1, 8: 3 });
    const dash = await officer.get('/c/211/performance');
    assert.match(dash.body, /Figures from the Annex A extract as at <strong>31 March 2018<\/strong>/);
    // cla.open = 3 children; cla.visit_within_6wk_pct: visits 20/03 and 10/03 within 42 days of 31/03, 01/01 not: 2 of 3.
    assert.match(dash.body, /Children in care<\/a><\/th>\s*<td[^>]*><strong>3<\/strong>/);
    assert.match(dash.body, /66\.7%<\/strong><br><span class="govuk-body-s">2 of 3<\/span>/);
  });

  test(`${target.name}: the children behind a figure are shown only to permitted roles, and every view and export is logged`, async () => {
    const [snap] = await db.query(`SELECT id FROM snapshots WHERE la_code = '211'`);
    const url = `/c/211/performance/indicators/cla.visit_within_6wk_pct/children?part=numerator&snapshot=${snap.id}`;
    const dcs = new Client(app);
    await dcs.signIn('dcs@uplift.demo', DEMO_PASSWORD);
    const page = await dcs.get(url);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, />C1</);
    assert.match(page.body, />C5</);
    assert.doesNotMatch(page.body, />C2</);
    const csv = await dcs.get(url.replace('/children?', '/children.csv?'));
    assert.match(csv.body, /C1/);
    const logged = await db.query(`SELECT action, summary FROM audit_log WHERE entity = 'child-level rows' ORDER BY id`);
    assert.deepEqual(logged.map((l) => l.action), ['view', 'export']);
    assert.match(logged[0].summary, /numerator of cla\.visit_within_6wk_pct/);
    const member = new Client(app);
    await member.signIn('member@uplift.demo', DEMO_PASSWORD);
    assert.equal((await member.get(url)).statusCode, 403);
    const indicator = await member.get('/c/211/performance/indicators/cla.visit_within_6wk_pct');
    assert.equal(indicator.statusCode, 200);
    assert.doesNotMatch(indicator.body, /The children counted in the numerator/);
  });

  test(`${target.name}: targets set the RAG status in words; bad settings are refused on their fields`, async () => {
    const token = await officer.csrfToken('/c/211/performance/settings');
    const bad = await officer.post('/c/211/performance/settings', { population: '-5', 'target-cla.visit_within_6wk_pct': 'ninety' }, { csrf: token });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /The population aged 0 to 17 must be a whole number from 1/);
    assert.match(bad.body, /The target for .* must be a number/);
    const ok = await officer.post('/c/211/performance/settings', { population: '60000', 'target-cla.visit_within_6wk_pct': '90',
      'tolerance-cla.visit_within_6wk_pct': '5', cin_visit_wd: '20', cp_visit_wd: '10' }, { tokenFrom: '/c/211/performance/settings' });
    assert.equal(ok.statusCode, 302);
    const dash = await officer.get('/c/211/performance');
    assert.match(dash.body, /90\.0%<br><strong class="govuk-tag govuk-tag--red">\s*Red: beyond tolerance/);
    // cla.rate_per_10k: 3 × 10000 / 60000 = 0.5
    assert.match(dash.body, /<strong>0\.5<\/strong><br><span class="govuk-body-s">per 10,000 children/);
  });

  test(`${target.name}: caseloads list the workers on open cases and the unallocated children`, async () => {
    const page = await officer.get('/c/211/performance/caseloads');
    assert.match(page.body, /Worker 1<\/td>\s*<td[^>]*>2</);
    // Worker 2: C3 (list 6), C6 (list 7), C5 (list 8) = 3 children. C4 has no worker on any open case.
    assert.match(page.body, /Worker 2<\/td>\s*<td[^>]*>3</);
    assert.match(page.body, /Children with no allocated worker\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*1 /);
  });

  test(`${target.name}: every sparkline on the dashboard has its figures in a table beside it, closed until asked for`, async () => {
    // A second extract, a month on: C7 comes into care; C1 was visited again, C5 not since February.
    const april = { ...LISTS, 'List 8 - Children in care.csv': [
      LISTS['List 8 - Children in care.csv'].split('\r\n')[0],
      'C1,Male,WBRI,01/02/2010,8,No,01/01/2017,20/04/2018,,Team A,Worker 1',
      'C2,Female,WBRI,01/02/2012,6,No,01/06/2017,01/01/2018,,Team A,Worker 1',
      'C5,Female,WBRI,01/02/2012,6,No,01/06/2017,01/02/2018,,Team A,Worker 2',
      'C7,Male,WBRI,01/02/2013,5,No,01/04/2018,25/04/2018,,Team A,Worker 2',
    ].join('\r\n') };
    const token = await officer.csrfToken('/c/211/performance/import');
    const res = await officer.postMultipart('/c/211/performance/import', { _csrf: token, 'asAt-day': '30', 'asAt-month': '4', 'asAt-year': '2018' },
      { field: 'file', name: 'extract.zip', content: await zipOf(april) });
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
    const dash = (await officer.get('/c/211/performance')).body;

    // The chart is an image with a summary in words; its table is in a details right after it, closed.
    const row = dashboardRow(dash, 'Children in care visited in the last 6 weeks');
    assert.match(row, /<svg role="img" aria-label="Trend chart of Children in care visited in the last 6 weeks over 2 extracts: from 66\.7% at 31 March 2018 to 50\.0% at 30 April 2018\. The figures are in the table below\."/);
    assert.match(row, /<\/svg>\s*<details class="govuk-details[^"]*">\s*<summary class="govuk-details__summary">\s*<span class="govuk-details__summary-text">\s*Trend as a table<span class="govuk-visually-hidden"> for Children in care visited in the last 6 weeks<\/span>/);
    assert.doesNotMatch(row, /<details[^>]*\sopen/);
    // Newest first, figures as on the rest of the dashboard, numerator and denominator, status in words (target 90%, tolerance 5).
    assert.deepEqual(tableByCaption(row, 'Children in care visited in the last 6 weeks at each extract'), {
      headers: ['Extract as at', 'Figure', 'Status against target'],
      rows: [['30 April 2018', '50.0% 2 of 4', 'Red: beyond tolerance'], ['31 March 2018', '66.7% 2 of 3', 'Red: beyond tolerance']],
    });
    // No target, so no status column; a rate has its unit in the header (population 60,000: 3 and 4 children).
    assert.deepEqual(tableByCaption(dashboardRow(dash, 'Children in care'), 'Children in care at each extract'), {
      headers: ['Extract as at', 'Figure'], rows: [['30 April 2018', '4'], ['31 March 2018', '3']],
    });
    assert.deepEqual(tableByCaption(dashboardRow(dash, 'Children in care per 10,000 children'), 'Children in care per 10,000 children at each extract'), {
      headers: ['Extract as at', 'Figure per 10,000 children'], rows: [['30 April 2018', '0.7'], ['31 March 2018', '0.5']],
    });
    // Every indicator with more than one extract: one chart, one table.
    assert.equal((dash.match(/<svg role="img"/g) ?? []).length, (dash.match(/Trend as a table<span/g) ?? []).length);
    assert.doesNotMatch(dash, /One extract only/);

    // The indicator page shows the same table from the same template, with the detail in a column of its own.
    const page = (await officer.get('/c/211/performance/indicators/cla.visit_within_6wk_pct')).body;
    assert.deepEqual(tableByCaption(page, 'Children in care visited in the last 6 weeks at each extract'), {
      headers: ['Extract as at', 'Figure', 'Detail', 'Status against target'],
      rows: [['30 April 2018', '50.0%', '2 of 4', 'Red: beyond tolerance'], ['31 March 2018', '66.7%', '2 of 3', 'Red: beyond tolerance']],
    });
  });
}

/** The HTML of an indicator's row on the dashboard, up to the next indicator's. */
function dashboardRow(html: string, title: string): string {
  const start = html.indexOf(`>${title}</a></th>`);
  assert.ok(start > 0, `no dashboard row for ${title}`);
  const end = html.indexOf('<th scope="row"', start);
  return html.slice(start, end > 0 ? end : undefined);
}

/** A table's column headers and rows as text (a line break read as a space), found by its caption. */
function tableByCaption(html: string, caption: string): { headers: string[]; rows: string[][] } {
  const at = html.indexOf(`>${caption}</caption>`);
  assert.ok(at > 0, `no table captioned "${caption}"`);
  const table = html.slice(at, html.indexOf('</table>', at));
  const text = (cell: string) => cell.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  const cells = (tr: string) => [...tr.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => text(m[1]));
  const [head, body] = table.split('<tbody');
  return { headers: cells(head), rows: [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => cells(m[1])) };
}
