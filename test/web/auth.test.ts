import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDatabases } from '../helpers/databases.ts';
import { Client, testApp } from '../helpers/web.ts';
import type { Database } from '../../src/db/database.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { DEMO_PASSWORD, listDemoAccounts } from '../../src/demo/demo-accounts.ts';
import { MAX_FAILED_LOGINS } from '../../src/users/users-repository.ts';

for (const target of testDatabases()) {
  let db: Database;
  let app: FastifyInstance;
  before(async () => {
    db = await target.open();
    await loadDemo(db);
    app = await testApp(db);
  });
  after(async () => {
    await app.close();
    await db.close();
  });

  test(`${target.name}: every demo account signs in and lands on its own home page`, async () => {
    for (const account of listDemoAccounts()) {
      const client = new Client(app);
      const res = await client.signIn(account.email, DEMO_PASSWORD);
      assert.equal(res.headers.location, '/home');
      const home = await client.get('/home');
      assert.equal(home.statusCode, 200, account.role);
      assert.match(home.body, new RegExp(`<h1[^>]*>\\s*Tower Hamlets`), account.role);
      assert.ok(home.body.includes(account.roleLabel.replace("'", '&#39;')), `${account.role} sees its role`);
    }
  });

  test(`${target.name}: the sign-in page lists the demo accounts in demo mode only`, async () => {
    const page = await new Client(app).get('/sign-in');
    assert.match(page.body, /officer@uplift\.demo/);
    const plain = await testApp(db, { demo: false });
    try {
      const res = await new Client(plain).get('/sign-in');
      assert.doesNotMatch(res.body, /uplift\.demo/);
    } finally {
      await plain.close();
    }
  });

  test(`${target.name}: a wrong password gets one message that does not reveal whether the account exists`, async () => {
    const client = new Client(app);
    const wrong = await client.post('/sign-in', { email: 'dcs@uplift.demo', password: 'not-the-password' }, { tokenFrom: '/sign-in' });
    const unknown = await client.post('/sign-in', { email: 'nobody@uplift.demo', password: 'not-the-password' }, { tokenFrom: '/sign-in' });
    for (const res of [wrong, unknown]) {
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /There is a problem/);
      assert.match(res.body, /Enter a correct email address and password/);
    }
  });

  test(`${target.name}: an account locks after repeated failures, with a clear message, even for the right password`, async () => {
    const client = new Client(app);
    let res;
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      res = await client.post('/sign-in', { email: 'member@uplift.demo', password: 'guess-' + i }, { tokenFrom: '/sign-in' });
    }
    assert.match(res!.body, /now locked for 15 minutes after 5 failed sign-in attempts/);
    const right = await client.post('/sign-in', { email: 'member@uplift.demo', password: DEMO_PASSWORD }, { tokenFrom: '/sign-in' });
    assert.equal(right.statusCode, 400);
    assert.match(right.body, /This account is locked/);
    const [log] = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'locked'`);
    assert.equal(log.n, 1);
  });

  test(`${target.name}: a form without its CSRF token is refused and changes nothing`, async () => {
    const client = new Client(app);
    await client.signIn('admin@uplift.demo', DEMO_PASSWORD);
    const before = await db.query('SELECT count(*)::int AS n FROM users');
    const res = await client.post('/admin/users', { name: 'Forged', email: 'forged@uplift.demo', role: 'admin',
      password: 'a-long-password-123' }, { csrf: 'forged-token' });
    assert.equal(res.statusCode, 403);
    assert.match(res.body, /did not come from Uplift/);
    assert.deepEqual(await db.query('SELECT count(*)::int AS n FROM users'), before);
  });

  test(`${target.name}: signing out ends the session`, async () => {
    const client = new Client(app);
    await client.signIn('officer@uplift.demo', DEMO_PASSWORD);
    const out = await client.post('/sign-out', {});
    assert.equal(out.headers.location, '/sign-in?signedOut=1');
    const home = await client.get('/home');
    assert.equal(home.statusCode, 302);
    assert.match(String(home.headers.location), /^\/sign-in/);
  });

  test(`${target.name}: a session expires after the idle time`, async () => {
    const client = new Client(app);
    await client.signIn('officer@uplift.demo', DEMO_PASSWORD);
    await db.query(`UPDATE sessions SET expires_at = now() - interval '1 second'`);
    const home = await client.get('/home');
    assert.equal(home.statusCode, 302);
  });

  test(`${target.name}: an administrator adds an account; bad input gets messages on the fields and saves nothing`, async () => {
    const client = new Client(app);
    await client.signIn('admin@uplift.demo', DEMO_PASSWORD);
    const before = await db.query('SELECT count(*)::int AS n FROM users');
    const bad = await client.post('/admin/users', { name: 'x'.repeat(201), email: 'not-an-email', role: 'wizard', password: 'short' },
      { tokenFrom: '/admin/users/new' });
    assert.equal(bad.statusCode, 400);
    for (const m of ['Full name must be 200 characters or fewer', 'Enter an email address in the correct format',
      'Select a role', 'Password must be at least 12 characters']) assert.ok(bad.body.includes(m), m);
    assert.deepEqual(await db.query('SELECT count(*)::int AS n FROM users'), before);

    const ok = await client.post('/admin/users', { name: 'Nadia Ahmed', email: 'Nadia@Example.org', role: 'action_owner',
      password: 'a-long-password-123' }, { tokenFrom: '/admin/users/new' });
    assert.equal(ok.headers.location, '/admin/users?created=1');
    const list = await client.get('/admin/users');
    assert.match(list.body, /nadia@example\.org/);
    const audit = await client.get('/admin/audit');
    assert.match(audit.body, /Account created for Nadia Ahmed/);
    const added = new Client(app);
    await added.signIn('nadia@example.org', 'a-long-password-123');
  });

  test(`${target.name}: output is escaped`, async () => {
    const client = new Client(app);
    await client.signIn('admin@uplift.demo', DEMO_PASSWORD);
    await client.post('/admin/users', { name: '<script>alert(1)</script>', email: 'xss@example.org', role: 'board_member',
      password: 'a-long-password-123' }, { tokenFrom: '/admin/users/new' });
    const list = await client.get('/admin/users');
    assert.ok(!list.body.includes('<script>alert(1)</script>'));
    assert.ok(list.body.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });
}
