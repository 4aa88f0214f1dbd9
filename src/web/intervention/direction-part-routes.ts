// The parts of a Direction: its clauses (each its own record), the Adviser's terms of reference, and
// the Advisers appointed (several councils' staff may share the role, as in the seeds).
import type { FastifyInstance } from 'fastify';
import {
  createAppointment, createClause, deleteClause, getAdviserTerms, getAppointment, getClause, getDirection, listClauses,
  saveAdviserTerms, updateAppointment, updateClause, type Direction,
} from '../../intervention/directions.ts';
import { REVIEW_AREAS, REVIEW_AREA_LABELS } from '../../domain/intervention/adviser.ts';
import { actorOf } from '../access.ts';
import { labelled, valuesOf, type FieldSpec } from './form.ts';
import { EDIT_PAGE, editPost, idParam, notFound, pageContext, saveForm, showForm, type FormPage, type PageContext } from './support.ts';

type P = { Params: { la: string; id?: string } };

const clauseFields: FieldSpec[] = [
  { kind: 'text', name: 'ref', label: 'Clause', width: 5, hint: 'As the Direction numbers it, such as 5a, 5b(ii) or 6' },
  { kind: 'text', name: 'position', label: 'Position in the Direction', width: 3, numeric: true, hint: '1 for the first clause shown' },
  { kind: 'textarea', name: 'text', label: 'Text of the clause', rows: 8 },
];

const termsFields: FieldSpec[] = [
  { kind: 'textarea', name: 'text', label: 'Terms of reference', rows: 20, hint: 'The text of the Adviser\'s terms of reference (Annex A to the Direction)' },
  { kind: 'checkboxes', name: 'reviewAreas', label: 'Areas the six-monthly reviews may cover', options: labelled(REVIEW_AREA_LABELS, REVIEW_AREAS) },
  { kind: 'textarea', name: 'note', label: 'Note', hint: 'For example, whether this is the draft or the issued text' },
];

const appointmentFields: FieldSpec[] = [
  { kind: 'text', name: 'appointee', label: 'Person or organisation appointed', hint: 'For example, Staff from Islington Council' },
  { kind: 'text', name: 'organisation', label: 'Organisation' },
  { kind: 'date', name: 'appointedOn', label: 'Date of appointment' },
  { kind: 'date', name: 'endedOn', label: 'Date the appointment ended' },
  { kind: 'textarea', name: 'note', label: 'Note' },
];

export async function directionPartRoutes(app: FastifyInstance) {
  const directionHref = (ctx: PageContext, directionId: number, anchor: string) => `${ctx.base}/register/directions/${directionId}${anchor}`;
  const directionOf = (ctx: PageContext, id: number) => getDirection(app.db, ctx.la, id);

  // ——— Clauses ———

  const clausePage = (ctx: PageContext, d: Direction, clauseId: number | null, ref?: string): FormPage => ({
    title: clauseId ? `Change clause ${ref}` : 'Add a clause', caption: 'Direction',
    back: { href: directionHref(ctx, d.id, '#clauses'), text: 'Back to the Direction' },
    action: clauseId ? `${ctx.base}/register/clauses/${clauseId}` : `${ctx.base}/register/directions/${d.id}/clauses`,
    submit: clauseId ? 'Save the clause' : 'Add the clause', fields: clauseFields,
    removeAction: clauseId ? `${ctx.base}/register/clauses/${clauseId}/remove` : undefined,
    removeText: clauseId ? `Remove clause ${ref}` : undefined,
  });

  app.get<P>('/c/:la/register/directions/:id/clauses/new', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const d = await directionOf(ctx, idParam(request));
    if (!d) return notFound(reply);
    const last = Math.max(0, ...(await listClauses(app.db, ctx.la, d.id)).map((c) => c.position));
    return showForm(reply, ctx, clausePage(ctx, d, null), valuesOf(clauseFields, { position: last + 1 }));
  });

  app.post<P>('/c/:la/register/directions/:id/clauses', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const d = await directionOf(ctx, idParam(request));
    if (!d) return notFound(reply);
    return saveForm(request, reply, ctx, clausePage(ctx, d, null),
      (input) => app.db.transaction((tx) => createClause(tx, actorOf(request), ctx.la, input)),
      () => directionHref(ctx, d.id, '?done=clause#clauses'), { directionId: d.id });
  });

  const clauseOf = async (ctx: PageContext, id: number) => {
    const clause = await getClause(app.db, ctx.la, id);
    const d = clause ? await directionOf(ctx, clause.directionId) : null;
    return clause && d ? { clause, d } : null;
  };

  app.get<P>('/c/:la/register/clauses/:id/edit', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const found = await clauseOf(ctx, idParam(request));
    if (!found) return notFound(reply);
    return showForm(reply, ctx, clausePage(ctx, found.d, found.clause.id, found.clause.ref), valuesOf(clauseFields, { ...found.clause }));
  });

  app.post<P>('/c/:la/register/clauses/:id', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const found = await clauseOf(ctx, idParam(request));
    if (!found) return notFound(reply);
    const { clause, d } = found;
    return saveForm(request, reply, ctx, clausePage(ctx, d, clause.id, clause.ref),
      (input) => app.db.transaction((tx) => updateClause(tx, actorOf(request), ctx.la, clause.id, input)),
      () => directionHref(ctx, d.id, '?done=clause#clauses'));
  });

  app.post<P>('/c/:la/register/clauses/:id/remove', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const found = await clauseOf(ctx, idParam(request));
    if (!found) return notFound(reply);
    await app.db.transaction((tx) => deleteClause(tx, actorOf(request), ctx.la, found.clause.id));
    return reply.redirect(directionHref(ctx, found.d.id, '?done=clauseRemoved#clauses'), 303);
  });

  // ——— The Adviser's terms of reference ———

  const termsPage = (ctx: PageContext, d: Direction): FormPage => ({
    title: 'The Intervention Adviser\'s terms of reference', caption: 'Direction',
    back: { href: directionHref(ctx, d.id, '#terms'), text: 'Back to the Direction' },
    action: `${ctx.base}/register/directions/${d.id}/terms`, submit: 'Save the terms of reference', fields: termsFields,
  });

  app.get<P>('/c/:la/register/directions/:id/terms/edit', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const d = await directionOf(ctx, idParam(request));
    if (!d) return notFound(reply);
    const terms = await getAdviserTerms(app.db, ctx.la, d.id);
    return showForm(reply, ctx, termsPage(ctx, d), valuesOf(termsFields, terms ? { ...terms } : null));
  });

  app.post<P>('/c/:la/register/directions/:id/terms', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const d = await directionOf(ctx, idParam(request));
    if (!d) return notFound(reply);
    return saveForm(request, reply, ctx, termsPage(ctx, d),
      (input) => app.db.transaction((tx) => saveAdviserTerms(tx, actorOf(request), ctx.la, input)),
      () => directionHref(ctx, d.id, '?done=terms#terms'), { directionId: d.id });
  });

  // ——— Appointments ———

  const appointmentPage = (ctx: PageContext, d: Direction, appointmentId: number | null): FormPage => ({
    title: appointmentId ? 'Change the appointment' : 'Add an Intervention Adviser', caption: 'Direction',
    intro: 'Several people or organisations may hold the role at once: add each one.',
    back: { href: directionHref(ctx, d.id, '#advisers'), text: 'Back to the Direction' },
    action: appointmentId ? `${ctx.base}/register/appointments/${appointmentId}` : `${ctx.base}/register/directions/${d.id}/appointments`,
    submit: appointmentId ? 'Save the appointment' : 'Add the Adviser', fields: appointmentFields,
  });

  app.get<P>('/c/:la/register/directions/:id/appointments/new', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const d = await directionOf(ctx, idParam(request));
    if (!d) return notFound(reply);
    return showForm(reply, ctx, appointmentPage(ctx, d, null), valuesOf(appointmentFields, null));
  });

  app.post<P>('/c/:la/register/directions/:id/appointments', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const d = await directionOf(ctx, idParam(request));
    if (!d) return notFound(reply);
    return saveForm(request, reply, ctx, appointmentPage(ctx, d, null),
      (input) => app.db.transaction((tx) => createAppointment(tx, actorOf(request), ctx.la, input)),
      () => directionHref(ctx, d.id, '?done=appointment#advisers'), { directionId: d.id });
  });

  const appointmentOf = async (ctx: PageContext, id: number) => {
    const a = await getAppointment(app.db, ctx.la, id);
    const d = a ? await directionOf(ctx, a.directionId) : null;
    return a && d ? { a, d } : null;
  };

  app.get<P>('/c/:la/register/appointments/:id/edit', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const found = await appointmentOf(ctx, idParam(request));
    if (!found) return notFound(reply);
    return showForm(reply, ctx, appointmentPage(ctx, found.d, found.a.id), valuesOf(appointmentFields, { ...found.a }));
  });

  app.post<P>('/c/:la/register/appointments/:id', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const found = await appointmentOf(ctx, idParam(request));
    if (!found) return notFound(reply);
    return saveForm(request, reply, ctx, appointmentPage(ctx, found.d, found.a.id),
      (input) => app.db.transaction((tx) => updateAppointment(tx, actorOf(request), ctx.la, found.a.id, input)),
      () => directionHref(ctx, found.d.id, '?done=appointment#advisers'));
  });
}
