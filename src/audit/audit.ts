// The audit trail: every change (who, when, what, before/after) and every view or export of
// child-level data. Append-only: nothing in the application updates or deletes these rows.
import type { Queryable } from '../db/database.ts';

export interface Actor {
  userId: number | null;      // null for the CLI and the demo loader
  label: string;              // the person's name at the time, or 'cli' / 'system'
}

export const SYSTEM: Actor = { userId: null, label: 'system' };
export const CLI: Actor = { userId: null, label: 'cli' };

export interface AuditEntry {
  laCode: string | null;
  action: 'create' | 'update' | 'delete' | 'view' | 'export' | 'import' | 'sign-in' | 'sign-out'
    | 'sign-in-refused' | 'locked' | (string & {});
  entity: string;
  entityId?: string | number | null;
  /** Plain words for the administrator reading the log. Never child-level data. */
  summary?: string;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(q: Queryable, actor: Actor, e: AuditEntry): Promise<void> {
  await q.query(
    `INSERT INTO audit_log (user_id, user_label, la_code, action, entity, entity_id, summary, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [actor.userId, actor.label, e.laCode, e.action, e.entity, e.entityId == null ? null : String(e.entityId),
      e.summary ?? null, e.before === undefined ? null : JSON.stringify(e.before),
      e.after === undefined ? null : JSON.stringify(e.after)],
  );
}
