// Directions: the legal basis, the status moving forward (draft → representations → issued → revoked)
// with the date of each step and the representations deadline, each clause as its own record, the
// Adviser's terms of reference, the Advisers appointed, and the logs kept under the Direction.
import type { FastifyInstance } from 'fastify';
import {
  createDirection, getAdviserTerms, getDirection, listAppointments, listClauses, updateDirection, type Direction,
} from '../../intervention/directions.ts';
import { listInspections } from '../../intervention/inspections.ts';
import { listAdviserReviews } from '../../intervention/reviews.ts';
import { DIRECTION_STATUSES, DIRECTION_STATUS_LABELS } from '../../domain/intervention/direction.ts';
import { REVIEW_AREA_LABELS } from '../../domain/intervention/adviser.ts';
import { actorOf } from '../access.ts';
import { labelled, valuesOf, withNone, type FieldSpec } from './form.ts';
import { inspectionName } from './inspection-routes.ts';
import { LOG_KINDS } from './log-kinds.ts';
import { directionTag, notedIllustrative, period, verdictTag } from './present.ts';
import { EDIT_PAGE, READ, editPost, idParam, noticeOf, notFound, pageContext, saveForm, showForm, type FormPage, type PageContext } from './support.ts';

type P = { Params: { la: string; id?: string } };

export const STATUS_HINTS: Record<(typeof DIRECTION_STATUSES)[number], string> = {
  draft: 'Sent to the council as a draft',
  representations: 'The council has made, or may make, representations on the draft',
  issued: 'In force until it is revoked',
  revoked: 'Revoked by the Secretary of State',
};

export async function directionFields(app: FastifyInstance, la: string): Promise<FieldSpec[]> {
  const inspections = await listInspections(app.db, la);
  return [
    { kind: 'text', name: 'title', label: 'Title', hint: 'For example, Statutory Direction to the council in relation to children\'s services' },
    { kind: 'text', name: 'legalBasis', label: 'Legal basis', hint: 'For example, Section 497A(4B) of the Education Act 1996' },
    { kind: 'select', name: 'inspectionId', label: 'The inspection that led to it',
      options: withNone('None recorded', inspections.map((i) => ({ value: String(i.id), text: inspectionName(i) }))) },
    { kind: 'radios', name: 'status', label: 'Status',
      hint: 'A Direction only moves forward: draft, representations, issued, revoked',
      options: labelled(DIRECTION_STATUS_LABELS, DIRECTION_STATUSES).map((o) => ({ ...o, hint: STATUS_HINTS[o.value as keyof typeof STATUS_HINTS] })) },
    { kind: 'date', name: 'draftOn', label: 'Date of the draft', hint: 'For example, 7 4 2017' },
    { kind: 'date', name: 'representationsDeadline', label: 'Deadline for representations', hint: 'For example, 21 4 2017' },
    { kind: 'date', name: 'representationsOn', label: 'Date representations were made' },
    { kind: 'date', name: 'issuedOn', label: 'Date of issue' },
    { kind: 'date', name: 'revokedOn', label: 'Date of revocation' },
    { kind: 'textarea', name: 'note', label: 'Note', hint: 'Where the facts come from; say if a date is illustrative' },
  ];
}

export async function directionRoutes(app: FastifyInstance) {
  const formPage = async (ctx: PageContext, d: Direction | null): Promise<FormPage> => {
    const at = d ? `${ctx.base}/register/directions/${d.id}` : `${ctx.base}/register`;
    return {
      title: d ? 'Change the Direction' : 'Add a Direction', caption: ctx.councilName,
      back: { href: at, text: d ? 'Back to the Direction' : 'Back to the register' },
      action: d ? at : `${ctx.base}/register/directions`,
      submit: d ? 'Save the changes' : 'Add the Direction',
      fields: await directionFields(app, ctx.la),
    };
  };

  app.get<P>('/c/:la/register/directions/new', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const page = await formPage(ctx, null);
    return showForm(reply, ctx, page, valuesOf(page.fields, { status: 'draft' }));
  });

  app.post<P>('/c/:la/register/directions', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    return saveForm(request, reply, ctx, await formPage(ctx, null),
      (input) => app.db.transaction((tx) => createDirection(tx, actorOf(request), ctx.la, input)),
      (saved) => `${ctx.base}/register/directions/${saved.id}?done=added`);
  });

  app.get<P>('/c/:la/register/directions/:id', READ, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const direction = await getDirection(app.db, ctx.la, idParam(request));
    if (!direction) return notFound(reply);
    const [clauses, terms, appointments, inspections, reviews, logCounts] = await Promise.all([
      listClauses(app.db, ctx.la, direction.id),
      getAdviserTerms(app.db, ctx.la, direction.id),
      listAppointments(app.db, ctx.la, direction.id),
      listInspections(app.db, ctx.la),
      listAdviserReviews(app.db, ctx.la, direction.id),
      Promise.all(LOG_KINDS.map(async (k) => ({ kind: k, count: (await k.list(app.db, ctx.la, direction.id)).length }))),
    ]);
    const inspection = inspections.find((i) => i.id === direction.inspectionId) ?? null;
    return reply.page('intervention/direction.njk', {
      ...ctx, title: 'Direction', direction, statusTag: directionTag(direction.status), illustrativeNote: notedIllustrative(direction.note),
      inspection, inspectionName: inspection ? inspectionName(inspection) : null, clauses, terms,
      reviewAreas: (terms?.reviewAreas ?? []).map((a) => REVIEW_AREA_LABELS[a]),
      appointments: appointments.map((a) => ({ ...a, dates: period(a.appointedOn, a.endedOn) })),
      reviews: reviews.map((r) => ({ ...r, tag: verdictTag(r.overall) })),
      logs: logCounts.map(({ kind, count }) => ({ slug: kind.slug, title: kind.title, clause: kind.clause, count })),
      notice: noticeOf(request, {
        added: 'Direction added.', changed: 'Your changes have been saved.', clause: 'The clause has been saved.',
        clauseRemoved: 'The clause has been removed.', terms: 'The terms of reference have been saved.',
        appointment: 'The appointment has been saved.',
      }),
    });
  });

  app.get<P>('/c/:la/register/directions/:id/edit', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const direction = await getDirection(app.db, ctx.la, idParam(request));
    if (!direction) return notFound(reply);
    const page = await formPage(ctx, direction);
    return showForm(reply, ctx, page, valuesOf(page.fields, { ...direction }));
  });

  app.post<P>('/c/:la/register/directions/:id', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const direction = await getDirection(app.db, ctx.la, idParam(request));
    if (!direction) return notFound(reply);
    return saveForm(request, reply, ctx, await formPage(ctx, direction),
      (input) => app.db.transaction((tx) => updateDirection(tx, actorOf(request), ctx.la, direction.id, input)),
      () => `${ctx.base}/register/directions/${direction.id}?done=changed`);
  });
}
