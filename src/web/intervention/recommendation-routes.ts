// Recommendations: pasted as a block of text, split into numbered items, checked and corrected by the
// user on a confirmation page, then saved all or none; and each one changed or removed on its own.
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  createRecommendations, deleteRecommendation, getInspection, getRecommendation, listRecommendations, updateRecommendation,
  type Inspection,
} from '../../intervention/inspections.ts';
import { splitRecommendations } from '../../domain/intervention/split-recommendations.ts';
import type { FieldError } from '../../intervention/result.ts';
import { actorOf } from '../access.ts';
import { field, fieldList, formErrors } from '../forms.ts';
import { valuesOf, type FieldSpec } from './form.ts';
import { inspectionName } from './inspection-routes.ts';
import { EDIT_PAGE, editPost, idParam, notFound, pageContext, saveForm, showForm, type PageContext } from './support.ts';

type P = { Params: { la: string; id?: string } };

/** More items than any report has: a paste that splits into more is refused rather than half-shown. */
const MAX_ITEMS = 200;

interface Item {
  number: string;
  text: string;
  include: boolean;
}

const recommendationFields: FieldSpec[] = [
  { kind: 'text', name: 'number', label: 'Number', width: 3, numeric: true },
  { kind: 'textarea', name: 'text', label: 'Recommendation', rows: 6 },
  { kind: 'checkbox', name: 'illustrative', label: 'This recommendation is illustrative (not from a published report)' },
  { kind: 'text', name: 'note', label: 'Note', hint: 'For example, where the text comes from' },
];

export async function recommendationRoutes(app: FastifyInstance) {
  const inspectionOf = async (ctx: PageContext, id: number) => getInspection(app.db, ctx.la, id);
  const inspectionHref = (ctx: PageContext, i: Inspection) => `${ctx.base}/register/inspections/${i.id}`;

  const pastePage = (reply: FastifyReply, ctx: PageContext, inspection: Inspection, values: { pasted: string; illustrative: boolean },
    errors: FieldError[] = []) =>
    reply.code(errors.length ? 400 : 200).page('intervention/recommendations-paste.njk', {
      ...ctx, title: 'Add recommendations from pasted text', inspection, inspectionName: inspectionName(inspection),
      back: inspectionHref(ctx, inspection), values, errors: formErrors(errors),
    });

  const confirmPage = async (reply: FastifyReply, ctx: PageContext, inspection: Inspection, items: Item[], extra: {
    illustrative: boolean; ignored?: string[]; errors?: FieldError[];
  }) => {
    const existing = await listRecommendations(app.db, ctx.la, inspection.id);
    const errors = extra.errors ?? [];
    return reply.code(errors.length ? 400 : 200).page('intervention/recommendations-confirm.njk', {
      ...ctx, title: 'Check the recommendations', inspection, inspectionName: inspectionName(inspection),
      back: `${inspectionHref(ctx, inspection)}/recommendations/paste`, items, illustrative: extra.illustrative,
      ignored: extra.ignored ?? [], existingNumbers: existing.map((r) => r.number).join(', '), errors: formErrors(errors),
    });
  };

  app.get<P>('/c/:la/register/inspections/:id/recommendations/paste', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const inspection = await inspectionOf(ctx, idParam(request));
    if (!inspection) return notFound(reply);
    return pastePage(reply, ctx, inspection, { pasted: '', illustrative: false });
  });

  app.post<P>('/c/:la/register/inspections/:id/recommendations/split', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const inspection = await inspectionOf(ctx, idParam(request));
    if (!inspection) return notFound(reply);
    const pasted = field(request.body, 'pasted');
    const illustrative = field(request.body, 'illustrative') === 'on';
    if (!pasted) return pastePage(reply, ctx, inspection, { pasted, illustrative }, [{ field: 'pasted', message: 'Paste the recommendations to split' }]);
    const split = splitRecommendations(pasted);
    if (!split.items.length) {
      return pastePage(reply, ctx, inspection, { pasted, illustrative },
        [{ field: 'pasted', message: 'Uplift found no recommendations in the text: paste them one to a line or numbered, such as "1. Ensure that..."' }]);
    }
    if (split.items.length > MAX_ITEMS) {
      return pastePage(reply, ctx, inspection, { pasted, illustrative },
        [{ field: 'pasted', message: `The text splits into more than ${MAX_ITEMS} items: paste one report's recommendations at a time` }]);
    }
    const items = split.items.map((i) => ({ number: String(i.number), text: i.text, include: true }));
    return confirmPage(reply, ctx, inspection, items, { illustrative, ignored: split.ignored });
  });

  app.post<P>('/c/:la/register/inspections/:id/recommendations', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const inspection = await inspectionOf(ctx, idParam(request));
    if (!inspection) return notFound(reply);
    const body = request.body;
    const count = Math.min(MAX_ITEMS, Math.max(0, Number.parseInt(field(body, 'count'), 10) || 0));
    const included = new Set(fieldList(body, 'include'));
    const illustrative = field(body, 'illustrative') === 'on';
    const items: Item[] = Array.from({ length: count }, (_, i) => ({
      number: field(body, `number-${i}`), text: field(body, `text-${i}`), include: included.has(String(i)),
    }));
    // Which form item each saved item came from, to put the repository's errors against the right box.
    const chosen = items.map((item, i) => ({ item, i })).filter((x) => x.item.include);
    const result = await app.db.transaction((tx) => createRecommendations(tx, actorOf(request), ctx.la, inspection.id,
      chosen.map(({ item }) => ({ number: item.number, text: item.text })), { illustrative }));
    if (result.ok) return reply.redirect(`${inspectionHref(ctx, inspection)}?added=${result.value.length}#recommendations`, 303);
    const errors = result.errors.map((e): FieldError => {
      const m = /^items\.(\d+)\.(number|text)$/.exec(e.field);
      if (m) {
        const at = chosen[Number(m[1])]?.i ?? 0;
        return { field: `${m[2]}-${at}`, message: `Item ${at + 1}: ${e.message}` };
      }
      if (e.field === 'items') return { field: 'include-0', message: 'Select at least one recommendation to add' };
      return { field: 'include-0', message: e.message };
    });
    return confirmPage(reply, ctx, inspection, items, { illustrative, errors });
  });

  // ——— One recommendation ———

  const editPage = (ctx: PageContext, r: { id: number; number: number; inspectionId: number }, linkedActions = 0) => ({
    title: `Change recommendation ${r.number}`,
    caption: ctx.councilName,
    warning: linkedActions ? `${linkedActions} ${linkedActions === 1 ? 'action' : 'actions'} in the improvement plan answer this recommendation: ` +
      'removing it also removes those links.' : undefined,
    back: { href: `${ctx.base}/register/inspections/${r.inspectionId}#recommendations`, text: 'Back to the inspection' },
    action: `${ctx.base}/register/recommendations/${r.id}`,
    submit: 'Save the recommendation',
    fields: recommendationFields,
    removeAction: `${ctx.base}/register/recommendations/${r.id}/remove`,
    removeText: `Remove recommendation ${r.number}`,
  });

  app.get<P>('/c/:la/register/recommendations/:id/edit', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const r = await getRecommendation(app.db, ctx.la, idParam(request));
    if (!r) return notFound(reply);
    // The plan links its actions to recommendations; removing one takes its links with it (005_plan.sql).
    const [{ n }] = await app.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM plan_action_recommendations WHERE la_code = $1 AND recommendation_id = $2', [ctx.la, r.id]);
    return showForm(reply, ctx, editPage(ctx, r, n), valuesOf(recommendationFields, { ...r }));
  });

  app.post<P>('/c/:la/register/recommendations/:id', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const r = await getRecommendation(app.db, ctx.la, idParam(request));
    if (!r) return notFound(reply);
    return saveForm(request, reply, ctx, editPage(ctx, r),
      (input) => app.db.transaction((tx) => updateRecommendation(tx, actorOf(request), ctx.la, r.id, input)),
      (saved) => `${ctx.base}/register/inspections/${saved.inspectionId}?done=recommendation#recommendations`);
  });

  app.post<P>('/c/:la/register/recommendations/:id/remove', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const r = await getRecommendation(app.db, ctx.la, idParam(request));
    if (!r) return notFound(reply);
    await app.db.transaction((tx) => deleteRecommendation(tx, actorOf(request), ctx.la, r.id));
    return reply.redirect(`${ctx.base}/register/inspections/${r.inspectionId}?done=removed#recommendations`, 303);
  });
}
