// What the register's routes share: access declarations, the page context (council, rights), ids from
// the path, today's date in England, and showing or saving a form described by form.ts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../../domain/roles/roles.ts';
import { getCouncil } from '../../councils/councils-repository.ts';
import type { FieldError, SaveResult } from '../../intervention/result.ts';
import { errorsFor, readForm, viewFields, type FieldSpec, type FormValues } from './form.ts';

export const READ = { config: { access: 'council.read' as const } };
export const EDIT_PAGE = { config: { access: 'register.edit' as const } };
export const REVIEW_PAGE = { config: { access: 'reviews.edit' as const } };

/** POST routes: the permission and the CSRF check. */
export const editPost = (app: FastifyInstance) => ({ config: { access: 'register.edit' as const }, preHandler: app.csrfProtection });
export const reviewPost = (app: FastifyInstance) => ({ config: { access: 'reviews.edit' as const }, preHandler: app.csrfProtection });

export interface Rights {
  /** register.edit: officers and administrators. */
  register: boolean;
  /** reviews.edit: the Adviser. */
  reviews: boolean;
}

export interface PageContext {
  la: string;
  councilName: string;
  rights: Rights;
  base: string;
}

export async function pageContext(app: FastifyInstance, request: FastifyRequest): Promise<PageContext> {
  const la = (request.params as { la: string }).la;
  const council = await getCouncil(app.db, la);
  const role = request.user!.role;
  return { la, councilName: council?.name ?? la, rights: { register: can(role, 'register.edit'), reviews: can(role, 'reviews.edit') },
    base: `/c/${la}` };
}

/** A record id from the path; 0 (which matches nothing) when it is not a whole number in range. */
export function idParam(request: FastifyRequest, name = 'id'): number {
  const v = (request.params as Record<string, string | undefined>)[name];
  const n = /^\d{1,10}$/.test(v ?? '') ? Number(v) : 0;
  return n <= 2_147_483_647 ? n : 0;
}

export function notFound(reply: FastifyReply) {
  return reply.code(404).page('views/errors/404.njk');
}

export { todayInEngland } from '../today.ts';

/** A notice from the query string: only known codes, never the query's own text. */
export function noticeOf(request: FastifyRequest, messages: Record<string, string>): string | null {
  const code = (request.query as Record<string, unknown> | undefined)?.done;
  return typeof code === 'string' && Object.hasOwn(messages, code) ? messages[code] : null;
}

export interface FormPage {
  title: string;
  caption?: string;
  intro?: string;
  warning?: string;
  back: { href: string; text: string };
  action: string;
  submit: string;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  removeAction?: string;
  removeText?: string;
}

export function showForm(reply: FastifyReply, ctx: PageContext, page: FormPage, values: FormValues, errors?: FieldError[]) {
  const errs = errors?.length ? errorsFor(page.fields, errors) : null;
  return reply.code(errs ? 400 : 200).page('intervention/form-page.njk', {
    ...ctx, ...page, fields: viewFields(page.fields, values, errs), errors: errs,
  });
}

/**
 * Reads the posted form, saves it through the repository (with `fixed` values from the path such as
 * the parent's id), and redirects on success; else answers 400 with the form and its errors (the
 * repository saved nothing), or 404 when the record is not the council's.
 */
export async function saveForm<T>(
  request: FastifyRequest, reply: FastifyReply, ctx: PageContext, page: FormPage,
  save: (input: Record<string, unknown>) => Promise<SaveResult<T>>, redirectTo: (saved: T) => string,
  fixed: Record<string, unknown> = {},
) {
  const { input, values } = readForm(page.fields, request.body);
  const result = await save({ ...input, ...fixed });
  if (result.ok) return reply.redirect(redirectTo(result.value), 303);
  if (result.notFound) return notFound(reply);
  return showForm(reply, ctx, page, values, result.errors);
}
