// Writing an import into the database, inside the import's one transaction: the snapshot row, the
// list rows in large batches, duplicate removal, and the stored warnings.
//
// Each batch is one INSERT ... SELECT FROM unnest($n::text[], ...): one statement and one array
// parameter per column, whatever the batch size, which is fast on both PGlite and PostgreSQL (COPY
// would need the raw client, which the Database interface keeps to itself). Values travel as text
// and are cast to their column types in the SELECT.
import type { Queryable } from '../db/database.ts';
import type { Problem } from './problems.ts';
import type { Stored } from './rows.ts';
import type { ColumnDef, ListDef } from './schema.ts';

export const BATCH_ROWS = 5000;

const castTo: Record<ColumnDef['sqlType'], string> = { text: '', date: '::date', integer: '::integer', boolean: '::boolean' };

export async function createSnapshot(tx: Queryable, s: {
  laCode: string; asAt: string; periodStart: string; fileName: string; checksum: string;
  importedBy: number | null; synthetic: boolean;
}): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO snapshots (la_code, as_at, period_start, file_name, checksum, imported_by, synthetic)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [s.laCode, s.asAt, s.periodStart, s.fileName, s.checksum, s.importedBy, s.synthetic],
  );
  return row.id;
}

/**
 * What the snapshot holds: rows per list, and the columns each list had in the file (annex_* names;
 * the `columns` column of migration 003, by which an indicator needing an absent optional column
 * is null rather than 0).
 */
export async function describeSnapshot(tx: Queryable, snapshotId: number, counts: Record<string, number>,
  columns: Record<string, string[]>): Promise<void> {
  await tx.query('UPDATE snapshots SET row_counts = $2::jsonb, columns = $3::jsonb WHERE id = $1',
    [snapshotId, JSON.stringify(counts), JSON.stringify(columns)]);
}

/**
 * Buffers one list's rows and inserts them a batch at a time. One batch may be in flight while the
 * next is read (the database works while the file is parsed); at most two are held.
 */
export class TableWriter {
  private readonly columns: ColumnDef[];
  private readonly sql: string;
  private rowNos: string[] = [];
  private values: Stored[][];
  private extras: (string | null)[] = [];
  private inFlight: Promise<unknown> | null = null;

  constructor(private readonly tx: Queryable, def: ListDef, present: Set<string>,
    private readonly snapshotId: number, private readonly laCode: string) {
    this.columns = def.columns.filter((c) => present.has(c.key));
    this.values = this.columns.map(() => []);
    const names = this.columns.map((c) => c.key);
    const arrays = ['row_no', ...names, 'extra'].map((_, i) => `$${i + 3}::text[]`);
    this.sql = `INSERT INTO ${def.table} (snapshot_id, la_code, row_no, ${[...names, 'extra'].join(', ')})
      SELECT $1, $2, u.row_no::integer, ${[...this.columns.map((c) => `u.${c.key}${castTo[c.sqlType]}`), 'u.extra::jsonb'].join(', ')}
      FROM unnest(${arrays.join(', ')}) AS u(row_no, ${[...names, 'extra'].join(', ')})`;
  }

  async add(rowNo: number, values: Map<string, Stored>, extra: Record<string, string> | null): Promise<void> {
    this.rowNos.push(String(rowNo));
    this.columns.forEach((c, i) => this.values[i].push(values.get(c.key) ?? null));
    this.extras.push(extra ? JSON.stringify(extra) : null);
    if (this.rowNos.length >= BATCH_ROWS) await this.send();
  }

  /** Sends the buffered rows once the previous batch is in. */
  private async send(): Promise<void> {
    await this.inFlight;
    if (!this.rowNos.length) return;
    const params = [this.snapshotId, this.laCode, this.rowNos, ...this.values, this.extras];
    this.rowNos = [];
    this.values = this.columns.map(() => []);
    this.extras = [];
    const sent = this.tx.query(this.sql, params);
    sent.catch(() => undefined); // awaited by the next send or by finish
    this.inFlight = sent;
  }

  /** Inserts what is left and waits for everything to be in. */
  async finish(): Promise<void> {
    await this.send();
    await this.inFlight;
    this.inFlight = null;
  }

  /** The import failed: sends nothing more, and lets a batch in flight end (it is rolled back). */
  async abandon(): Promise<void> {
    await this.inFlight?.catch(() => undefined);
    this.inFlight = null;
  }
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

/** Stores warnings with the snapshot, a batch at a time. */
export async function storeWarnings(tx: Queryable, snapshotId: number, laCode: string, ws: Problem[]): Promise<void> {
  if (!ws.length) return;
  await tx.query(
    `INSERT INTO snapshot_warnings (snapshot_id, la_code, file, list, row_no, column_name, message)
     SELECT $1, $2, u.file, u.list::smallint, u.row_no::integer, u.column_name, u.message
     FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS u(file, list, row_no, column_name, message)`,
    [snapshotId, laCode, ws.map((w) => w.file), ws.map((w) => (w.list === null ? null : String(w.list))),
      ws.map((w) => (w.row === null ? null : String(w.row))), ws.map((w) => w.column), ws.map((w) => w.message)],
  );
}
