// Versions of the plan: the live plan is the draft; submitting freezes a copy for Ofsted or the DfE;
// approval is recorded against it, after which it never changes. Each version shows what changed
// since the one before, and the draft what changed since the latest version.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { approveVersion, changesInDraft, changesInVersion, getVersion, listVersions, submitVersion, SUBMITTED_TO } from '../../plan/versions-repository.ts';
import { countChanges } from '../../domain/plan/version-diff.ts';
import { actorOf } from '../access.ts';
import { field, formErrors } from '../forms.ts';
import { planPage } from './page.ts';
import { dateBoxes, numericId, postedDate, todayInEngland, typedDate } from './support.ts';

type P = { Params: { la: string; id?: string } };
const read = { config: { access: 'council.read' as const } };
const edit = { config: { access: 'plan.edit' as const } };
const ENTITY = { objective: 'Objective', workstream: 'Workstream', action: 'Action' } as const;

export async function versionRoutes(app: FastifyInstance) {
  const list = async (request: FastifyRequest, reply: FastifyReply, values: Record<string, any>, errors: unknown = null) => {
    const page = await planPage(app, request, 'versions');
    const versions = (await listVersions(app.db, page.la)).map((v) => ({ ...v, submittedToText: SUBMITTED_TO[v.submittedTo] }));
    const draft = page.plan ? await changesInDraft(app.db, page.la, todayInEngland()) : null;
    return reply.page('plan/versions.njk', { ...page, title: 'Versions of the plan', versions, draft, draftCounts: draft ? countChanges(draft.changes) : null,
      nextNumber: (versions[0]?.number ?? 0) + 1, values, errors, entity: ENTITY,
      submitTo: Object.entries(SUBMITTED_TO).map(([value, text]) => ({ value, text: text.charAt(0).toUpperCase() + text.slice(1), checked: values.submittedTo === value })) });
  };
  app.get<P>('/c/:la/plan/versions', read, (request, reply) => list(request, reply, { submittedOn: dateBoxes(todayInEngland()) }));

  app.post<P>('/c/:la/plan/versions', { ...edit, preHandler: app.csrfProtection }, async (request, reply) => {
    const { la } = request.params;
    const input = { submittedTo: field(request.body, 'submittedTo'), submittedOn: postedDate(request.body, 'submittedOn'), note: field(request.body, 'note') };
    const saved = await app.db.transaction((tx) => submitVersion(tx, actorOf(request), la, input, todayInEngland()));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/versions/${saved.value.id}?submitted=1`, 303);
    reply.code(400);
    return list(request, reply, { ...input, submittedOn: typedDate(request.body, 'submittedOn') }, formErrors(saved.errors, { submittedOn: 'submittedOn-day', submittedTo: 'submittedTo' }));
  });

  const show = async (request: FastifyRequest<P>, reply: FastifyReply, values: Record<string, any>, errors: unknown = null) => {
    const page = await planPage(app, request, 'versions');
    const v = await getVersion(app.db, page.la, numericId(request.params.id));
    if (!v) return reply.code(404).page('views/errors/404.njk');
    const changes = await changesInVersion(app.db, page.la, v);
    const workstreams = new Map(v.content.workstreams.map((w) => [w.key, w]));
    const objectives = v.content.objectives.map((o) => ({ ...o, workstreams: v.content.workstreams.filter((w) => w.objectiveKey === o.key)
      .map((w) => ({ ...w, actions: v.content.actions.filter((a) => workstreams.get(a.workstreamKey)?.key === w.key) })) }));
    const q = request.query as Record<string, string>;
    return reply.page('plan/version.njk', { ...page, title: `Version ${v.number} of the plan`, v, submittedToText: SUBMITTED_TO[v.submittedTo],
      changes, counts: changes ? countChanges(changes.changes) : null, objectives, entity: ENTITY, values, errors,
      banner: q.submitted ? `Version ${v.number} recorded as submitted. Its content is frozen.` : q.approved ? `Version ${v.number} recorded as approved. It can no longer change.` : null });
  };
  app.get<P>('/c/:la/plan/versions/:id', read, (request, reply) => show(request, reply, { approvedOn: dateBoxes(todayInEngland()) }));

  app.post<P>('/c/:la/plan/versions/:id/approve', { ...edit, preHandler: app.csrfProtection }, async (request, reply) => {
    const { la } = request.params;
    const id = numericId(request.params.id);
    const input = { approvedOn: postedDate(request.body, 'approvedOn'), approvedBy: field(request.body, 'approvedBy') };
    const saved = await app.db.transaction((tx) => approveVersion(tx, actorOf(request), la, id, input, todayInEngland()));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/versions/${id}?approved=1`, 303);
    if ('notFound' in saved) return reply.code(404).page('views/errors/404.njk');
    reply.code(400);
    return show(request, reply, { ...input, approvedOn: typedDate(request.body, 'approvedOn') }, formErrors(saved.errors, { approvedOn: 'approvedOn-day' }));
  });
}
