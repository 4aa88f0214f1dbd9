// The role × route matrix: every registered route, for every role and for someone signed out, is
// allowed or refused exactly as src/domain/roles says; and nobody reaches another council's records.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDatabases } from '../helpers/databases.ts';
import { Client, testApp } from '../helpers/web.ts';
import type { Database } from '../../src/db/database.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { DEMO_PASSWORD, listDemoAccounts } from '../../src/demo/demo-accounts.ts';
import { can, ROLES, type Role } from '../../src/domain/roles/roles.ts';
import type { DeclaredRoute } from '../../src/web/access.ts';
import { upsertCouncil } from '../../src/councils/councils-repository.ts';
import { createUser } from '../../src/users/users-repository.ts';
import { SYSTEM } from '../../src/audit/audit.ts';

const OTHER_COUNCIL = '212';

function expectedAllowed(route: DeclaredRoute, role: Role | null): boolean {
  if (route.access === 'public') return true;
  if (!role) return false;
  return route.access === 'signed-in' || can(role, route.access);
}

/** Fills path parameters: the user's own council, and ids that may or may not exist (access is checked first). */
function concrete(url: string, la = '211'): string {
  return url.replace(':la', la).replace(/:[a-zA-Z]+/g, '1');
}

function refused(status: number, location: unknown): boolean {
  return status === 403 || (status === 302 && String(location).startsWith('/sign-in?returnTo')) ||
    (status === 302 && String(location) === '/sign-in');
}

for (const target of testDatabases()) {
  let db: Database;
  let app: FastifyInstance;
  const password = DEMO_PASSWORD;
  before(async () => {
    db = await target.open();
    await loadDemo(db);
    await upsertCouncil(db, { laCode: OTHER_COUNCIL, name: 'Other Borough (test)' });
    await createUser(db, SYSTEM, { email: 'officer@other.test', name: 'Other Officer', role: 'officer', password: 'other-password-123', councils: [OTHER_COUNCIL] });
    app = await testApp(db);
  });
  after(async () => {
    await app.close();
    await db.close();
  });

  test(`${target.name}: every route is allowed or refused for every role as the permissions say`, async () => {
    const routes = app.declaredRoutes.filter((r) => r.url !== '/sign-out');
    assert.ok(routes.length >= 10, 'the matrix sees the registered routes');
    const emailOf = (role: Role) => listDemoAccounts().find((a) => a.role === role)!.email;
    const mismatches: string[] = [];
    for (const role of [null, ...ROLES] as (Role | null)[]) {
      let client = new Client(app);
      if (role) await client.signIn(emailOf(role), password);
      for (const route of routes) {
        const url = concrete(route.url);
        let res;
        if (route.method === 'GET') res = await client.get(url);
        else {
          // A valid CSRF token, so that only access decides; then a fresh session in case the post changed it.
          const token = role ? await client.csrfToken('/account') : await client.csrfToken('/sign-in');
          res = await client.post(url, {}, { csrf: token });
          client = new Client(app);
          if (role) await client.signIn(emailOf(role), password);
        }
        const allowed = !refused(res.statusCode, res.headers.location);
        if (allowed !== expectedAllowed(route, role)) {
          mismatches.push(`${role ?? 'signed out'} ${route.method} ${route.url}: got ${res.statusCode}, expected ${expectedAllowed(route, role) ? 'allowed' : 'refused'}`);
        }
      }
    }
    assert.deepEqual(mismatches, []);
  });

  test(`${target.name}: no role reaches another council's pages`, async () => {
    const councilRoutes = app.declaredRoutes.filter((r) => r.url.includes(':la') && r.method === 'GET');
    for (const account of listDemoAccounts()) {
      const client = new Client(app);
      await client.signIn(account.email, password);
      for (const route of councilRoutes) {
        const res = await client.get(concrete(route.url, OTHER_COUNCIL));
        assert.equal(res.statusCode, 403, `${account.role} ${route.url}`);
      }
    }
  });

  test(`${target.name}: an administrator cannot change an account of another council by its id`, async () => {
    const [other] = await db.query<{ id: number }>(`SELECT id FROM users WHERE email = 'officer@other.test'`);
    const client = new Client(app);
    await client.signIn('admin@uplift.demo', password);
    const res = await client.post(`/admin/users/${other.id}/disabled`, { disabled: 'true' });
    assert.equal(res.statusCode, 404);
    const [row] = await db.query('SELECT disabled FROM users WHERE id = $1', [other.id]);
    assert.equal(row.disabled, false);
    const list = await client.get('/admin/users');
    assert.doesNotMatch(list.body, /officer@other\.test/);
  });

  test(`${target.name}: a user of another council sees nothing of the demo council`, async () => {
    const client = new Client(app);
    await client.signIn('officer@other.test', 'other-password-123');
    const home = await client.get('/home');
    assert.match(home.body, /<h1[^>]*>\s*Other Borough \(test\)/);
    assert.doesNotMatch(home.body, /<td class="govuk-table__cell">211<\/td>/);
  });
}
