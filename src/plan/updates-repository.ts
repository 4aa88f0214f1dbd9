// Progress updates on actions: dated, with their author, the status they report and any evidence.
// Append-only (the table refuses changes): the latest update is the action's current status.
import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import { recordAudit, type Actor } from '../audit/audit.ts';
import type { IsoDate } from '../domain/calendar/dates.ts';
import { checkEvidenceFile } from '../domain/plan/evidence-files.ts';
import { dateField, isWebAddress, LIMITS, textField, type FieldError } from '../domain/plan/fields.ts';
import { isActionStatus, type ActionStatus } from '../domain/plan/status.ts';
import { failed, missing, type Saved } from './result.ts';
import { getActionRecord } from './actions-repository.ts';

export interface UpdateInput {
  updateOn: IsoDate | null | 'invalid';
  status: string;
  summary: string;
  /** An uploaded file, if any. */
  file: { name: string; bytes: Uint8Array } | null;
  /** Set when the upload went over the size limit (the bytes were not kept). */
  fileTooLarge?: boolean;
  link: string;
  evidenceTitle: string;
  showsImpact: boolean;
}

export interface ProgressUpdate {
  id: number;
  updateOn: string;
  status: ActionStatus;
  summary: string;
  authorName: string;
  recordedAt: string;
  evidence: EvidenceItem[];
}

export interface EvidenceItem {
  id: number;
  updateId: number | null;
  kind: 'file' | 'link';
  title: string;
  url: string | null;
  fileName: string | null;
  sizeBytes: number | null;
  showsImpact: boolean;
  addedOn: string;
  addedBy: string;
}

export async function addUpdate(q: Queryable, actor: Actor, laCode: string, actionId: number, input: UpdateInput, today: IsoDate)
  : Promise<Saved<{ id: number }>> {
  const action = await getActionRecord(q, laCode, actionId);
  if (!action) return missing('The action');
  const errors: FieldError[] = [];
  const updateOn = dateField(errors, 'updateOn', input.updateOn, 'date of the update', true);
  if (updateOn && updateOn > today) errors.push({ field: 'updateOn', message: 'Date of the update must be today or in the past' });
  if (!isActionStatus(input.status)) errors.push({ field: 'status', message: 'Select the status of the action' });
  const summary = textField(errors, 'summary', input.summary, 'update', { required: true, max: LIMITS.text,
    enter: 'Enter what has happened since the last update' });
  let file: { fileName: string; contentType: string; bytes: Uint8Array } | null = null;
  if (input.fileTooLarge) errors.push({ field: 'file', message: 'The selected file must be smaller than 10 MB' });
  else if (input.file) {
    const c = checkEvidenceFile(input.file.name, input.file.bytes);
    if (!c.ok) errors.push({ field: 'file', message: c.message });
    else file = { fileName: c.fileName, contentType: c.contentType, bytes: input.file.bytes };
  }
  const link = input.link.trim();
  if (link && (!isWebAddress(link) || link.length > LIMITS.url)) errors.push({ field: 'link', message: 'Enter a web address starting with https:// or http://' });
  const evidenceTitle = textField(errors, 'evidenceTitle', input.evidenceTitle, 'title of the evidence');
  if (input.showsImpact && !file && !link) errors.push({ field: 'file', message: 'Attach a file or a link as the evidence that shows impact' });
  if (input.status === 'impact_evidenced' && !input.showsImpact) {
    const [has] = await q.query('SELECT 1 FROM plan_evidence WHERE la_code = $1 AND action_id = $2 AND shows_impact', [laCode, actionId]);
    if (!has) errors.push({ field: 'status', message: 'To report impact evidenced, attach evidence that practice or outcomes changed and say that it shows impact' });
  }
  if (errors.length) return failed(errors);

  const [row] = await q.query<{ id: number }>(
    `INSERT INTO plan_updates (la_code, action_id, update_on, status, summary, author_user_id, author_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`, [laCode, actionId, updateOn, input.status, summary, actor.userId, actor.label]);
  const id = Number(row.id);
  const evidence: unknown[] = [];
  if (file) {
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    await q.query(
      `INSERT INTO plan_evidence (la_code, action_id, update_id, kind, title, file_name, content_type, size_bytes, sha256, content, shows_impact, added_on, added_by_user_id, added_by_name)
       VALUES ($1, $2, $3, 'file', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [laCode, actionId, id, evidenceTitle || file.fileName, file.fileName, file.contentType, file.bytes.length, sha256,
        Buffer.from(file.bytes), input.showsImpact, updateOn, actor.userId, actor.label]);
    evidence.push({ file: file.fileName, sizeBytes: file.bytes.length, sha256, showsImpact: input.showsImpact });
  }
  if (link) {
    await addLinkEvidence(q, laCode, actionId, id, { url: link, title: evidenceTitle || link, showsImpact: input.showsImpact, addedOn: updateOn!, actor });
    evidence.push({ link, showsImpact: input.showsImpact });
  }
  await recordAudit(q, actor, { laCode, action: 'create', entity: 'plan updates', entityId: id,
    summary: `Progress update on action ${action.ref}: ${input.status}`, after: { actionId, updateOn, status: input.status, summary, evidence } });
  return { ok: true, value: { id } };
}

export async function addLinkEvidence(q: Queryable, laCode: string, actionId: number, updateId: number | null,
  e: { url: string; title: string; showsImpact: boolean; addedOn: IsoDate; actor: Actor }): Promise<void> {
  await q.query(
    `INSERT INTO plan_evidence (la_code, action_id, update_id, kind, title, url, shows_impact, added_on, added_by_user_id, added_by_name)
     VALUES ($1, $2, $3, 'link', $4, $5, $6, $7, $8, $9)`,
    [laCode, actionId, updateId, e.title.slice(0, LIMITS.line), e.url, e.showsImpact, e.addedOn, e.actor.userId, e.actor.label]);
}

export async function listUpdates(q: Queryable, laCode: string, actionId: number): Promise<ProgressUpdate[]> {
  const updates = await q.query(
    `SELECT id, update_on AS "updateOn", status, summary, author_name AS "authorName", recorded_at AS "recordedAt"
       FROM plan_updates WHERE la_code = $1 AND action_id = $2 ORDER BY update_on DESC, id DESC`, [laCode, actionId]);
  const evidence = await listEvidence(q, laCode, actionId);
  return updates.map((u) => ({ ...u, id: Number(u.id), evidence: evidence.filter((e) => e.updateId === Number(u.id)) })) as ProgressUpdate[];
}

export async function listEvidence(q: Queryable, laCode: string, actionId: number): Promise<EvidenceItem[]> {
  const rows = await q.query(
    `SELECT id, update_id AS "updateId", kind, title, url, file_name AS "fileName", size_bytes AS "sizeBytes", shows_impact AS "showsImpact",
            added_on AS "addedOn", added_by_name AS "addedBy"
       FROM plan_evidence WHERE la_code = $1 AND action_id = $2 ORDER BY added_on DESC, id DESC`, [laCode, actionId]);
  return rows.map((r) => ({ ...r, id: Number(r.id), updateId: r.updateId == null ? null : Number(r.updateId) })) as EvidenceItem[];
}

/** A stored evidence file of the council, for download. */
export async function getEvidenceFile(q: Queryable, laCode: string, id: number)
  : Promise<{ fileName: string; contentType: string; content: Buffer; actionId: number } | null> {
  if (!Number.isInteger(id) || id < 1 || id > Number.MAX_SAFE_INTEGER) return null;
  const [r] = await q.query(
    `SELECT file_name AS "fileName", content_type AS "contentType", content, action_id AS "actionId"
       FROM plan_evidence WHERE la_code = $1 AND id = $2 AND kind = 'file'`, [laCode, id]);
  return r ? { fileName: r.fileName, contentType: r.contentType, content: Buffer.from(r.content), actionId: r.actionId } : null;
}
