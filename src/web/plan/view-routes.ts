// The plan's views: the child's journey, by objective, my actions, overdue, and the coverage grid.
import type { FastifyInstance } from 'fastify';
import { loadActions } from '../../plan/read-model.ts';
import { loadCoverage } from '../../plan/coverage-repository.ts';
import { BRAG_RULE_IN_WORDS } from '../../domain/plan/brag.ts';
import { listObjectives } from '../../plan/structure-repository.ts';
import { RATING_TAG_CLASSES } from '../../domain/plan/status.ts';
import { DEMO_PLAN_AS_AT } from '../../demo/plan-seed.ts';
import { actionRow, byJourney, ratingCounts } from './present.ts';
import { planPage } from './page.ts';
import { asAtOf, dateBoxes } from './support.ts';

type P = { Params: { la: string } };
const read = { config: { access: 'council.read' as const } };

export async function viewRoutes(app: FastifyInstance) {
  const common = async (request: any, section: string) => {
    const page = await planPage(app, request, section);
    const { asAt, chosen, invalid } = asAtOf(request);
    const actions = page.plan ? await loadActions(app.db, page.la, asAt) : [];
    return { ...page, asAt, asAtChosen: chosen, asAtInvalid: invalid, asAtBoxes: dateBoxes(asAt), actions,
      demoAsAt: page.plan?.illustrative ? DEMO_PLAN_AS_AT : null, counts: ratingCounts(actions) };
  };

  app.get<P>('/c/:la/plan', read, async (request, reply) => {
    const c = await common(request, 'journey');
    if (!c.plan) return reply.page('plan/no-plan.njk', { title: 'Improvement plan', ...c });
    const coverage = await loadCoverage(app.db, c.la, c.actions);
    return reply.page('plan/journey.njk', { title: 'Improvement plan: the child\'s journey', ...c, stages: byJourney(c.actions),
      overdue: c.actions.filter((a) => a.overdue).length, uncovered: coverage.uncovered, rule: BRAG_RULE_IN_WORDS });
  });

  app.get<P>('/c/:la/plan/objectives', read, async (request, reply) => {
    const c = await common(request, 'objectives');
    if (!c.plan) return reply.page('plan/no-plan.njk', { title: 'Improvement plan', ...c });
    const objectives = (await listObjectives(app.db, c.la)).map((o) => ({ ...o, workstreams: o.workstreams.map((w) => ({
      ...w, actions: c.actions.filter((a) => a.workstreamId === w.id).map(actionRow) })) }));
    return reply.page('plan/objectives.njk', { title: 'Improvement plan: by objective', ...c, objectives });
  });

  app.get<P>('/c/:la/plan/owners', read, async (request, reply) => {
    const c = await common(request, 'owners');
    const names = [...new Set(c.actions.map((a) => a.ownerName))].sort((a, b) => a.localeCompare(b));
    const owners = names.map((name) => {
      const theirs = c.actions.filter((a) => a.ownerName === name);
      return { name, rows: theirs.map(actionRow), counts: ratingCounts(theirs).filter((x) => x.count > 0) };
    });
    return reply.page('plan/owners.njk', { title: 'Improvement plan: by owner', ...c, owners });
  });

  app.get<P>('/c/:la/plan/mine', read, async (request, reply) => {
    const c = await common(request, 'mine');
    const mine = c.actions.filter((a) => a.ownerUserId === request.user!.id).map(actionRow);
    return reply.page('plan/list.njk', { title: 'My actions', ...c, rows: mine, counts: ratingCounts(c.actions.filter((a) => a.ownerUserId === request.user!.id)),
      intro: 'The actions you own in the improvement plan, with their ratings. Record progress on each from its page.',
      empty: 'You do not own any actions in the plan. An officer can make you the owner of an action by choosing your account on it.' });
  });

  app.get<P>('/c/:la/plan/overdue', read, async (request, reply) => {
    const c = await common(request, 'overdue');
    const rows = c.actions.filter((a) => a.overdue).sort((a, b) => a.dueOn.localeCompare(b.dueOn)).map(actionRow);
    return reply.page('plan/list.njk', { title: 'Overdue actions', ...c, rows, counts: null,
      intro: 'Actions whose due date has passed and that are not complete, the longest overdue first.',
      empty: 'No action is overdue.' });
  });

  app.get<P>('/c/:la/plan/coverage', read, async (request, reply) => {
    const c = await common(request, 'coverage');
    const grid = await loadCoverage(app.db, c.la, c.actions);
    return reply.page('plan/coverage.njk', { title: 'Coverage of recommendations and findings', ...c, grid, tagClasses: RATING_TAG_CLASSES });
  });
}
