// Each role lands on its own home page: what the role is for, its councils, and the panels of the
// areas that concern it.
import type { FastifyInstance } from 'fastify';
import { ROLE_LABELS, ROLE_PURPOSE } from '../../domain/roles/roles.ts';
import { listCouncils } from '../../councils/councils-repository.ts';
import { homePanels } from './panels.ts';

export async function homeRoutes(app: FastifyInstance) {
  app.get('/home', { config: { access: 'signed-in' } }, async (request, reply) => {
    const user = request.user!;
    const councils = await listCouncils(app.db, user.councils);
    const panels = [];
    for (const p of homePanels.filter((p) => p.roles.includes(user.role))) {
      const loaded = await p.load(app.db, user);
      if (loaded) panels.push(loaded);
    }
    return reply.page('home/home.njk', {
      title: `Home: ${ROLE_LABELS[user.role]}`, purpose: ROLE_PURPOSE[user.role], councils, panels,
      councilName: councils.length === 1 ? councils[0].name : null,
    });
  });

  app.get('/account', { config: { access: 'signed-in' } }, async (request, reply) => {
    const councils = await listCouncils(app.db, request.user!.councils);
    return reply.page('home/account.njk', { title: 'Your account', councils });
  });
}
