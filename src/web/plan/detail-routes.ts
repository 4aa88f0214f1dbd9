// One action: its rating and why, what it answers, milestones, success measures, progress updates and
// evidence; and the small forms that change its milestones, measures and rating.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loadActions, loadAnswers } from '../../plan/read-model.ts';
import { addMeasure, addMilestone, getActionRecord, getMeasure, getMilestone, judgeMeasure, overrideHistory, removeMeasure,
  removeMilestone, setMilestoneMet, setRatingOverride } from '../../plan/actions-repository.ts';
import { listEvidence, listUpdates, getEvidenceFile } from '../../plan/updates-repository.ts';
import { measurableIndicators } from '../../plan/indicators.ts';
import { BRAG_RULE_IN_WORDS, overrideInWords } from '../../domain/plan/brag.ts';
import { attachmentHeader } from '../../domain/plan/evidence-files.ts';
import { JOURNEY_STAGE_LABELS } from '../../domain/plan/journey.ts';
import { ACTION_STATUS_LABELS, RATING_TAG_CLASSES, RATING_LABELS } from '../../domain/plan/status.ts';
import { recordAudit } from '../../audit/audit.ts';
import { actorOf } from '../access.ts';
import { field, formErrors } from '../forms.ts';
import { planPage } from './page.ts';
import { asAtOf, assertMayUpdate, dateBoxes, mayUpdate, numericId, postedDate, todayInEngland, typedDate } from './support.ts';

type P = { Params: { la: string; id: string } };
const read = { config: { access: 'council.read' as const } };
const edit = { config: { access: 'plan.edit' as const } };
const update = { config: { access: 'plan.update' as const } };
const notFound = (reply: FastifyReply) => reply.code(404).page('views/errors/404.njk');

export async function detailRoutes(app: FastifyInstance) {
  app.get<P>('/c/:la/plan/actions/:id', read, async (request, reply) => {
    const { la } = request.params;
    const id = numericId(request.params.id);
    const { asAt, chosen } = asAtOf(request);
    const [a] = id ? await loadActions(app.db, la, asAt, { actionIds: [id] }) : [];
    if (!a) return notFound(reply);
    const page = await planPage(app, request, 'journey');
    const [updates, evidence, overrides, answers, dependents] = await Promise.all([
      listUpdates(app.db, la, id), listEvidence(app.db, la, id), overrideHistory(app.db, la, id), loadAnswers(app.db, la, [id]),
      app.db.query<{ id: number; ref: string; title: string }>(`SELECT a.id, a.ref, a.title FROM plan_action_dependencies d
        JOIN plan_actions a ON a.id = d.action_id AND a.la_code = d.la_code WHERE d.la_code = $1 AND d.depends_on_id = $2 ORDER BY a.ref`, [la, id]),
    ]);
    const q = request.query as Record<string, string>;
    return reply.page('plan/action.njk', {
      ...page, title: `Action ${a.ref}: ${a.title}`, a, asAt, asAtChosen: chosen,
      stageLabel: JOURNEY_STAGE_LABELS[a.stage], statusLabel: ACTION_STATUS_LABELS[a.status], statusLabels: ACTION_STATUS_LABELS,
      tagClass: RATING_TAG_CLASSES[a.brag.rating], ruleTag: { text: RATING_LABELS[a.brag.ruleRating], classes: RATING_TAG_CLASSES[a.brag.ruleRating] },
      overrideText: a.brag.override ? overrideInWords(a.brag.override, a.brag.ruleRating) : null,
      rule: BRAG_RULE_IN_WORDS, updates, looseEvidence: evidence.filter((e) => e.updateId == null), evidenceCount: evidence.length,
      overrides: overrides.map((o) => ({ ...o, ratingLabel: o.rating ? RATING_LABELS[o.rating] : 'Back to the rule' })),
      answers, dependents, mayUpdate: mayUpdate(request.user!, a),
      banner: q.added ? 'Action added.' : q.changed ? 'Action changed.' : q.updated ? 'Progress update added.' : q.rated ? 'Rating changed.'
        : q.milestone ? 'Milestone saved.' : q.measure ? 'Success measure saved.' : null,
    });
  });

  // ——— Milestones ———
  const milestoneForm = async (request: FastifyRequest<P>, reply: FastifyReply, values: object, errors: unknown = null) => {
    const a = await getActionRecord(app.db, request.params.la, numericId(request.params.id));
    if (!a) return notFound(reply);
    return reply.page('plan/milestone-form.njk', { ...(await planPage(app, request, 'journey')), title: `Add a milestone to action ${a.ref}`, a, values, errors });
  };
  app.get<P>('/c/:la/plan/actions/:id/milestones/new', edit, (request, reply) => milestoneForm(request, reply, { dueOn: dateBoxes(null) }));
  app.post<P>('/c/:la/plan/actions/:id/milestones', { ...edit, preHandler: app.csrfProtection }, async (request, reply) => {
    const { la } = request.params;
    const id = numericId(request.params.id);
    const saved = await app.db.transaction((tx) => addMilestone(tx, actorOf(request), la, id,
      { title: field(request.body, 'title'), dueOn: postedDate(request.body, 'dueOn') }));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/actions/${id}?milestone=1`, 303);
    if ('notFound' in saved) return notFound(reply);
    reply.code(400);
    return milestoneForm(request, reply, { title: field(request.body, 'title'), dueOn: typedDate(request.body, 'dueOn') },
      formErrors(saved.errors, { dueOn: 'dueOn-day' }));
  });

  const metForm = async (request: FastifyRequest<P>, reply: FastifyReply, values: object, errors: unknown = null) => {
    const m = await getMilestone(app.db, request.params.la, numericId(request.params.id));
    const a = m && await getActionRecord(app.db, request.params.la, m.actionId);
    if (!m || !a) return notFound(reply);
    assertMayUpdate(request.user!, a);
    return reply.page('plan/milestone-met.njk', { ...(await planPage(app, request, 'journey')), title: `Milestone of action ${a.ref}`, a, m, values, errors });
  };
  app.get<P>('/c/:la/plan/milestones/:id/met', update, (request, reply) => metForm(request, reply, { completedOn: dateBoxes(todayInEngland()) }));
  app.post<P>('/c/:la/plan/milestones/:id/met', { ...update, preHandler: app.csrfProtection }, async (request, reply) => {
    const { la } = request.params;
    const m = await getMilestone(app.db, la, numericId(request.params.id));
    const a = m && await getActionRecord(app.db, la, m.actionId);
    if (!m || !a) return notFound(reply);
    assertMayUpdate(request.user!, a);
    const met = field(request.body, 'met');
    const completedOn = met === 'no' ? null : postedDate(request.body, 'completedOn');
    const errors = met !== 'yes' && met !== 'no' ? [{ field: 'met', message: 'Select whether the milestone has been met' }]
      : met === 'yes' && completedOn == null ? [{ field: 'completedOn', message: 'Enter the date the milestone was met' }] : [];
    const saved = errors.length ? { ok: false as const, errors }
      : await app.db.transaction((tx) => setMilestoneMet(tx, actorOf(request), la, m.id, completedOn, todayInEngland()));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/actions/${a.id}?milestone=1`, 303);
    reply.code(400);
    return metForm(request, reply, { met, completedOn: typedDate(request.body, 'completedOn') }, formErrors(saved.errors, { completedOn: 'completedOn-day' }));
  });
  app.post<P>('/c/:la/plan/milestones/:id/remove', { ...edit, preHandler: app.csrfProtection }, async (request, reply) => {
    const { la } = request.params;
    const saved = await app.db.transaction((tx) => removeMilestone(tx, actorOf(request), la, numericId(request.params.id)));
    return saved.ok ? reply.redirect(`/c/${la}/plan/actions/${saved.value.actionId}?milestone=1`, 303) : notFound(reply);
  });

  // ——— Success measures ———
  const measureForm = async (request: FastifyRequest<P>, reply: FastifyReply, values: Record<string, any>, errors: unknown = null) => {
    const a = await getActionRecord(app.db, request.params.la, numericId(request.params.id));
    if (!a) return notFound(reply);
    const indicators = [{ value: '', text: 'Select an indicator' }, ...measurableIndicators().map((i) => ({ value: i.id, text: i.title, selected: i.id === values.indicatorId }))];
    return reply.page('plan/measure-form.njk', { ...(await planPage(app, request, 'journey')), title: `Add a success measure to action ${a.ref}`, a, values, errors, indicators });
  };
  app.get<P>('/c/:la/plan/actions/:id/measures/new', edit, (request, reply) => measureForm(request, reply, { targetOn: dateBoxes(null) }));
  app.post<P>('/c/:la/plan/actions/:id/measures', { ...edit, preHandler: app.csrfProtection }, async (request, reply) => {
    const { la } = request.params;
    const id = numericId(request.params.id);
    const b = request.body;
    const input = { kind: field(b, 'kind'), indicatorId: field(b, 'indicatorId'), target: field(b, 'target'), description: field(b, 'description'),
      targetOn: postedDate(b, 'targetOn') };
    const saved = await app.db.transaction((tx) => addMeasure(tx, actorOf(request), la, id, input));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/actions/${id}?measure=1`, 303);
    if ('notFound' in saved) return notFound(reply);
    reply.code(400);
    return measureForm(request, reply, { ...input, targetOn: typedDate(b, 'targetOn') }, formErrors(saved.errors, { targetOn: 'targetOn-day', kind: 'kind' }));
  });

  const judgeForm = async (request: FastifyRequest<P>, reply: FastifyReply, values: object, errors: unknown = null) => {
    const m = await getMeasure(app.db, request.params.la, numericId(request.params.id));
    const a = m && await getActionRecord(app.db, request.params.la, m.actionId);
    if (!m || !a || m.kind !== 'described') return notFound(reply);
    return reply.page('plan/measure-judge.njk', { ...(await planPage(app, request, 'journey')), title: `Judge a success measure of action ${a.ref}`, a, m, values, errors });
  };
  app.get<P>('/c/:la/plan/measures/:id/judge', edit, (request, reply) => judgeForm(request, reply, { judgedOn: dateBoxes(todayInEngland()) }));
  app.post<P>('/c/:la/plan/measures/:id/judge', { ...edit, preHandler: app.csrfProtection }, async (request, reply) => {
    const { la } = request.params;
    const input = { judgment: field(request.body, 'judgment'), judgedOn: postedDate(request.body, 'judgedOn') };
    const saved = await app.db.transaction((tx) => judgeMeasure(tx, actorOf(request), la, numericId(request.params.id), input, todayInEngland()));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/actions/${saved.value.actionId}?measure=1`, 303);
    if ('notFound' in saved) return notFound(reply);
    reply.code(400);
    return judgeForm(request, reply, { judgment: input.judgment, judgedOn: typedDate(request.body, 'judgedOn') }, formErrors(saved.errors, { judgedOn: 'judgedOn-day' }));
  });
  app.post<P>('/c/:la/plan/measures/:id/remove', { ...edit, preHandler: app.csrfProtection }, async (request, reply) => {
    const { la } = request.params;
    const saved = await app.db.transaction((tx) => removeMeasure(tx, actorOf(request), la, numericId(request.params.id)));
    return saved.ok ? reply.redirect(`/c/${la}/plan/actions/${saved.value.actionId}?measure=1`, 303) : notFound(reply);
  });

  // ——— Overriding the rating ———
  const ratingForm = async (request: FastifyRequest<P>, reply: FastifyReply, values: object, errors: unknown = null) => {
    const id = numericId(request.params.id);
    const [a] = id ? await loadActions(app.db, request.params.la, todayInEngland(), { actionIds: [id] }) : [];
    if (!a) return notFound(reply);
    return reply.page('plan/rating-form.njk', { ...(await planPage(app, request, 'journey')), title: `Override the rating of action ${a.ref}`, a,
      values, errors, ruleText: RATING_LABELS[a.brag.ruleRating], rule: BRAG_RULE_IN_WORDS });
  };
  app.get<P>('/c/:la/plan/actions/:id/rating', edit, (request, reply) => ratingForm(request, reply, {}));
  app.post<P>('/c/:la/plan/actions/:id/rating', { ...edit, preHandler: app.csrfProtection }, async (request, reply) => {
    const { la } = request.params;
    const id = numericId(request.params.id);
    const input = { rating: field(request.body, 'rating'), reason: field(request.body, 'reason') };
    const saved = await app.db.transaction((tx) => setRatingOverride(tx, actorOf(request), la, id, input, todayInEngland()));
    if (saved.ok) return reply.redirect(`/c/${la}/plan/actions/${id}?rated=1`, 303);
    if ('notFound' in saved) return notFound(reply);
    reply.code(400);
    return ratingForm(request, reply, input, formErrors(saved.errors));
  });

  // ——— Evidence files: only to signed-in users of the council, always as a download ———
  app.get<P>('/c/:la/plan/evidence/:id', read, async (request, reply) => {
    const { la } = request.params;
    const f = await getEvidenceFile(app.db, la, numericId(request.params.id));
    if (!f) return notFound(reply);
    await recordAudit(app.db, actorOf(request), { laCode: la, action: 'view', entity: 'plan evidence', entityId: request.params.id,
      summary: `Downloaded evidence "${f.fileName}" of action ${f.actionId}` });
    return reply.header('Content-Disposition', attachmentHeader(f.fileName)).header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, no-store').header('Content-Security-Policy', "default-src 'none'; sandbox")
      .type(f.contentType).send(f.content);
  });
}
