// A council's snapshots (one per Annex A import) and the problems of refused imports.
import type { Queryable } from '../db/database.ts';
import type { Problem } from '../ingest/import.ts';

export interface Snapshot {
  id: number;
  laCode: string;
  asAt: string;
  periodStart: string;
  fileName: string;
  checksum: string;
  importedBy: string | null;
  importedAt: Date;
  rowCounts: Record<string, number>;
  synthetic: boolean;
  warningCount: number;
}

const SELECT = `SELECT s.*, u.name AS imported_by_name,
    (SELECT count(*)::int FROM snapshot_warnings w WHERE w.snapshot_id = s.id) AS warning_count
  FROM snapshots s LEFT JOIN users u ON u.id = s.imported_by`;

const toSnapshot = (r: any): Snapshot => ({
  id: Number(r.id), laCode: r.la_code, asAt: r.as_at, periodStart: r.period_start, fileName: r.file_name,
  checksum: r.checksum, importedBy: r.imported_by_name, importedAt: new Date(r.imported_at),
  rowCounts: r.row_counts, synthetic: r.synthetic, warningCount: r.warning_count,
});

/** Newest as-at first. */
export async function listSnapshots(q: Queryable, laCode: string): Promise<Snapshot[]> {
  return (await q.query(`${SELECT} WHERE s.la_code = $1 ORDER BY s.as_at DESC, s.id DESC`, [laCode])).map(toSnapshot);
}

export async function getSnapshot(q: Queryable, laCode: string, id: number): Promise<Snapshot | null> {
  if (!Number.isSafeInteger(id)) return null;
  const [r] = await q.query(`${SELECT} WHERE s.la_code = $1 AND s.id = $2`, [laCode, id]);
  return r ? toSnapshot(r) : null;
}

/** Warnings of a snapshot counted by list, column and message (no child-level data). */
export async function warningSummary(q: Queryable, laCode: string, snapshotId: number) {
  return q.query<{ list: number | null; column_name: string | null; message: string; rows: number }>(
    `SELECT list, column_name, regexp_replace(message, '"[^"]*"', '"…"', 'g') AS message, count(*)::int AS rows
       FROM snapshot_warnings WHERE la_code = $1 AND snapshot_id = $2
      GROUP BY 1, 2, 3 ORDER BY list NULLS FIRST, column_name NULLS FIRST, rows DESC`, [laCode, snapshotId]);
}

export async function recordImportAttempt(q: Queryable, a: { laCode: string; userId: number; fileName: string; asAt: string;
  errorCount: number; warningCount: number; errors: Problem[]; warnings: Problem[] }): Promise<number> {
  await q.query(`DELETE FROM import_attempts WHERE tried_at < now() - interval '7 days'`);
  const [r] = await q.query<{ id: number }>(
    `INSERT INTO import_attempts (la_code, user_id, file_name, as_at, error_count, warning_count, problems)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [a.laCode, a.userId, a.fileName.slice(0, 255), a.asAt, a.errorCount, a.warningCount,
      JSON.stringify({ errors: a.errors, warnings: a.warnings })]);
  return Number(r.id);
}

/** A refused import's problems, only for the person who tried it. */
export async function getImportAttempt(q: Queryable, laCode: string, userId: number, id: number) {
  if (!Number.isSafeInteger(id)) return null;
  const [r] = await q.query(`SELECT * FROM import_attempts WHERE la_code = $1 AND user_id = $2 AND id = $3`, [laCode, userId, id]);
  return r ? { id: Number(r.id), fileName: r.file_name as string, asAt: r.as_at as string, triedAt: new Date(r.tried_at),
    errorCount: r.error_count as number, warningCount: r.warning_count as number,
    errors: r.problems.errors as Problem[], warnings: r.problems.warnings as Problem[] } : null;
}
