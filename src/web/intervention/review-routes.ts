// The Intervention Adviser's six-monthly reviews: one assessment per review area, with its evidence,
// and an overall "sufficient progress: yes / partly / no". Everyone with council.read reads them; the
// Adviser (reviews.edit) records them.
import type { FastifyInstance } from 'fastify';
import {
  createAdviserReview, createReviewAssessment, deleteReviewAssessment, getAdviserReview, getReviewAssessment, listAdviserReviews,
  listReviewAssessments, updateAdviserReview, updateReviewAssessment, type AdviserReview,
} from '../../intervention/reviews.ts';
import { currentDirection, getDirection, listDirections, type Direction } from '../../intervention/directions.ts';
import { councilObligations } from '../../intervention/calendar.ts';
import { REVIEW_AREAS, REVIEW_AREA_LABELS, type ReviewArea } from '../../domain/intervention/adviser.ts';
import { VERDICTS, VERDICT_LABELS } from '../../domain/intervention/review.ts';
import { DIRECTION_STATUS_LABELS } from '../../domain/intervention/direction.ts';
import { actorOf } from '../access.ts';
import { formatDate } from '../views.ts';
import { labelled, valuesOf, type FieldSpec } from './form.ts';
import { evidenceLines, obligationTag, period, verdictTag } from './present.ts';
import {
  READ, REVIEW_PAGE, idParam, noticeOf, notFound, pageContext, reviewPost, saveForm, showForm, todayInEngland,
  type FormPage, type PageContext,
} from './support.ts';

type P = { Params: { la: string; id?: string } };

const directionName = (d: Direction) =>
  `Direction of ${formatDate(d.issuedOn ?? d.draftOn)} (${DIRECTION_STATUS_LABELS[d.status].toLowerCase()})`;

function reviewFields(directions: Direction[]): FieldSpec[] {
  return [
    { kind: 'select', name: 'directionId', label: 'Direction the review is made under',
      options: [{ value: '', text: 'Select the Direction' }, ...directions.map((d) => ({ value: String(d.id), text: directionName(d) }))] },
    { kind: 'text', name: 'number', label: 'Review number', width: 3, numeric: true, hint: '1 for the first six-monthly review' },
    { kind: 'date', name: 'periodStart', label: 'Start of the period reviewed' },
    { kind: 'date', name: 'periodEnd', label: 'End of the period reviewed' },
    { kind: 'date', name: 'submittedOn', label: 'Date submitted', hint: 'Leave empty while the review is in draft. For example, 28 2 2018' },
    { kind: 'radios', name: 'overall', label: 'Has the council made sufficient progress?', inline: true,
      hint: 'Needed once the review is submitted', options: labelled(VERDICT_LABELS, VERDICTS) },
    { kind: 'textarea', name: 'summary', label: 'Summary', rows: 8 },
  ];
}

function assessmentFields(areas: readonly ReviewArea[]): FieldSpec[] {
  return [
    { kind: 'select', name: 'area', label: 'Area', options: [{ value: '', text: 'Select the area' }, ...labelled(REVIEW_AREA_LABELS, areas)] },
    { kind: 'textarea', name: 'assessment', label: 'Assessment', rows: 8 },
    { kind: 'radios', name: 'verdict', label: 'Sufficient progress in this area?', inline: true, options: labelled(VERDICT_LABELS, VERDICTS) },
    { kind: 'textarea', name: 'evidence', label: 'Evidence', rows: 4,
      hint: 'One item a line: a web address (https://...) becomes a link; otherwise name the document or record' },
  ];
}

export async function reviewRoutes(app: FastifyInstance) {
  // ——— The list, with when each review is due ———

  app.get<P>('/c/:la/reviews', READ, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const today = todayInEngland();
    const [reviews, directions, obligations] = await Promise.all([
      listAdviserReviews(app.db, ctx.la), listDirections(app.db, ctx.la), councilObligations(app.db, ctx.la, { today, horizonDays: 366 }),
    ]);
    const byId = new Map(directions.map((d) => [d.id, d]));
    const due = obligations.filter((o) => o.kind === 'adviser_review').map((o) => {
      const r = reviews.find((x) => o.key === `direction:${x.directionId}:adviser-review:${x.number}`);
      return { ...o, tag: obligationTag(o, today), reviewId: r?.id ?? null };
    });
    return reply.page('intervention/reviews.njk', {
      ...ctx, title: 'The Intervention Adviser\'s reviews', section: 'reviews', today,
      reviews: reviews.map((r) => ({ ...r, tag: verdictTag(r.overall), period: period(r.periodStart, r.periodEnd),
        direction: byId.get(r.directionId) ? directionName(byId.get(r.directionId)!) : '' })),
      due, hasDirection: directions.length > 0,
    });
  });

  // ——— A review ———

  const formPage = async (ctx: PageContext, r: AdviserReview | null): Promise<FormPage> => ({
    title: r ? `Change review ${r.number}` : 'Record a six-monthly review', caption: ctx.councilName,
    back: { href: r ? `${ctx.base}/reviews/${r.id}` : `${ctx.base}/reviews`, text: r ? 'Back to the review' : 'Back to the reviews' },
    action: r ? `${ctx.base}/reviews/${r.id}` : `${ctx.base}/reviews`,
    submit: r ? 'Save the review' : 'Record the review',
    fields: reviewFields(await listDirections(app.db, ctx.la)),
  });

  app.get<P>('/c/:la/reviews/new', REVIEW_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const page = await formPage(ctx, null);
    const direction = await currentDirection(app.db, ctx.la);
    const numbers = direction ? (await listAdviserReviews(app.db, ctx.la, direction.id)).map((r) => r.number) : [];
    return showForm(reply, ctx, page, valuesOf(page.fields, direction ? { directionId: direction.id, number: Math.max(0, ...numbers) + 1 } : null));
  });

  app.post<P>('/c/:la/reviews', reviewPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    return saveForm(request, reply, ctx, await formPage(ctx, null),
      (input) => app.db.transaction((tx) => createAdviserReview(tx, actorOf(request), ctx.la, input)),
      (saved) => `${ctx.base}/reviews/${saved.id}?done=added`);
  });

  app.get<P>('/c/:la/reviews/:id', READ, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const review = await getAdviserReview(app.db, ctx.la, idParam(request));
    if (!review) return notFound(reply);
    const [direction, assessments] = await Promise.all([
      getDirection(app.db, ctx.la, review.directionId), listReviewAssessments(app.db, ctx.la, review.id),
    ]);
    const areas = REVIEW_AREAS.map((area) => {
      const a = assessments.find((x) => x.area === area) ?? null;
      return { area, label: REVIEW_AREA_LABELS[area], assessment: a, tag: a ? verdictTag(a.verdict) : null, evidence: evidenceLines(a?.evidence) };
    });
    return reply.page('intervention/review.njk', {
      ...ctx, title: `Six-monthly review ${review.number}`, section: 'reviews', review, direction,
      directionName: direction ? directionName(direction) : null, period: period(review.periodStart, review.periodEnd),
      overall: verdictTag(review.overall), areas, assessed: assessments.length,
      notice: noticeOf(request, { added: 'Review recorded.', changed: 'Your changes have been saved.', assessment: 'The assessment has been saved.',
        removed: 'The assessment has been removed.' }),
    });
  });

  app.get<P>('/c/:la/reviews/:id/edit', REVIEW_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const review = await getAdviserReview(app.db, ctx.la, idParam(request));
    if (!review) return notFound(reply);
    const page = await formPage(ctx, review);
    return showForm(reply, ctx, page, valuesOf(page.fields, { ...review }));
  });

  app.post<P>('/c/:la/reviews/:id', reviewPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const review = await getAdviserReview(app.db, ctx.la, idParam(request));
    if (!review) return notFound(reply);
    return saveForm(request, reply, ctx, await formPage(ctx, review),
      (input) => app.db.transaction((tx) => updateAdviserReview(tx, actorOf(request), ctx.la, review.id, input)),
      () => `${ctx.base}/reviews/${review.id}?done=changed`);
  });

  // ——— Assessments by area ———

  const assessmentPage = (ctx: PageContext, review: AdviserReview, assessmentId: number | null, areas: readonly ReviewArea[]): FormPage => ({
    title: assessmentId ? 'Change the assessment' : 'Add an assessment', caption: `Six-monthly review ${review.number}`,
    back: { href: `${ctx.base}/reviews/${review.id}#areas`, text: 'Back to the review' },
    action: assessmentId ? `${ctx.base}/reviews/assessments/${assessmentId}` : `${ctx.base}/reviews/${review.id}/assessments`,
    submit: 'Save the assessment', fields: assessmentFields(areas),
    removeAction: assessmentId ? `${ctx.base}/reviews/assessments/${assessmentId}/remove` : undefined,
    removeText: assessmentId ? 'Remove the assessment' : undefined,
  });

  app.get<P>('/c/:la/reviews/:id/assessments/new', REVIEW_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const review = await getAdviserReview(app.db, ctx.la, idParam(request));
    if (!review) return notFound(reply);
    const done = new Set((await listReviewAssessments(app.db, ctx.la, review.id)).map((a) => a.area));
    const open = REVIEW_AREAS.filter((a) => !done.has(a));
    const asked = (request.query as Record<string, string>).area;
    const page = assessmentPage(ctx, review, null, open.length ? open : REVIEW_AREAS);
    return showForm(reply, ctx, page, valuesOf(page.fields, { area: open.includes(asked as ReviewArea) ? asked : '' }));
  });

  app.post<P>('/c/:la/reviews/:id/assessments', reviewPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const review = await getAdviserReview(app.db, ctx.la, idParam(request));
    if (!review) return notFound(reply);
    return saveForm(request, reply, ctx, assessmentPage(ctx, review, null, REVIEW_AREAS),
      (input) => app.db.transaction((tx) => createReviewAssessment(tx, actorOf(request), ctx.la, input)),
      () => `${ctx.base}/reviews/${review.id}?done=assessment#areas`, { reviewId: review.id });
  });

  const assessmentOf = async (ctx: PageContext, id: number) => {
    const a = await getReviewAssessment(app.db, ctx.la, id);
    const review = a ? await getAdviserReview(app.db, ctx.la, a.reviewId) : null;
    return a && review ? { a, review } : null;
  };

  app.get<P>('/c/:la/reviews/assessments/:id/edit', REVIEW_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const found = await assessmentOf(ctx, idParam(request));
    if (!found) return notFound(reply);
    const page = assessmentPage(ctx, found.review, found.a.id, REVIEW_AREAS);
    return showForm(reply, ctx, page, valuesOf(page.fields, { ...found.a }));
  });

  app.post<P>('/c/:la/reviews/assessments/:id', reviewPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const found = await assessmentOf(ctx, idParam(request));
    if (!found) return notFound(reply);
    return saveForm(request, reply, ctx, assessmentPage(ctx, found.review, found.a.id, REVIEW_AREAS),
      (input) => app.db.transaction((tx) => updateReviewAssessment(tx, actorOf(request), ctx.la, found.a.id, input)),
      () => `${ctx.base}/reviews/${found.review.id}?done=assessment#areas`);
  });

  app.post<P>('/c/:la/reviews/assessments/:id/remove', reviewPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const found = await assessmentOf(ctx, idParam(request));
    if (!found) return notFound(reply);
    await app.db.transaction((tx) => deleteReviewAssessment(tx, actorOf(request), ctx.la, found.a.id));
    return reply.redirect(`${ctx.base}/reviews/${found.review.id}?done=removed#areas`, 303);
  });
}
