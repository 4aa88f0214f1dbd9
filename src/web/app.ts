// Builds the Uplift web application: security plugins, sessions, access control, the areas' routes.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import formbody from '@fastify/formbody';
import cookie from '@fastify/cookie';
import session from '@fastify/session';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import staticFiles from '@fastify/static';
import { join } from 'node:path';
import type { Database } from '../db/database.ts';
import type { Config } from '../config/config.ts';
import { registerAccessControl, Refused, type DeclaredRoute, type SessionUser } from './access.ts';
import { DatabaseSessionStore } from './session-store.ts';
import { Navigation } from './navigation.ts';
import { createViewEnvironment, GOVUK_DIST } from './views.ts';
import { findUserById } from '../users/users-repository.ts';
import { ROLE_LABELS } from '../domain/roles/roles.ts';
import { setServiceDate } from './today.ts';
import { authRoutes } from './auth/routes.ts';
import { homeRoutes } from './home/routes.ts';
import { pageRoutes } from './pages/routes.ts';
import { adminRoutes } from './admin/routes.ts';
import { performanceRoutes } from './performance/routes.ts';
import { planRoutes } from './plan/routes.ts';
import { interventionRoutes } from './intervention/routes.ts';

export const SERVICE_NAME = 'Uplift';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    config: Config;
    navigation: Navigation;
    declaredRoutes: DeclaredRoute[];
  }
  interface FastifyReply {
    page(template: string, context?: Record<string, unknown>): FastifyReply;
  }
}

export interface AppOptions {
  db: Database;
  config: Config;
  logger?: boolean | object;
}

export async function buildApp({ db, config, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger === true ? loggerOptions(config) : logger,
    trustProxy: config.secureCookies,
    bodyLimit: 1024 * 1024,
  });
  setServiceDate(config.today);
  app.decorate('db', db);
  app.decorate('config', config);
  app.decorate('navigation', new Navigation());
  app.decorateRequest('user', null);

  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'"], formAction: ["'self'"],
      // Only behind HTTPS: on plain HTTP (the embedded demo) upgrading would break every redirect.
      upgradeInsecureRequests: config.secureCookies ? [] : null } },
  });
  await app.register(formbody, { bodyLimit: 1024 * 1024 });
  await app.register(cookie);
  const store = new DatabaseSessionStore(db, config.sessionIdleMinutes * 60_000);
  await app.register(session, {
    secret: config.sessionSecret,
    cookieName: 'uplift_session',
    store,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, maxAge: config.sessionIdleMinutes * 60_000, path: '/' },
  });
  await app.register(csrf, { sessionPlugin: '@fastify/session', getToken: (req: any) => req.body?._csrf });
  await app.register(rateLimit, { global: false });
  await app.register(staticFiles, { root: join(GOVUK_DIST, 'govuk', 'assets'), prefix: '/assets/', decorateReply: false,
    maxAge: '1d' });
  await app.register(staticFiles, { root: join(GOVUK_DIST, 'govuk'), prefix: '/assets/govuk/', decorateReply: false,
    allowedPath: (p) => /^\/govuk-frontend\.min\.(css|js)$/.test(p) });
  await app.register(staticFiles, { root: join(import.meta.dirname, 'public'), prefix: '/assets/uplift/', decorateReply: false });

  const sweep = setInterval(() => store.sweep().catch((e) => app.log.warn({ err: e }, 'session sweep failed')), 10 * 60_000);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));

  app.decorate('declaredRoutes', registerAccessControl(app));
  app.addHook('onRequest', async (request) => {
    request.user = await loadUser(app, request);
  });

  const views = createViewEnvironment();
  app.decorateReply('page', function (this: FastifyReply, template: string, context: Record<string, unknown> = {}) {
    const request = this.request;
    const la = (request.params as Record<string, string> | undefined)?.la ?? null;
    const html = views.render(template, {
      serviceName: SERVICE_NAME,
      user: request.user,
      currentPath: request.url.split('?')[0],
      laCode: la,
      navigation: app.navigation.itemsFor(request.user, request.url.split('?')[0], la),
      csrfToken: (this as any).generateCsrf?.(),
      cspNonce: (this as any).cspNonce?.script,
      demo: config.demo,
      roleLabel: request.user ? ROLE_LABELS[request.user.role] : null,
      serviceDate: config.today,
      ...context,
    });
    return this.type('text/html; charset=utf-8').send(html);
  });

  app.setErrorHandler((error: any, request, reply) => {
    if (error instanceof Refused) {
      return reply.code(error.statusCode).page('views/errors/refused.njk', { reason: error.reason });
    }
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
      return reply.code(403).page('views/errors/refused.njk', {
        reason: 'This form has expired or did not come from Uplift. Go back, reload the page and try again.' });
    }
    if (error.statusCode === 429) {
      return reply.code(429).page('views/errors/refused.njk', { title: 'Too many attempts',
        reason: 'There have been too many attempts from your connection. Wait a minute, then try again.' });
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply.code(error.statusCode).page('views/errors/refused.njk', { title: 'Sorry, there is a problem with that request',
        reason: error.statusCode === 413 ? 'The file or form is larger than Uplift accepts.' : 'Uplift could not read what was sent. Go back and try again.' });
    }
    request.log.error({ err: { message: error.message, stack: error.stack } }, 'request failed');
    return reply.code(500).page('views/errors/500.njk');
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).page('views/errors/404.njk'));

  app.navigation.add({ label: 'Home', order: 0, permission: 'signed-in', href: () => '/home', prefix: () => '/home' });
  await app.register(pageRoutes);
  await app.register(authRoutes);
  await app.register(homeRoutes);
  await app.register(adminRoutes);
  await app.register(performanceRoutes);
  await app.register(planRoutes);
  await app.register(interventionRoutes);
  return app;
}

async function loadUser(app: FastifyInstance, request: FastifyRequest): Promise<SessionUser | null> {
  const id = request.session?.userId;
  if (!id) return null;
  const user = await findUserById(app.db, id);
  const today = new Date().toISOString().slice(0, 10);
  if (!user || user.disabled || (user.accessExpires && user.accessExpires < today)) {
    await request.session.destroy();
    return null;
  }
  // Keep an active session alive: re-save at most once a minute (the store extends its expiry).
  if (!request.session.lastSeen || Date.now() - request.session.lastSeen > 60_000) request.session.lastSeen = Date.now();
  return { id: user.id, name: user.name, email: user.email, role: user.role, councils: user.councils };
}

/** Structured logs that never carry passwords, cookies or form bodies (which may hold child data). */
export function loggerOptions(config: Config) {
  return {
    level: config.logLevel,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], remove: true },
    serializers: {
      req: (req: any) => ({ method: req.method, url: req.routeOptions?.url ?? req.url?.split('?')[0], remoteAddress: req.ip }),
    },
  };
}
