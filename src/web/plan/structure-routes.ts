// The plan's frame: starting it (its title and the inspection it answers), its objectives and their
// workstreams, each with a lead.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createObjective, createWorkstream, getObjective, getWorkstream, inspectionsWithRecommendations, listObjectives, savePlan,
  updateObjective, updateWorkstream } from '../../plan/structure-repository.ts';
import { actorOf } from '../access.ts';
import { field, formErrors } from '../forms.ts';
import { planPage } from './page.ts';
import { numericId } from './support.ts';

type P = { Params: { la: string; id?: string } };
const edit = { config: { access: 'plan.edit' as const } };
const post = (app: FastifyInstance) => ({ ...edit, preHandler: app.csrfProtection });

export async function structureRoutes(app: FastifyInstance) {
  const setupForm = async (request: FastifyRequest, reply: FastifyReply, values: Record<string, any> | null, errors: unknown = null) => {
    const page = await planPage(app, request, 'journey');
    const v = values ?? { title: page.plan?.title ?? '', inspectionId: String(page.plan?.inspectionId ?? '') };
    const inspections = (await inspectionsWithRecommendations(app.db, page.la)).map((i) => ({ value: String(i.id),
      text: `${i.label}: ${i.recommendations} recommendations`, checked: String(i.id) === v.inspectionId }));
    return reply.page('plan/setup.njk', { ...page, title: page.plan ? 'Change the plan' : 'Start the plan', values: v, inspections, errors });
  };
  app.get<P>('/c/:la/plan/setup', edit, (request, reply) => setupForm(request, reply, null));
  app.post<P>('/c/:la/plan/setup', post(app), async (request, reply) => {
    const { la } = request.params;
    const values = { title: field(request.body, 'title'), inspectionId: field(request.body, 'inspectionId') };
    const saved = await app.db.transaction((tx) => savePlan(tx, actorOf(request), la, values));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/structure`, 303);
    reply.code(400);
    return setupForm(request, reply, values, formErrors(saved.errors));
  });

  app.get<P>('/c/:la/plan/structure', edit, async (request, reply) => {
    const page = await planPage(app, request, 'journey');
    if (!page.plan) return reply.redirect(`/c/${page.la}/plan/setup`);
    return reply.page('plan/structure.njk', { ...page, title: 'Objectives and workstreams', objectives: await listObjectives(app.db, page.la) });
  });

  // Objectives
  const objectiveForm = async (request: FastifyRequest<P>, reply: FastifyReply, values: Record<string, any>, id: number | null, errors: unknown = null) =>
    reply.page('plan/objective-form.njk', { ...(await planPage(app, request, 'journey')), title: id ? 'Change the objective' : 'Add an objective', values, id, errors });
  app.get<P>('/c/:la/plan/objectives/new', edit, (request, reply) => objectiveForm(request, reply, {}, null));
  app.post<P>('/c/:la/plan/objectives', post(app), async (request, reply) => {
    const { la } = request.params;
    const values = { title: field(request.body, 'title'), lead: field(request.body, 'lead') };
    const saved = await app.db.transaction((tx) => createObjective(tx, actorOf(request), la, values));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/structure`, 303);
    reply.code(400);
    return objectiveForm(request, reply, values, null, formErrors(saved.errors));
  });
  app.get<P>('/c/:la/plan/objectives/:id/edit', edit, async (request, reply) => {
    const o = await getObjective(app.db, request.params.la, numericId(request.params.id));
    if (!o) return reply.code(404).page('views/errors/404.njk');
    return objectiveForm(request, reply, o, o.id);
  });
  app.post<P>('/c/:la/plan/objectives/:id', post(app), async (request, reply) => {
    const { la } = request.params;
    const id = numericId(request.params.id);
    const values = { title: field(request.body, 'title'), lead: field(request.body, 'lead') };
    const saved = await app.db.transaction((tx) => updateObjective(tx, actorOf(request), la, id, values));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/structure`, 303);
    if ('notFound' in saved) return reply.code(404).page('views/errors/404.njk');
    reply.code(400);
    return objectiveForm(request, reply, values, id, formErrors(saved.errors));
  });

  // Workstreams
  const workstreamForm = async (request: FastifyRequest<P>, reply: FastifyReply, values: Record<string, any>, id: number | null, errors: unknown = null) => {
    const page = await planPage(app, request, 'journey');
    const objectives = [{ value: '', text: 'Select an objective' }, ...(await listObjectives(app.db, page.la)).map((o) => ({
      value: String(o.id), text: `Objective ${o.number}: ${o.title}`, selected: String(o.id) === String(values.objectiveId ?? '') }))];
    return reply.page('plan/workstream-form.njk', { ...page, title: id ? 'Change the workstream' : 'Add a workstream', values, id, objectives, errors });
  };
  app.get<P>('/c/:la/plan/workstreams/new', edit, (request, reply) =>
    workstreamForm(request, reply, { objectiveId: (request.query as Record<string, string>).objective ?? '' }, null));
  app.post<P>('/c/:la/plan/workstreams', post(app), async (request, reply) => {
    const { la } = request.params;
    const values = { objectiveId: field(request.body, 'objectiveId'), title: field(request.body, 'title'), lead: field(request.body, 'lead') };
    const saved = await app.db.transaction((tx) => createWorkstream(tx, actorOf(request), la, values));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/structure`, 303);
    reply.code(400);
    return workstreamForm(request, reply, values, null, formErrors(saved.errors));
  });
  app.get<P>('/c/:la/plan/workstreams/:id/edit', edit, async (request, reply) => {
    const w = await getWorkstream(app.db, request.params.la, numericId(request.params.id));
    if (!w) return reply.code(404).page('views/errors/404.njk');
    return workstreamForm(request, reply, w, w.id);
  });
  app.post<P>('/c/:la/plan/workstreams/:id', post(app), async (request, reply) => {
    const { la } = request.params;
    const id = numericId(request.params.id);
    const values = { title: field(request.body, 'title'), lead: field(request.body, 'lead') };
    const saved = await app.db.transaction((tx) => updateWorkstream(tx, actorOf(request), la, id, values));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/structure`, 303);
    if ('notFound' in saved) return reply.code(404).page('views/errors/404.njk');
    reply.code(400);
    const w = await getWorkstream(app.db, la, id);
    return workstreamForm(request, reply, { ...values, objectiveId: w?.objectiveId }, id, formErrors(saved.errors));
  });
}
