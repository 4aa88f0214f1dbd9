// In a real browser: sign in, a refused page, sign out; axe on every page visited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, listDemoAccounts } from '../../src/demo/demo-accounts.ts';
import { assertAccessible, signIn, startBrowserTest, type BrowserTest } from '../helpers/browser.ts';

let base: string;
let browser: Browser;
let env: BrowserTest | undefined;

before(async () => {
  env = await startBrowserTest();
  ({ base, browser } = env);
});
after(() => env?.close());

test('the start and sign-in pages are accessible and list the demo accounts', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(base);
  assert.equal(await page.locator('h1').innerText(), 'Improving children\'s services');
  await assertAccessible(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  assert.match(await page.locator('h1').innerText(), /Sign in to Uplift/);
  assert.ok(await page.getByRole('cell', { name: 'officer@uplift.demo' }).isVisible());
  await assertAccessible(page);
  for (const path of ['/accessibility', '/cookies', '/privacy']) {
    await page.goto(base + path);
    await assertAccessible(page);
  }
  await page.close();
});

test('a wrong password shows the error summary linked to the field', async () => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, base, 'officer@uplift.demo', 'wrong-password');
  assert.equal(await page.locator('.govuk-error-summary__title').innerText(), 'There is a problem');
  assert.match(await page.title(), /^Error: /);
  await assertAccessible(page);
  await page.close();
});

test('each role signs in to its own home page; a refused page says why; signing out works', async () => {
  for (const account of listDemoAccounts()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, base, account.email, DEMO_PASSWORD);
    assert.equal(new URL(page.url()).pathname, '/home', account.role);
    assert.equal(await page.locator('.govuk-caption-l').innerText(), account.roleLabel);
    await assertAccessible(page);
    if (account.role !== 'admin') {
      await page.goto(`${base}/admin/audit`);
      assert.equal(await page.locator('h1').innerText(), 'You do not have access to this page');
      await assertAccessible(page);
    } else {
      await page.getByRole('link', { name: 'Audit log' }).first().click();
      assert.equal(await page.locator('h1').innerText(), 'Audit log');
      await assertAccessible(page);
      await page.getByRole('link', { name: 'Accounts' }).first().click();
      await assertAccessible(page);
      await page.goto(`${base}/admin/users/new`);
      await page.getByRole('button', { name: 'Add account' }).click();
      assert.equal(await page.locator('.govuk-error-summary__title').innerText(), 'There is a problem');
      await assertAccessible(page);
    }
    await page.getByRole('button', { name: 'Sign out' }).click();
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /You have signed out/);
    await page.goto(`${base}/home`);
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    await context.close();
  }
});

test('pages work without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, base, 'officer@uplift.demo', DEMO_PASSWORD);
  assert.equal(new URL(page.url()).pathname, '/home');
  await context.close();
});
