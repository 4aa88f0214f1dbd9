// The improvement investment by workstream: planned against spent (product.md capability 10).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createBudgetLine, getBudgetLine, listBudgetLines, updateBudgetLine, type BudgetInput } from '../../plan/budget-repository.ts';
import { listObjectives } from '../../plan/structure-repository.ts';
import { byWorkstream, pounds, totals } from '../../domain/plan/investment.ts';
import { actorOf } from '../access.ts';
import { field, formErrors } from '../forms.ts';
import { planPage } from './page.ts';
import { dateBoxes, numericId, postedDate, todayInEngland, typedDate } from './support.ts';

type P = { Params: { la: string; id?: string } };
const read = { config: { access: 'council.read' as const } };
const edit = { config: { access: 'plan.edit' as const } };

export async function investmentRoutes(app: FastifyInstance) {
  app.get<P>('/c/:la/plan/investment', read, async (request, reply) => {
    const page = await planPage(app, request, 'investment');
    const lines = await listBudgetLines(app.db, page.la);
    const groups = byWorkstream(lines).map((g) => ({ ...g, lines: g.lines.map((l: any) => ({ ...l, plannedText: pounds(l.planned), spentText: pounds(l.spent),
      remainingText: pounds(l.planned - l.spent) })), t: { ...g.totals, plannedText: pounds(g.totals.planned), spentText: pounds(g.totals.spent), remainingText: pounds(g.totals.remaining) } }));
    const all = totals(lines);
    const q = request.query as Record<string, string>;
    return reply.page('plan/investment.njk', { ...page, title: 'Improvement investment', groups,
      all: { ...all, plannedText: pounds(all.planned), spentText: pounds(all.spent), remainingText: pounds(all.remaining) },
      illustrative: lines.some((l) => l.illustrative), latestAsAt: lines.map((l) => l.spentAsAt).filter(Boolean).sort().pop() ?? null,
      banner: q.saved ? 'Budget line saved.' : null });
  });

  const form = async (request: FastifyRequest<P>, reply: FastifyReply, values: Record<string, any>, id: number | null, errors: unknown = null) => {
    const page = await planPage(app, request, 'investment');
    const workstreams = [{ value: '', text: 'Select a workstream' }, ...(await listObjectives(app.db, page.la)).flatMap((o) => o.workstreams.map((w) => ({
      value: String(w.id), text: `Objective ${o.number}: ${w.title}`, selected: String(w.id) === String(values.workstreamId ?? '') })))];
    return reply.page('plan/budget-form.njk', { ...page, title: id ? 'Change a budget line' : 'Add a budget line', values, id, workstreams, errors });
  };
  const input = (body: unknown): BudgetInput => ({ workstreamId: field(body, 'workstreamId'), title: field(body, 'title'), planned: field(body, 'planned'),
    spent: field(body, 'spent'), spentAsAt: postedDate(body, 'spentAsAt') });

  app.get<P>('/c/:la/plan/investment/new', edit, (request, reply) => form(request, reply, { spentAsAt: dateBoxes(null) }, null));
  app.post<P>('/c/:la/plan/investment', { ...edit, preHandler: app.csrfProtection }, async (request, reply) => {
    const { la } = request.params;
    const saved = await app.db.transaction((tx) => createBudgetLine(tx, actorOf(request), la, input(request.body), todayInEngland()));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/investment?saved=1`, 303);
    reply.code(400);
    return form(request, reply, { ...input(request.body), spentAsAt: typedDate(request.body, 'spentAsAt') }, null, formErrors(saved.errors, { spentAsAt: 'spentAsAt-day' }));
  });
  app.get<P>('/c/:la/plan/investment/:id/edit', edit, async (request, reply) => {
    const l = await getBudgetLine(app.db, request.params.la, numericId(request.params.id));
    if (!l) return reply.code(404).page('views/errors/404.njk');
    return form(request, reply, { ...l, planned: String(l.planned), spent: String(l.spent), spentAsAt: dateBoxes(l.spentAsAt) }, l.id);
  });
  app.post<P>('/c/:la/plan/investment/:id', { ...edit, preHandler: app.csrfProtection }, async (request, reply) => {
    const { la } = request.params;
    const id = numericId(request.params.id);
    const saved = await app.db.transaction((tx) => updateBudgetLine(tx, actorOf(request), la, id, input(request.body), todayInEngland()));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/investment?saved=1`, 303);
    if ('notFound' in saved) return reply.code(404).page('views/errors/404.njk');
    reply.code(400);
    return form(request, reply, { ...input(request.body), spentAsAt: typedDate(request.body, 'spentAsAt') }, id, formErrors(saved.errors, { spentAsAt: 'spentAsAt-day' }));
  });
}
