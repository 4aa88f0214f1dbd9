// Adding and changing an action: what it is, where it sits in the plan and the child's journey, who
// owns it, its dates, what it answers (recommendations, monitoring findings) and what it depends on.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionLinks, createAction, getActionRecord, updateAction, type ActionForm } from '../../plan/actions-repository.ts';
import { listObjectives } from '../../plan/structure-repository.ts';
import { answerableItems } from '../../plan/coverage-repository.ts';
import { listUsers } from '../../users/users-repository.ts';
import { ROLE_LABELS } from '../../domain/roles/roles.ts';
import { actorOf } from '../access.ts';
import { field, fieldList, formErrors } from '../forms.ts';
import { planPage } from './page.ts';
import { STAGE_ITEMS } from './present.ts';
import { dateBoxes, numericId, postedDate, typedDate } from './support.ts';

type P = { Params: { la: string; id?: string } };
const edit = { config: { access: 'plan.edit' as const } };
const FIELD_IDS = { startOn: 'startOn-day', dueOn: 'dueOn-day' };

export async function actionRoutes(app: FastifyInstance) {
  /** Everything the form's choices need. */
  const choices = async (la: string, values: Record<string, any>) => {
    const objectives = await listObjectives(app.db, la);
    const { recommendations, findings } = await answerableItems(app.db, la);
    const accounts = (await listUsers(app.db, la)).filter((u) => !u.disabled);
    const refs = (await app.db.query<{ ref: string }>('SELECT ref FROM plan_actions WHERE la_code = $1', [la])).map((r) => r.ref)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const picked = (list: string[] | undefined, id: number) => (list ?? []).includes(String(id));
    return {
      workstreams: [{ value: '', text: 'Select a workstream' }, ...objectives.flatMap((o) => o.workstreams.map((w) => ({
        value: String(w.id), text: `Objective ${o.number}: ${w.title}`, selected: String(w.id) === String(values.workstreamId ?? '') })))],
      noWorkstreams: !objectives.some((o) => o.workstreams.length),
      stages: STAGE_ITEMS(values.stage),
      accounts: [{ value: '', text: 'No account' }, ...accounts.map((u) => ({ value: String(u.id), text: `${u.name} (${ROLE_LABELS[u.role]})`,
        selected: String(u.id) === String(values.ownerUserId ?? '') }))],
      recommendations: recommendations.map((r) => ({ value: String(r.id), text: `Recommendation ${r.number}${r.illustrative ? ' (illustrative)' : ''}`,
        hint: { text: r.text }, checked: picked(values.recommendationIds, r.id) })),
      areas: findings.filter((f) => f.kind === 'area_for_improvement').map((f) => ({ value: String(f.id), text: `${f.ref}: area for improvement`,
        hint: { text: f.text }, checked: picked(values.findingIds, f.id) })),
      strengths: findings.filter((f) => f.kind === 'strength').map((f) => ({ value: String(f.id), text: `${f.ref}: strength`,
        hint: { text: f.text }, checked: picked(values.findingIds, f.id) })),
      strengthsOpen: findings.some((f) => f.kind === 'strength' && picked(values.findingIds, f.id)),
      lastRefs: refs.slice(-6),
    };
  };

  const formOf = async (request: FastifyRequest, la: string): Promise<ActionForm> => {
    const b = request.body;
    const ownerUserId = field(b, 'ownerUserId');
    let ownerName = field(b, 'ownerName');
    if (!ownerName && ownerUserId) {
      const [u] = await app.db.query<{ name: string }>(
        'SELECT u.name FROM users u JOIN user_councils c ON c.user_id = u.id WHERE c.la_code = $1 AND u.id = $2', [la, numericId(ownerUserId)]);
      ownerName = u?.name ?? '';
    }
    return { ref: field(b, 'ref'), title: field(b, 'title'), description: field(b, 'description'), stage: field(b, 'stage'),
      workstreamId: field(b, 'workstreamId'), ownerName, ownerUserId, leadOfficer: field(b, 'leadOfficer'),
      startOn: postedDate(b, 'startOn'), dueOn: postedDate(b, 'dueOn'), dependencies: field(b, 'dependencies'),
      recommendationIds: fieldList(b, 'recommendationIds'), findingIds: fieldList(b, 'findingIds') };
  };

  const show = async (request: FastifyRequest, reply: any, values: Record<string, any>, extra: Record<string, unknown> = {}) => {
    const page = await planPage(app, request, 'journey');
    return reply.page('plan/action-form.njk', { ...page, values, ...(await choices(page.la, values)), ...extra });
  };

  app.get<P>('/c/:la/plan/actions/new', edit, async (request, reply) => {
    const q = request.query as Record<string, string>;
    const values: Record<string, any> = { recommendationIds: q.recommendation ? [q.recommendation] : [], findingIds: q.finding ? [q.finding] : [],
      workstreamId: q.workstream ?? '', startOn: dateBoxes(null), dueOn: dateBoxes(null) };
    return show(request, reply, values, { title: 'Add an action', action: `/c/${request.params.la}/plan/actions` });
  });

  app.post<P>('/c/:la/plan/actions', { ...edit, preHandler: app.csrfProtection }, async (request, reply) => {
    const { la } = request.params;
    const form = await formOf(request, la);
    const saved = await app.db.transaction((tx) => createAction(tx, actorOf(request), la, form));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/actions/${saved.value.id}?added=1`, 303);
    reply.code(400);
    return show(request, reply, { ...form, startOn: typedDate(request.body, 'startOn'), dueOn: typedDate(request.body, 'dueOn') },
      { title: 'Add an action', action: `/c/${la}/plan/actions`, errors: formErrors(saved.errors, FIELD_IDS) });
  });

  app.get<P>('/c/:la/plan/actions/:id/edit', edit, async (request, reply) => {
    const { la } = request.params;
    const a = await getActionRecord(app.db, la, numericId(request.params.id));
    if (!a) return reply.code(404).page('views/errors/404.njk');
    const links = await actionLinks(app.db, la, a.id);
    const values = { ...a, ownerUserId: a.ownerUserId ?? '', startOn: dateBoxes(a.startOn), dueOn: dateBoxes(a.dueOn),
      dependencies: links.dependencies.join('; '), recommendationIds: links.recommendationIds.map(String), findingIds: links.findingIds.map(String) };
    return show(request, reply, values, { title: `Change action ${a.ref}`, action: `/c/${la}/plan/actions/${a.id}`, actionId: a.id });
  });

  app.post<P>('/c/:la/plan/actions/:id', { ...edit, preHandler: app.csrfProtection }, async (request, reply) => {
    const { la } = request.params;
    const id = numericId(request.params.id);
    const form = await formOf(request, la);
    const saved = await app.db.transaction((tx) => updateAction(tx, actorOf(request), la, id, form));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/actions/${id}?changed=1`, 303);
    if ('notFound' in saved && saved.notFound) return reply.code(404).page('views/errors/404.njk');
    reply.code(400);
    return show(request, reply, { ...form, startOn: typedDate(request.body, 'startOn'), dueOn: typedDate(request.body, 'dueOn') },
      { title: `Change action ${form.ref || ''}`.trim(), action: `/c/${la}/plan/actions/${id}`, actionId: id, errors: formErrors(saved.errors, FIELD_IDS) });
  });
}
