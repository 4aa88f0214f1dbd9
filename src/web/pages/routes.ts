// Public pages: the start page, accessibility statement, cookies, privacy, and /health for monitoring.
import type { FastifyInstance } from 'fastify';

export async function pageRoutes(app: FastifyInstance) {
  const pub = { config: { access: 'public' as const } };
  app.get('/', pub, async (request, reply) =>
    request.user ? reply.redirect('/home') : reply.page('pages/start.njk', { title: 'Improving children\'s services' }));
  app.get('/accessibility', pub, async (_r, reply) => reply.page('pages/accessibility.njk', { title: 'Accessibility statement' }));
  app.get('/cookies', pub, async (_r, reply) => reply.page('pages/cookies.njk', { title: 'Cookies' }));
  app.get('/privacy', pub, async (_r, reply) => reply.page('pages/privacy.njk', { title: 'Privacy' }));
  app.get('/health', pub, async (_r, reply) => {
    try {
      await app.db.query('SELECT 1');
      return reply.header('cache-control', 'no-store').send({ status: 'ok', database: app.db.engine });
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: app.db.engine });
    }
  });
}
