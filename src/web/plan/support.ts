// Small helpers shared by the plan's screens: the date in the UK, the "as at" date of a view, dates
// from GOV.UK date inputs, and the plan's permissions for the signed-in user.
import type { FastifyRequest } from 'fastify';
import { isIsoDate, type IsoDate } from '../../domain/calendar/dates.ts';
import { parseDateParts } from '../../domain/plan/fields.ts';
import { can } from '../../domain/roles/roles.ts';
import type { SessionUser } from '../access.ts';
import { Refused } from '../access.ts';
import { field } from '../forms.ts';

/** Today's date in England (not UTC: just after midnight in summer is already tomorrow here). */
import { todayInEngland } from '../today.ts';
export { todayInEngland };

/** The date a view rates the plan as at: ?asAt=YYYY-MM-DD, or the three boxes of the form; otherwise today. */
export function asAtOf(request: FastifyRequest): { asAt: IsoDate; chosen: boolean; invalid: boolean } {
  const q = request.query as Record<string, string | undefined>;
  const today = todayInEngland();
  const fromParts = q['asAt-day'] !== undefined ? parseDateParts(q['asAt-day'] ?? '', q['asAt-month'] ?? '', q['asAt-year'] ?? '') : null;
  const value = typeof q.asAt === 'string' && isIsoDate(q.asAt) ? q.asAt : fromParts && fromParts !== 'invalid' ? fromParts : null;
  return { asAt: value ?? today, chosen: value != null && value !== today, invalid: fromParts === 'invalid' };
}

/** A date posted as the three boxes of a GOV.UK date input named `name`. */
export function postedDate(body: unknown, name: string): IsoDate | null | 'invalid' {
  return parseDateParts(field(body, `${name}-day`), field(body, `${name}-month`), field(body, `${name}-year`));
}

export function dateBoxes(iso: string | null | undefined): { day: string; month: string; year: string } {
  if (!iso) return { day: '', month: '', year: '' };
  return { day: String(Number(iso.slice(8, 10))), month: String(Number(iso.slice(5, 7))), year: iso.slice(0, 4) };
}

/** Values typed into a date input, to show them again after an error. */
export function typedDate(body: unknown, name: string) {
  return { day: field(body, `${name}-day`), month: field(body, `${name}-month`), year: field(body, `${name}-year`) };
}

export interface PlanRights { edit: boolean; update: boolean }

export function rightsOf(user: SessionUser): PlanRights {
  return { edit: can(user.role, 'plan.edit'), update: can(user.role, 'plan.update') };
}

/**
 * Whether the user may add progress to this action: plan.update, and an action owner only on the
 * actions they own (the action's owner account is theirs).
 */
export function mayUpdate(user: SessionUser, action: { ownerUserId: number | null }): boolean {
  if (!can(user.role, 'plan.update')) return false;
  return user.role !== 'action_owner' || action.ownerUserId === user.id;
}

export function assertMayUpdate(user: SessionUser, action: { ownerUserId: number | null; ref: string }): void {
  if (!mayUpdate(user, action)) throw new Refused(`Only the owner of action ${action.ref}, the plan's officers and the Director can record its progress.`);
}

export const numericId = (v: string | undefined): number => {
  const n = Number(v);
  return Number.isSafeInteger(n) && n > 0 && n <= 2_147_483_647 ? n : 0;
};
