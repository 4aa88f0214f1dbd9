// Signing in and out. Failed attempts are counted per account (locked after MAX_FAILED_LOGINS) and
// rate-limited per address; the messages never reveal whether an email address has an account.
import type { FastifyInstance } from 'fastify';
import { findUserByEmail, recordFailedLogin, recordSuccessfulLogin, LOCK_MINUTES, MAX_FAILED_LOGINS } from '../../users/users-repository.ts';
import { dummyHash, verifyPassword } from '../../users/passwords.ts';
import { recordAudit } from '../../audit/audit.ts';
import { formatDateTime } from '../views.ts';
import { field, formErrors } from '../forms.ts';
import { listDemoAccounts } from '../../demo/demo-accounts.ts';

/** Only a local path may be a destination after sign-in (no open redirect). */
function safeReturn(value: string): string {
  return /^\/(?!\/)[\w\-/?=&.%]*$/.test(value) && !value.startsWith('/sign-') ? value : '/home';
}

export async function authRoutes(app: FastifyInstance) {
  const demoAccounts = () => (app.config.demo ? listDemoAccounts() : []);

  app.get('/sign-in', { config: { access: 'public' } }, async (request, reply) => {
    if (request.user) return reply.redirect('/home');
    const q = request.query as Record<string, string>;
    return reply.page('auth/sign-in.njk', { title: 'Sign in', returnTo: safeReturn(q.returnTo ?? ''),
      signedOut: q.signedOut === '1', expired: q.expired === '1', demoAccounts: demoAccounts() });
  });

  app.post('/sign-in', {
    config: { access: 'public', rateLimit: { max: app.config.signInLimitPerMinute, timeWindow: '1 minute' } },
    preHandler: app.csrfProtection,
  }, async (request, reply) => {
    const email = field(request.body, 'email').toLowerCase().slice(0, 254);
    const password = field(request.body, 'password').slice(0, 200);
    const returnTo = safeReturn(field(request.body, 'returnTo'));
    const fail = (message: string, fieldName = 'email') => reply.code(400).page('auth/sign-in.njk', {
      title: 'Sign in', email, returnTo, demoAccounts: demoAccounts(),
      errors: formErrors([{ field: fieldName, message }]) });

    if (!email || !password) {
      return fail(!email ? 'Enter your email address' : 'Enter your password', !email ? 'email' : 'password');
    }
    const user = await findUserByEmail(app.db, email);
    if (!user) {
      await verifyPassword(await dummyHash(), password);
      return fail('Enter a correct email address and password');
    }
    const audit = (action: string, summary: string) => recordAudit(app.db, { userId: user.id, label: user.name },
      { laCode: user.councils[0] ?? null, action, entity: 'users', entityId: user.id, summary });
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      return fail(`This account is locked after ${MAX_FAILED_LOGINS} failed sign-in attempts. Try again after ${formatDateTime(user.lockedUntil)}, or ask your administrator.`);
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      const lockedUntil = await recordFailedLogin(app.db, user.id);
      if (lockedUntil) {
        await audit('locked', `Account locked for ${LOCK_MINUTES} minutes after ${MAX_FAILED_LOGINS} failed sign-in attempts`);
        return fail(`This account is now locked for ${LOCK_MINUTES} minutes after ${MAX_FAILED_LOGINS} failed sign-in attempts. Try again after ${formatDateTime(lockedUntil)}, or ask your administrator.`);
      }
      await audit('sign-in-refused', 'Wrong password');
      return fail('Enter a correct email address and password');
    }
    const today = new Date().toISOString().slice(0, 10);
    if (user.disabled || (user.accessExpires && user.accessExpires < today)) {
      await audit('sign-in-refused', user.disabled ? 'Account disabled' : 'Access period ended');
      return fail(user.disabled ? 'This account has been disabled. Ask your administrator.'
        : 'Your access to Uplift ended on ' + user.accessExpires + '. Ask the council to extend it.');
    }
    await recordSuccessfulLogin(app.db, user.id);
    await request.session.regenerate();   // a fresh session id on sign-in (no session fixation)
    request.session.userId = user.id;
    request.session.lastSeen = Date.now();
    await audit('sign-in', 'Signed in');
    return reply.redirect(returnTo);
  });

  app.post('/sign-out', { config: { access: 'signed-in' }, preHandler: app.csrfProtection }, async (request, reply) => {
    const user = request.user!;
    await recordAudit(app.db, { userId: user.id, label: user.name },
      { laCode: user.councils[0] ?? null, action: 'sign-out', entity: 'users', entityId: user.id, summary: 'Signed out' });
    await request.session.destroy();
    return reply.redirect('/sign-in?signedOut=1');
  });
}
