// Regenerates the README's screenshots: `node --import tsx scripts/screenshots.ts`.
// Needs Chromium (CHROMIUM_PATH or /usr/bin/chromium). Uses an in-memory database with the demo.
import { openPglite } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { seedSyntheticSnapshots } from '../src/demo/performance-seed.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-accounts.ts';
import { DEMO_TODAY } from '../src/config/config.ts';
import { launchBrowser, serve, signIn } from '../test/helpers/browser.ts';

const db = await openPglite();
await migrate(db);
await loadDemo(db);
await seedSyntheticSnapshots(db, '211');
const { app, base } = await serve(db, { today: DEMO_TODAY });
const browser = await launchBrowser();
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(page, base, 'dcs@uplift.demo', DEMO_PASSWORD);
  await page.waitForURL('**/home');
  await page.locator('h1').waitFor();
  await page.screenshot({ path: 'docs/images/home.png' });
  await page.goto(`${base}/c/211/performance`);
  await page.locator('h1').waitFor();
  await page.screenshot({ path: 'docs/images/performance.png' });
} finally {
  await browser.close();
  await app.close();
  await db.close();
}
