// The records the calendar is computed from besides the register: an obligation marked as met (with
// its date and reference), the Improvement Board's schedule, and the council's own targets.
import type { FastifyInstance } from 'fastify';
import {
  councilObligations, createCouncilTarget, deleteFulfilment, getBoardSchedule, getCouncilTarget, getFulfilment, recordFulfilment,
  saveBoardSchedule, updateCouncilTarget, updateFulfilment,
} from '../../intervention/calendar.ts';
import { isObligationKey } from '../../domain/obligations/keys.ts';
import type { Obligation } from '../../domain/obligations/types.ts';
import { JUDGMENTS, JUDGMENT_LABELS } from '../../domain/intervention/judgments.ts';
import { actorOf } from '../access.ts';
import { formatDate } from '../views.ts';
import { labelled, valuesOf, withNone, type FieldSpec } from './form.ts';
import { EDIT_PAGE, editPost, idParam, notFound, pageContext, saveForm, showForm, todayInEngland, type FormPage, type PageContext } from './support.ts';

type P = { Params: { la: string; id?: string } };

const fulfilmentFields: FieldSpec[] = [
  { kind: 'date', name: 'fulfilledOn', label: 'Date it was met', hint: 'For example, 30 6 2017' },
  { kind: 'text', name: 'reference', label: 'Reference', hint: 'A link or a document reference, such as the report\'s title and date' },
  { kind: 'textarea', name: 'note', label: 'Note', rows: 3 },
];

const boardFields: FieldSpec[] = [
  { kind: 'text', name: 'boardName', label: 'Name of the board' },
  { kind: 'text', name: 'chair', label: 'Chair' },
  { kind: 'text', name: 'frequencyDays', label: 'Days between meetings', width: 3, numeric: true, hint: '42 for every six weeks' },
  { kind: 'date', name: 'firstMeetingOn', label: 'Date of the first meeting' },
  { kind: 'checkbox', name: 'firstMeetingIllustrative', label: 'The date of the first meeting is illustrative (not from a document)' },
  { kind: 'date', name: 'endedOn', label: 'Date the board ended', hint: 'Leave empty while the board meets' },
  { kind: 'textarea', name: 'note', label: 'Note', hint: 'Where the schedule comes from, such as the board\'s terms of reference' },
];

const targetFields: FieldSpec[] = [
  { kind: 'text', name: 'title', label: 'Target', hint: 'For example, Ofsted judgment good' },
  { kind: 'select', name: 'targetJudgment', label: 'Ofsted judgment it aims for',
    hint: 'The target is met by the first inspection published after it was set with this judgment or better',
    options: withNone('None: it is met when marked as met', labelled(JUDGMENT_LABELS, JUDGMENTS)) },
  { kind: 'date', name: 'setOn', label: 'Date the target was set' },
  { kind: 'date', name: 'dueOn', label: 'Target date', hint: 'For example, 30 4 2019' },
  { kind: 'text', name: 'source', label: 'Source', hint: 'Where the council set it, such as a statement or a plan' },
  { kind: 'textarea', name: 'note', label: 'Note' },
];

export async function calendarRecordRoutes(app: FastifyInstance) {
  const calendarHref = (ctx: PageContext, done: string, anchor = '') => `${ctx.base}/calendar?done=${done}${anchor}`;

  // ——— Marking an obligation as met ———

  /** The obligation with this key in the council's calendar (up to a little over a year ahead), if any. */
  const obligationOf = async (ctx: PageContext, key: string): Promise<Obligation | null> => {
    if (!isObligationKey(key)) return null;
    const all = await councilObligations(app.db, ctx.la, { today: todayInEngland(), horizonDays: 400 });
    return all.find((o) => o.key === key) ?? null;
  };

  const fulfilmentPage = (ctx: PageContext, o: Obligation, id: number | null): FormPage => ({
    title: id ? 'Change the record that it was met' : 'Mark as met', caption: `${o.title}, due by ${formatDate(o.dueOn)}`,
    intro: `${o.source}. The date, and a reference to what met it, show the obligation done in the calendar.`,
    back: { href: `${ctx.base}/calendar#obligations`, text: 'Back to the calendar' },
    action: id ? `${ctx.base}/calendar/fulfilments/${id}` : `${ctx.base}/calendar/fulfilments`,
    submit: id ? 'Save the changes' : 'Mark as met', fields: fulfilmentFields, hidden: id ? {} : { obligationKey: o.key },
    removeAction: id ? `${ctx.base}/calendar/fulfilments/${id}/remove` : undefined,
    removeText: id ? 'Remove: it was not met' : undefined,
  });

  app.get<P>('/c/:la/calendar/fulfilments/new', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const key = (request.query as Record<string, unknown>).key;
    const o = typeof key === 'string' ? await obligationOf(ctx, key) : null;
    if (!o) return notFound(reply);
    return showForm(reply, ctx, fulfilmentPage(ctx, o, null), valuesOf(fulfilmentFields, null));
  });

  app.post<P>('/c/:la/calendar/fulfilments', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const key = (request.body as Record<string, unknown> | undefined)?.obligationKey;
    const o = typeof key === 'string' ? await obligationOf(ctx, key) : null;
    if (!o) return notFound(reply);
    return saveForm(request, reply, ctx, fulfilmentPage(ctx, o, null),
      (input) => app.db.transaction((tx) => recordFulfilment(tx, actorOf(request), ctx.la, input)),
      () => calendarHref(ctx, 'met', '#obligations'), { obligationKey: o.key });
  });

  const fulfilmentOf = async (ctx: PageContext, id: number) => {
    const f = await getFulfilment(app.db, ctx.la, id);
    const o = f ? await obligationOf(ctx, f.obligationKey) : null;
    // A fulfilment whose obligation no longer falls in the calendar (its Direction changed) is still shown for removal.
    return f ? { f, o: o ?? ({ key: f.obligationKey, title: 'An obligation no longer in the calendar', dueOn: f.fulfilledOn,
      source: f.obligationKey } as Obligation) } : null;
  };

  app.get<P>('/c/:la/calendar/fulfilments/:id/edit', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const found = await fulfilmentOf(ctx, idParam(request));
    if (!found) return notFound(reply);
    return showForm(reply, ctx, fulfilmentPage(ctx, found.o, found.f.id), valuesOf(fulfilmentFields, { ...found.f }));
  });

  app.post<P>('/c/:la/calendar/fulfilments/:id', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const found = await fulfilmentOf(ctx, idParam(request));
    if (!found) return notFound(reply);
    return saveForm(request, reply, ctx, fulfilmentPage(ctx, found.o, found.f.id),
      (input) => app.db.transaction((tx) => updateFulfilment(tx, actorOf(request), ctx.la, found.f.id, input)),
      () => calendarHref(ctx, 'changed', '#obligations'));
  });

  app.post<P>('/c/:la/calendar/fulfilments/:id/remove', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const removed = await app.db.transaction((tx) => deleteFulfilment(tx, actorOf(request), ctx.la, idParam(request)));
    return removed ? reply.redirect(calendarHref(ctx, 'unmet', '#obligations'), 303) : notFound(reply);
  });

  // ——— The board's schedule ———

  const boardPage = (ctx: PageContext, exists: boolean): FormPage => ({
    title: exists ? 'Change the board\'s schedule' : 'Add the board\'s schedule', caption: ctx.councilName,
    intro: 'The calendar expects a board meeting, and the Director of Children\'s Services\' progress report to it (Direction 5e), at this frequency from the first meeting.',
    back: { href: `${ctx.base}/calendar#sources`, text: 'Back to the calendar' },
    action: `${ctx.base}/calendar/board`, submit: 'Save the schedule', fields: boardFields,
  });

  app.get<P>('/c/:la/calendar/board/edit', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const board = await getBoardSchedule(app.db, ctx.la);
    return showForm(reply, ctx, boardPage(ctx, !!board), valuesOf(boardFields, board ? { ...board } : null));
  });

  app.post<P>('/c/:la/calendar/board', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const board = await getBoardSchedule(app.db, ctx.la);
    return saveForm(request, reply, ctx, boardPage(ctx, !!board),
      (input) => app.db.transaction((tx) => saveBoardSchedule(tx, actorOf(request), ctx.la, input)),
      () => calendarHref(ctx, 'board', '#sources'));
  });

  // ——— The council's targets ———

  const targetPage = (ctx: PageContext, id: number | null): FormPage => ({
    title: id ? 'Change the target' : 'Add a target', caption: ctx.councilName,
    back: { href: `${ctx.base}/calendar#sources`, text: 'Back to the calendar' },
    action: id ? `${ctx.base}/calendar/targets/${id}` : `${ctx.base}/calendar/targets`,
    submit: 'Save the target', fields: targetFields,
  });

  app.get<P>('/c/:la/calendar/targets/new', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    return showForm(reply, ctx, targetPage(ctx, null), valuesOf(targetFields, null));
  });

  app.post<P>('/c/:la/calendar/targets', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    return saveForm(request, reply, ctx, targetPage(ctx, null),
      (input) => app.db.transaction((tx) => createCouncilTarget(tx, actorOf(request), ctx.la, input)),
      () => calendarHref(ctx, 'target', '#sources'));
  });

  app.get<P>('/c/:la/calendar/targets/:id/edit', EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const t = await getCouncilTarget(app.db, ctx.la, idParam(request));
    if (!t) return notFound(reply);
    return showForm(reply, ctx, targetPage(ctx, t.id), valuesOf(targetFields, { ...t }));
  });

  app.post<P>('/c/:la/calendar/targets/:id', editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const t = await getCouncilTarget(app.db, ctx.la, idParam(request));
    if (!t) return notFound(reply);
    return saveForm(request, reply, ctx, targetPage(ctx, t.id),
      (input) => app.db.transaction((tx) => updateCouncilTarget(tx, actorOf(request), ctx.la, t.id, input)),
      () => calendarHref(ctx, 'target', '#sources'));
  });
}
