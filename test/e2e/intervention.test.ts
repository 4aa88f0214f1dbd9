// The intervention register, the statutory calendar, the Adviser's reviews and the DfE overview in a
// real browser, with axe (WCAG 2.2 AA) on every page visited: an officer pastes recommendations and a
// letter's findings and keeps a Direction's log; the calendar shows the seeds' checks and an
// obligation is marked as met; the Adviser records a review; a DfE official reads the overview.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts.ts';
import { assertAccessible, signIn, startBrowserTest, type BrowserTest } from '../helpers/browser.ts';

let base: string;
let browser: Browser;
let env: BrowserTest | undefined;

before(async () => {
  env = await startBrowserTest();
  ({ base, browser } = env);
});
after(() => env?.close());

async function as(who: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, base, `${who}@uplift.demo`, DEMO_PASSWORD);
  assert.equal(new URL(page.url()).pathname, '/home');
  return page;
}

async function fillDate(page: Page, id: string, iso: string) {
  await page.locator(`#${id}-day`).fill(String(Number(iso.slice(8))));
  await page.locator(`#${id}-month`).fill(String(Number(iso.slice(5, 7))));
  await page.locator(`#${id}-year`).fill(iso.slice(0, 4));
}

const h1 = (page: Page) => page.locator('h1').innerText();
const main = (page: Page) => page.locator('main').innerText();

test('an officer reads the register, pastes recommendations, and keeps the Direction\'s instructions log', async () => {
  const page = await as('officer');
  assert.match(await main(page), /Statutory calendar\s+As at \d+ \w+ \d{4}: \d+ overdue/);
  await assertAccessible(page);

  await page.getByRole('link', { name: 'Register', exact: true }).first().click();
  assert.equal(await h1(page), 'Intervention register');
  await assertAccessible(page);

  await page.getByRole('link', { name: 'Inspection published 7 April 2017' }).click();
  assert.equal(await h1(page), 'Inspection published 7 April 2017');
  assert.equal(await page.locator('#recommendations ~ table .govuk-tag--purple').count(), 9);
  assert.match(await page.locator('table').first().innerText(), /Overall effectiveness\s+Inadequate\s+Not recorded/);
  await assertAccessible(page);

  await page.getByRole('link', { name: '2012 inspection' }).click();
  assert.equal(await h1(page), '2012 inspection');
  await page.getByRole('button', { name: 'Add recommendations from pasted text' }).click();
  await assertAccessible(page);
  await page.getByRole('button', { name: 'Split into recommendations' }).click();
  assert.equal(await page.locator('.govuk-error-summary__title').innerText(), 'There is a problem');
  await assertAccessible(page);
  await page.getByLabel('Recommendations', { exact: true }).fill('1. Ensure that referrals are\nresponded to promptly.\n2. Improve management oversight.');
  await page.getByRole('button', { name: 'Split into recommendations' }).click();
  assert.equal(await h1(page), 'Check the recommendations');
  assert.equal(await page.locator('#text-0').inputValue(), 'Ensure that referrals are responded to promptly.');
  await assertAccessible(page);
  await page.locator('#text-1').fill('Strengthen management oversight of casework.');
  await page.getByRole('button', { name: 'Add these recommendations' }).click();
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /2 recommendations added\./);
  assert.match(await main(page), /Strengthen management oversight of casework\./);
  await assertAccessible(page);

  await page.goto(`${base}/c/211/register`);
  await page.locator('#directions ~ table a').first().click();
  assert.match(await h1(page), /^Statutory Direction to London Borough of Tower Hamlets/);
  assert.match(await main(page), /Deadline for representations\s+21 April 2017/);
  await assertAccessible(page);
  await page.getByRole('link', { name: 'Instructions' }).click();
  assert.match(await h1(page), /^Instructions/);
  await assertAccessible(page);
  await page.getByRole('button', { name: 'Add an instruction' }).click();
  await assertAccessible(page);
  await fillDate(page, 'givenOn', '2017-03-01');
  await page.getByLabel('Intervention Adviser').check();
  await page.getByLabel('Instruction', { exact: true }).fill('Provide the front door\'s audit reports.');
  await page.getByRole('button', { name: 'Add the instruction' }).click();
  assert.match(await page.locator('.govuk-error-summary').innerText(), /The instruction cannot be before the Direction of 7 April 2017/);
  await assertAccessible(page);
  await page.getByRole('link', { name: 'The instruction cannot be before the Direction of 7 April 2017' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'givenOn-day');
  await fillDate(page, 'givenOn', '2017-10-02');
  await page.getByRole('button', { name: 'Add the instruction' }).click();
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /The instruction has been added\./);
  assert.match(await page.locator('table').innerText(), /2 October 2017\s+Intervention Adviser\s+Provide the front door's audit reports\./);
  await assertAccessible(page);
  await page.context().close();
});

test('the December 2018 visit shows its findings; a pasted letter is split and classified', async () => {
  const page = await as('officer');
  await page.goto(`${base}/c/211/register`);
  await page.getByRole('link', { name: 'Monitoring visit 5: 11 to 12 December 2018' }).click();
  assert.equal(await h1(page), 'Monitoring visit 5: 11 to 12 December 2018');
  assert.match(await main(page), /Areas for improvement \(7\)/);
  assert.ok(await page.getByRole('cell', { name: 'However, this practice is not yet consistent.' }).isVisible());
  await assertAccessible(page);

  await page.getByRole('button', { name: 'Add findings from the letter' }).click();
  await assertAccessible(page);
  await page.getByLabel('Text of the letter').fill('Dear Director\n\nFindings\n\nMorale is good. However, supervision is not yet consistent.\n\nYours sincerely');
  await page.getByRole('button', { name: 'Split into findings' }).click();
  assert.equal(await h1(page), 'Classify the findings');
  await assertAccessible(page);
  await page.locator('input[name="kind-0"][value="strength"]').check();
  await page.getByRole('button', { name: 'Add these findings' }).click();
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Finding 2: Select whether it is a strength, an area for improvement, or leave it out/);
  await assertAccessible(page);
  await page.locator('input[name="kind-1"][value="area_for_improvement"]').check();
  await page.getByRole('button', { name: 'Add these findings' }).click();
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /2 findings added\./);
  assert.match(await main(page), /Areas for improvement \(8\)/);
  await assertAccessible(page);
  await page.context().close();
});

test('the calendar shows the seeds\' checks and an obligation is marked as met', async () => {
  const page = await as('officer');
  await page.getByRole('link', { name: 'Calendar', exact: true }).first().click();
  assert.equal(await h1(page), 'Statutory calendar');
  const checks = page.locator('#direction-dates ~ table').first();
  assert.match(await checks.innerText(), /As drafted on 7 April 2017\s+Provisional\s+30 June 2017/);
  assert.match(await checks.innerText(), /As issued on 15 September 2017\s+Illustrative\s+30 November 2017\s+28 February 2018/);
  await assertAccessible(page);

  await fillDate(page, 'asAt', '2019-01-31');
  await page.getByRole('button', { name: 'Show' }).click();
  assert.match(await page.locator('h2').first().innerText(), /As at 31 January 2019/);
  await assertAccessible(page);
  await page.getByRole('link', { name: /Mark as met ?: Chair's quarterly report to the Secretary of State \(6th\)/ }).first().click();
  assert.equal(await h1(page), 'Mark as met');
  await assertAccessible(page);
  await page.getByRole('button', { name: 'Mark as met' }).click();
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter the date it was met/);
  await assertAccessible(page);
  await fillDate(page, 'fulfilledOn', '2019-02-20');
  await page.getByLabel('Reference').fill('Chair\'s sixth quarterly report');
  await page.getByRole('button', { name: 'Mark as met' }).click();
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /The obligation is marked as met\./);
  await assertAccessible(page);
  await page.context().close();
});

test('the Adviser records a six-monthly review and assesses an area', async () => {
  const page = await as('adviser');
  await page.getByRole('link', { name: 'Reviews', exact: true }).first().click();
  assert.equal(await h1(page), 'The Intervention Adviser\'s reviews');
  await assertAccessible(page);
  await page.getByRole('button', { name: 'Record a six-monthly review' }).click();
  await assertAccessible(page);
  await fillDate(page, 'submittedOn', '2017-09-01');
  await page.getByLabel('Partly').check();
  await page.getByRole('button', { name: 'Record the review' }).click();
  assert.match(await page.locator('.govuk-error-summary').innerText(), /The review cannot be before the Direction of 15 September 2017/);
  await assertAccessible(page);
  await fillDate(page, 'periodStart', '2017-09-15');
  await fillDate(page, 'periodEnd', '2018-02-28');
  await fillDate(page, 'submittedOn', '2018-02-26');
  await page.getByRole('button', { name: 'Record the review' }).click();
  assert.equal(await h1(page), 'Six-monthly review 1');
  assert.match(await main(page), /Sufficient progress: Partly/);
  await assertAccessible(page);
  await page.getByRole('link', { name: 'Assess practice' }).click();
  await assertAccessible(page);
  await page.getByLabel('Assessment', { exact: true }).fill('Thresholds are better understood; supervision is not yet consistent.');
  await page.getByLabel('Partly').check();
  await page.getByLabel('Evidence').fill('https://example.org/audits/2018-02');
  await page.getByRole('button', { name: 'Save the assessment' }).click();
  assert.match(await main(page), /1 of 7 areas assessed\./);
  assert.ok(await page.getByRole('link', { name: 'https://example.org/audits/2018-02' }).isVisible());
  await assertAccessible(page);
  await page.context().close();
});

test('a DfE official sees each council\'s calendar on the home page and the cross-council overview', async () => {
  const page = await as('dfe');
  assert.match(await main(page), /Statutory calendars/);
  await assertAccessible(page);
  await page.getByRole('link', { name: 'Overview', exact: true }).first().click();
  assert.equal(await h1(page), 'Councils under intervention');
  assert.match(await page.locator('table').first().innerText(), /Tower Hamlets\s+Inadequate\s+Issued/);
  await assertAccessible(page);
  await page.context().close();
});
