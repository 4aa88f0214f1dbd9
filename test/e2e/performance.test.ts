// In a real browser: the performance dashboard, an indicator and the children behind it, data
// quality, caseloads, and an import refused for errors; axe on every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/db/database.ts';
import { seedSyntheticSnapshots } from '../../src/demo/performance-seed.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts.ts';
import { assertAccessible, signIn, startBrowserTest, type BrowserTest } from '../helpers/browser.ts';
import { LISTS, zipOf } from '../performance/fixture.ts';

let db: Database;
let base: string;
let browser: Browser;
let env: BrowserTest | undefined;
let page: Page;

before(async () => {
  env = await startBrowserTest({
    seed: (db) => seedSyntheticSnapshots(db, '211', { scale: 0.1, from: '2018-06-30', to: '2018-08-31' }),
  });
  ({ db, base, browser } = env);
  page = await (await browser.newContext()).newPage();
  await signIn(page, base, 'officer@uplift.demo', DEMO_PASSWORD);
});
after(() => env?.close());

test('the dashboard groups indicators by the child\'s journey, with status in words and charts with tables', async () => {
  await page.getByRole('link', { name: 'Performance' }).first().click();
  assert.equal(await page.locator('h1').innerText(), 'Performance');
  assert.match(await page.locator('main').innerText(), /synthetic child-level data/);
  for (const stage of ['Front door and early help', 'Assessment', 'Children in care', 'Care leavers', 'Workforce']) {
    assert.ok(await page.getByRole('heading', { name: stage, exact: true }).isVisible(), stage);
  }
  assert.ok(await page.locator('.govuk-tag', { hasText: /Green: on target|Amber: within tolerance|Red: beyond tolerance/ }).first().isVisible());
  assert.ok(await page.locator('svg[role="img"]').first().isVisible());
  await assertAccessible(page);
});

test('each dashboard sparkline has its figures in a table right below it, closed until opened, and accessible open', async () => {
  const title = 'Children in care assessed in the last year';
  const row = page.locator('main tr', { has: page.getByRole('link', { name: title, exact: true }) });
  const chart = row.getByRole('img');
  assert.match(String(await chart.getAttribute('aria-label')), new RegExp(`^Trend chart of ${title} over 3 extracts: from [\\d.]+% at 30 June 2018 to [\\d.]+% at 31 August 2018\\.`));
  // Closed by default: the page stays a page of headlines.
  const details = page.locator('main details');
  assert.equal(await details.count(), await page.locator('main svg[role="img"]').count());
  assert.equal(await page.locator('main details[open]').count(), 0);
  const table = page.getByRole('table', { name: `${title} at each extract` });
  assert.equal(await table.isVisible(), false);

  await row.locator('summary').click();
  assert.ok(await table.isVisible());
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.innerText.replace(/\s+/g, ' ').trim())));
  assert.deepEqual(rows.map((r) => r[0]), ['31 August 2018', '31 July 2018', '30 June 2018']);
  // The newest row is the figure the dashboard shows for the latest extract, numerator and denominator with it.
  const figure = (await row.locator('td.uplift-figure').innerText()).replace(/\s+/g, ' ').trim();
  assert.equal(rows[0][1], figure);
  for (const r of rows) assert.match(r[2], /^(Green: on target|Amber: within tolerance|Red: beyond tolerance)$/);
  await assertAccessible(page);
  await row.locator('summary').click();
  assert.equal(await table.isVisible(), false);
});

test('an indicator page explains the figure, shows the trend table and, for an officer, the children behind it', async () => {
  await page.getByRole('link', { name: 'Children in care assessed in the last year', exact: true }).click();
  assert.equal(await page.locator('h1').innerText(), 'Children in care assessed in the last year');
  assert.equal(await page.locator('#trend-table tbody tr').count(), 3);
  await assertAccessible(page);
  await page.getByRole('link', { name: 'The children counted in the numerator' }).click();
  assert.match(await page.locator('h1').innerText(), /Rows in the numerator/);
  assert.match(await page.locator('main').innerText(), /recorded in the audit log/);
  await assertAccessible(page);
  const [logged] = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'view' AND entity = 'child-level rows'`);
  assert.equal(logged.n, 1);
});

test('data quality, caseloads and settings pages', async () => {
  await page.goto(`${base}/c/211/performance/snapshots`);
  await assertAccessible(page);
  await page.locator('main table a').first().click();
  assert.match(await page.locator('h1').innerText(), /Data quality: extract as at 31 August 2018/);
  await assertAccessible(page);
  await page.goto(`${base}/c/211/performance/caseloads`);
  assert.ok(await page.getByRole('table', { name: 'Caseload by worker' }).isVisible());
  await assertAccessible(page);
  await page.goto(`${base}/c/211/performance/settings`);
  await assertAccessible(page);
});

test('an import with errors is refused in the browser with the problems listed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'uplift-e2e-'));
  const file = join(dir, 'extract.zip');
  writeFileSync(file, await zipOf({ ...LISTS, 'List 8 - Children in care.csv': LISTS['List 8 - Children in care.csv'] + '\r\nC9,Male,WBRI,01/02/2010,8,No,not a date,,,,' }));
  await page.goto(`${base}/c/211/performance/import`);
  await assertAccessible(page);
  await page.getByLabel('Day').fill('31');
  await page.getByLabel('Month').fill('3');
  await page.getByLabel('Year').fill('2018');
  await page.getByLabel('Annex A file').setInputFiles(file);
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('heading', { name: 'The file was not imported' }).waitFor();
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Date Started to be Looked After/);
  await assertAccessible(page);
});
