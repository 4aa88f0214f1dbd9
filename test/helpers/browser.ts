// End-to-end tests drive Debian's Chromium through playwright-core against a real server on
// loopback, and check every page with axe against WCAG 2.2 AA.
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/database.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { testApp } from './web.ts';
import { openMigratedPglite } from './databases.ts';
import type { Config } from '../../src/config/config.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export async function serve(db: Database, overrides: Partial<Config> = {}): Promise<{ app: FastifyInstance; base: string }> {
  const app = await testApp(db, overrides);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, base: address };
}

export interface BrowserTest {
  db: Database;
  app: FastifyInstance;
  /** The server's address, e.g. http://127.0.0.1:41234 */
  base: string;
  browser: Browser;
  /** Closes the browser, then the server, then the database. */
  close(): Promise<void>;
}

/**
 * The start-up every browser test file shares: a fresh migrated PGlite with the demo loaded (and then
 * whatever `seed` adds), the app listening on loopback, and Chromium, launched while the database is
 * being prepared. Call from `before`, and `close()` from `after`.
 */
export async function startBrowserTest(opts: { seed?: (db: Database) => Promise<unknown>; config?: Partial<Config> } = {}): Promise<BrowserTest> {
  const launching = launchBrowser();
  launching.catch(() => undefined); // awaited below; this only stops an early failure counting as unhandled
  let db: Database | undefined;
  let app: FastifyInstance | undefined;
  try {
    db = await openMigratedPglite();
    await loadDemo(db);
    await opts.seed?.(db);
    const served = await serve(db, opts.config);
    app = served.app;
    const browser = await launching;
    const started = { db, app, base: served.base, browser };
    return {
      ...started,
      async close() {
        await started.browser.close();
        await started.app.close();
        await started.db.close();
      },
    };
  } catch (err) {
    await launching.then((b) => b.close(), () => undefined);
    await app?.close();
    await db?.close();
    throw err;
  }
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Fails with the list of violations, if any, on the page as it is now. Legacy mode runs axe in the
 * page itself instead of gathering its results in a new blank page, in about half the time; all it
 * gives up is testing cross-origin frames, and Uplift's pages have no frames.
 */
export async function assertAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  assert.deepEqual(found, [], `axe found accessibility violations on ${page.url()}`);
}

export async function signIn(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
