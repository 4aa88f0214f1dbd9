// The improvement plan in a real browser: add an action from the recommendation no action answers and
// see the coverage grid go green; an owner records progress with evidence and sees the rating and
// why; the template comes down, is filled in and goes back up; the plan is exported. axe (WCAG 2.2
// AA) on every page visited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/db/database.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts.ts';
import { PLAN_COLUMNS } from '../../src/domain/plan/spreadsheet.ts';
import { assertAccessible, signIn, startBrowserTest, type BrowserTest } from '../helpers/browser.ts';

let db: Database;
let base: string;
let browser: Browser;
let env: BrowserTest | undefined;

before(async () => {
  env = await startBrowserTest();
  ({ db, base, browser } = env);
});
after(() => env?.close());

async function as(who: string): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(page, base, `${who}@uplift.demo`, DEMO_PASSWORD);
  assert.equal(new URL(page.url()).pathname, '/home');
  return page;
}

async function fillDate(page: Page, id: string, iso: string) {
  await page.locator(`#${id}-day`).fill(String(Number(iso.slice(8))));
  await page.locator(`#${id}-month`).fill(String(Number(iso.slice(5, 7))));
  await page.locator(`#${id}-year`).fill(iso.slice(0, 4));
}

test('an officer adds an action from the unanswered recommendation and the coverage grid goes green', async () => {
  const page = await as('officer');
  await assertAccessible(page);
  assert.match(await page.locator('main').innerText(), /Recommendations and findings with no action/);
  await page.getByRole('link', { name: 'Improvement plan' }).first().click();
  assert.equal(await page.locator('h1').innerText(), 'Improvement plan: the child\'s journey');
  await assertAccessible(page);
  await page.getByRole('link', { name: 'Coverage', exact: true }).click();
  await assertAccessible(page);
  const firstRow = page.locator('tbody tr').first();
  assert.match(await firstRow.innerText(), /No action\s+Recommendation 9/);
  await firstRow.getByRole('link', { name: 'Add an action answering Recommendation 9' }).click();
  assert.equal(await page.locator('h1').innerText(), 'Add an action');
  assert.ok(await page.getByLabel('Recommendation 9 (illustrative)').isChecked());
  await assertAccessible(page);

  await page.getByRole('button', { name: 'Save the action' }).click();
  assert.equal(await page.locator('.govuk-error-summary__title').innerText(), 'There is a problem');
  assert.match(await page.title(), /^Error: /);
  await assertAccessible(page);

  await page.getByLabel('Reference').fill('4.7');
  await page.getByLabel('Action', { exact: true }).fill('Review the safeguarding board\'s governance, structure and membership');
  await page.getByLabel('Workstream').selectOption({ label: 'Objective 4: Governance and partnerships' });
  await page.getByLabel('Stage of the child\'s journey').selectOption({ label: 'Cross-cutting' });
  await page.getByLabel('Owner', { exact: true }).fill('Independent Chair of the LSCB');
  await fillDate(page, 'dueOn', '2099-06-30');
  await page.getByRole('button', { name: 'Save the action' }).click();
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /Action added/);
  assert.match(await page.locator('#rating-heading').innerText(), /Green: on track/);
  assert.match(await page.locator('.uplift-rating').innerText(), /It is due on 30 June 2099/);
  await assertAccessible(page);

  await page.goto(`${base}/c/211/plan/coverage`);
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /Every recommendation and area for improvement has at least one action/);
  await assertAccessible(page);
  await page.close();
});

test('an action owner records progress with evidence and sees the rating and why', async () => {
  const page = await as('owner');
  assert.match(await page.locator('main').innerText(), /My actions/);
  await assertAccessible(page);
  await page.getByRole('link', { name: /Rewrite care plans in plain language/ }).first().click();
  await assertAccessible(page);
  await page.getByRole('button', { name: 'Add a progress update' }).click();
  await assertAccessible(page);
  await page.getByRole('button', { name: 'Add the update' }).click();
  assert.equal(await page.locator('.govuk-error-summary__title').innerText(), 'There is a problem');
  await assertAccessible(page);
  await page.getByLabel('Complete', { exact: true }).check();
  await page.getByLabel('What has happened').fill('New care plan template in use; 30 older children helped write their plans.');
  await page.getByLabel('Upload a file').setInputFiles({ name: 'care-plan-audit.txt', mimeType: 'text/plain',
    buffer: Buffer.from('Audit of 20 care plans, March 2019: 17 written in plain language.') });
  await page.getByLabel('Title of the evidence').fill('Care plan audit');
  await page.getByRole('button', { name: 'Add the update' }).click();
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /Progress update added/);
  const rating = await page.locator('.uplift-rating').innerText();
  assert.match(rating, /Green: complete/);
  assert.match(rating, /Reported as complete: the action has been delivered\./);
  assert.match(rating, /It becomes blue when it is reported as impact evidenced/);
  await assertAccessible(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Care plan audit/ }).click()]);
  assert.equal(download.suggestedFilename(), 'care-plan-audit.txt');
  assert.match(await readFile((await download.path())!, 'utf8'), /17 written in plain language/);
  await page.close();
});

test('the template comes down, is filled in and imports; the plan exports with formulas neutralised', async () => {
  const page = await as('officer');
  await page.goto(`${base}/c/211/plan/spreadsheet`);
  await assertAccessible(page);
  const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the template (.xlsx)' }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await template.path())!);
  const sheet = wb.getWorksheet('Plan')!;
  const values: Record<string, string> = { ref: '5.1', objective: 'Voice of children and young people', workstream: 'Participation',
    workstreamLead: 'Participation Lead', title: 'Survey children in care every year', description: '=SUM(1,2) is not a formula here',
    stage: 'Children in care', ownerName: 'Participation Lead', dueOn: '2099-03-31', recommendations: 'R8' };
  sheet.addRow(PLAN_COLUMNS.filter((c) => !c.exportOnly).map((c) => values[c.key] ?? ''));
  const filled = Buffer.from(await wb.xlsx.writeBuffer());

  await page.getByRole('button', { name: 'Import a spreadsheet' }).click();
  await assertAccessible(page);
  await page.getByLabel('Spreadsheet').setInputFiles({ name: 'plan.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filled });
  await page.getByRole('button', { name: 'Import' }).click();
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /Spreadsheet imported: 1 actions added, 0 updated/);
  await assertAccessible(page);

  const bad = new ExcelJS.Workbook();
  await bad.xlsx.load(filled as any);
  bad.getWorksheet('Plan')!.addRow(['5.2', 'Voice of children and young people', 'Participation', '', '', '', 'Nowhere', 'Someone', '', '', '', 'soon']);
  await page.getByRole('button', { name: 'Import a spreadsheet' }).click();
  await page.getByLabel('Spreadsheet').setInputFiles({ name: 'plan.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await bad.xlsx.writeBuffer()) });
  await page.getByRole('button', { name: 'Import' }).click();
  assert.match(await page.locator('.govuk-error-summary').innerText(), /nothing was imported/);
  assert.match(await page.locator('main table').innerText(), /3\s+L: Due date\s+Due date must be a real date/);
  await assertAccessible(page);

  await page.goto(`${base}/c/211/plan/spreadsheet`);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the plan as a CSV file' }).click()]);
  const body = await readFile((await csv.path())!, 'utf8');
  assert.ok(body.includes(`5.1,Voice of children and young people,Participation,Participation Lead,Survey children in care every year,"'=SUM(1,2) is not a formula here"`));
  await page.close();
});

test('every other plan page is accessible', async () => {
  const page = await as('officer');
  const [a] = await db.query<{ id: number }>(`SELECT id FROM plan_actions WHERE ref = '1.19'`);
  const [v] = await db.query<{ id: number }>(`SELECT id FROM plan_versions ORDER BY number DESC LIMIT 1`);
  const [m] = await db.query<{ id: number }>(`SELECT m.id FROM plan_milestones m JOIN plan_actions a ON a.id = m.action_id WHERE a.ref = '1.19' AND m.completed_on IS NULL`);
  const [ms] = await db.query<{ id: number }>(`SELECT id FROM plan_measures WHERE kind = 'described' LIMIT 1`);
  const [b] = await db.query<{ id: number }>(`SELECT id FROM plan_budget_lines LIMIT 1`);
  for (const path of ['', '/objectives', '/owners', '/mine', '/overdue', '/investment', '/versions', `/versions/${v.id}`, '/structure', '/setup',
    '/objectives/new', '/workstreams/new', `/actions/${a.id}?asAt=2019-01-31`, `/actions/${a.id}/edit`, `/actions/${a.id}/rating`,
    `/actions/${a.id}/milestones/new`, `/milestones/${m.id}/met`, `/actions/${a.id}/measures/new`, `/measures/${ms.id}/judge`,
    '/investment/new', `/investment/${b.id}/edit`, '?asAt=2019-01-31']) {
    await page.goto(`${base}/c/211/plan${path}`);
    assert.notEqual(await page.locator('h1').innerText(), 'Page not found', path);
    await assertAccessible(page);
  }
  await page.goto(`${base}/c/211/plan/actions/${a.id}/rating`);
  await page.getByRole('button', { name: 'Save the rating' }).click();
  assert.equal(await page.locator('.govuk-error-summary__title').innerText(), 'There is a problem');
  await assertAccessible(page);
  await page.close();
});

test('the plan works without JavaScript: recording a milestone as met', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, base, 'owner@uplift.demo', DEMO_PASSWORD);
  const [m] = await db.query<{ id: number }>(`SELECT m.id FROM plan_milestones m JOIN plan_actions a ON a.id = m.action_id WHERE a.ref = '2.6'`);
  await page.goto(`${base}/c/211/plan/milestones/${m.id}/met`);
  await page.getByRole('button', { name: 'Save' }).click();
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /Milestone saved/);
  await context.close();
});
