// Writing an import into the database, inside the import's one transaction: the snapshot row,
// duplicate removal, and the stored warnings. The list rows themselves go in by COPY while the file
// is still being read (encode.ts, import.ts).
import { CopyTupleWriter } from '../db/copy-binary.ts';
import type { Queryable } from '../db/database.ts';
import { CHUNK_BYTES } from './encode.ts';
import type { Problem } from './problems.ts';
import type { ListDef } from './schema.ts';

/** The snapshot's row; its checksum, computed while the lists are read, is set by describeSnapshot. */
export async function createSnapshot(tx: Queryable, s: {
  laCode: string; asAt: string; periodStart: string; fileName: string; importedBy: number | null; synthetic: boolean;
}): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO snapshots (la_code, as_at, period_start, file_name, checksum, imported_by, synthetic)
     VALUES ($1, $2, $3, $4, '', $5, $6) RETURNING id`,
    [s.laCode, s.asAt, s.periodStart, s.fileName, s.importedBy, s.synthetic],
  );
  return row.id;
}

/**
 * What the snapshot holds: rows per list, and the columns each list had in the file (annex_* names;
 * the `columns` column of migration 003, by which an indicator needing an absent optional column
 * is null rather than 0); and the input's checksum.
 */
export async function describeSnapshot(tx: Queryable, snapshotId: number, counts: Record<string, number>,
  columns: Record<string, string[]>, checksum: string): Promise<void> {
  await tx.query('UPDATE snapshots SET row_counts = $2::jsonb, columns = $3::jsonb, checksum = $4 WHERE id = $1',
    [snapshotId, JSON.stringify(counts), JSON.stringify(columns), checksum]);
}

/**
 * Rows identical in every column after reading are one row (indicators.md, Conventions): the
 * first is kept, the later ones are deleted. Returns how many were deleted and, for warnings, the
 * first `sample` of them with the row each repeats.
 */
export async function removeDuplicates(tx: Queryable, def: ListDef, snapshotId: number, sample: number):
  Promise<{ removed: number; pairs: [row: number, first: number][] }> {
  const columns = [...def.columns.map((c) => c.key), 'extra'].join(', ');
  const [r] = await tx.query<{ removed: number; pairs: [number, number][] }>(
    `WITH ranked AS (
       SELECT row_no, first_value(row_no) OVER w AS first_row, row_number() OVER w AS n
       FROM ${def.table} WHERE snapshot_id = $1
       -- Rows equal in every stored column have equal text forms, so one hash partitions them (far
       -- cheaper to sort than every column).
       WINDOW w AS (PARTITION BY md5(row(${columns})::text) ORDER BY row_no)
     ), removed AS (
       DELETE FROM ${def.table} t USING ranked r
       WHERE t.snapshot_id = $1 AND t.row_no = r.row_no AND r.n > 1
       RETURNING r.row_no, r.first_row
     )
     SELECT (SELECT count(*) FROM removed)::integer AS removed,
            (SELECT coalesce(json_agg(json_build_array(row_no, first_row) ORDER BY row_no), '[]'::json)
               FROM (SELECT row_no, first_row FROM removed ORDER BY row_no LIMIT $2) s) AS pairs`,
    [snapshotId, sample],
  );
  return { removed: r.removed, pairs: r.pairs };
}

/** Stores warnings with the snapshot, by COPY (on PostgreSQL, queued behind the lists' COPYs). */
export async function storeWarnings(tx: Queryable, snapshotId: number, laCode: string, all: Problem[]): Promise<void> {
  if (!all.length) return;
  const copy = await tx.copyIn('snapshot_warnings', ['snapshot_id', 'la_code', 'file', 'list', 'row_no', 'column_name', 'message']);
  const w = new CopyTupleWriter(CHUNK_BYTES + 64 * 1024);
  for (const p of all) {
    w.beginRow(7);
    w.int64(snapshotId);
    w.text(laCode);
    textOrNull(w, p.file);
    if (p.list === null) w.null();
    else w.int16(p.list);
    if (p.row === null) w.null();
    else w.int32(p.row);
    textOrNull(w, p.column);
    w.text(p.message);
    if (w.pos >= CHUNK_BYTES) await copy.write(w.take());
  }
  if (w.pos) await copy.write(w.take());
  await copy.end();
}

function textOrNull(w: CopyTupleWriter, s: string | null): void {
  if (s === null) w.null();
  else w.text(s);
}
