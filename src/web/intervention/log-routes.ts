// The logs kept under a Direction: one list page and one form per log, for each of LOG_KINDS.
import type { FastifyInstance } from 'fastify';
import { getDirection, type Direction } from '../../intervention/directions.ts';
import { actorOf } from '../access.ts';
import { valuesOf } from './form.ts';
import { LOG_KINDS, type LogKind } from './log-kinds.ts';
import { EDIT_PAGE, READ, editPost, idParam, noticeOf, notFound, pageContext, saveForm, showForm, type FormPage, type PageContext } from './support.ts';

type P = { Params: { la: string; id?: string } };

export async function logRoutes(app: FastifyInstance) {
  for (const kind of LOG_KINDS) registerLog(app, kind);
}

function registerLog(app: FastifyInstance, kind: LogKind) {
  const listHref = (ctx: PageContext, directionId: number) => `${ctx.base}/register/directions/${directionId}/logs/${kind.slug}`;
  const formPage = (ctx: PageContext, direction: Direction, entryId: number | null): FormPage => ({
    title: entryId ? `Change the ${kind.noun}` : `Add ${kind.article} ${kind.noun}`,
    caption: kind.title,
    intro: kind.intro,
    back: { href: listHref(ctx, direction.id), text: `Back to ${kind.title.toLowerCase()}` },
    action: entryId ? `${ctx.base}/register/logs/${kind.slug}/${entryId}` : listHref(ctx, direction.id),
    submit: entryId ? 'Save the changes' : `Add the ${kind.noun}`,
    fields: kind.fields,
  });

  app.get<P>(`/c/:la/register/directions/:id/logs/${kind.slug}`, READ, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const direction = await getDirection(app.db, ctx.la, idParam(request));
    if (!direction) return notFound(reply);
    const entries = await kind.list(app.db, ctx.la, direction.id);
    return reply.page('intervention/log-list.njk', {
      ...ctx, title: kind.title, kind: { slug: kind.slug, title: kind.title, noun: kind.noun, article: kind.article, clause: kind.clause,
        intro: kind.intro }, direction,
      heads: kind.columns.map((c) => c.head),
      rows: entries.map((e) => ({ id: e.id, cells: kind.columns.map((c) => c.cell(e)) })),
      notice: noticeOf(request, { added: `The ${kind.noun} has been added.`, changed: 'Your changes have been saved.' }),
    });
  });

  app.get<P>(`/c/:la/register/directions/:id/logs/${kind.slug}/new`, EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const direction = await getDirection(app.db, ctx.la, idParam(request));
    if (!direction) return notFound(reply);
    return showForm(reply, ctx, formPage(ctx, direction, null), valuesOf(kind.fields, kind.slug === 'instructions' ? { status: 'open' } : null));
  });

  app.post<P>(`/c/:la/register/directions/:id/logs/${kind.slug}`, editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const direction = await getDirection(app.db, ctx.la, idParam(request));
    if (!direction) return notFound(reply);
    return saveForm(request, reply, ctx, formPage(ctx, direction, null),
      (input) => app.db.transaction((tx) => kind.create(tx, actorOf(request), ctx.la, input)),
      () => `${listHref(ctx, direction.id)}?done=added`, { directionId: direction.id });
  });

  const entryOf = async (ctx: PageContext, id: number) => {
    const entry = await kind.get(app.db, ctx.la, id);
    const direction = entry ? await getDirection(app.db, ctx.la, entry.directionId) : null;
    return entry && direction ? { entry, direction } : null;
  };

  app.get<P>(`/c/:la/register/logs/${kind.slug}/:id/edit`, EDIT_PAGE, async (request, reply) => {
    const ctx = await pageContext(app, request);
    const found = await entryOf(ctx, idParam(request));
    if (!found) return notFound(reply);
    return showForm(reply, ctx, formPage(ctx, found.direction, found.entry.id), valuesOf(kind.fields, found.entry));
  });

  app.post<P>(`/c/:la/register/logs/${kind.slug}/:id`, editPost(app), async (request, reply) => {
    const ctx = await pageContext(app, request);
    const found = await entryOf(ctx, idParam(request));
    if (!found) return notFound(reply);
    const { entry, direction } = found;
    return saveForm(request, reply, ctx, formPage(ctx, direction, entry.id),
      (input) => app.db.transaction((tx) => kind.update(tx, actorOf(request), ctx.la, entry.id, input)),
      () => `${listHref(ctx, direction.id)}?done=changed`);
  });
}
