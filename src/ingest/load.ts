// Writing an import into the database, inside the import's one transaction: the snapshot row, the
// list rows, duplicate removal, and the stored warnings.
//
// List rows go in by COPY (PostgreSQL's bulk load), in its text format, while the file is still
// being read: on PostgreSQL the server loads one chunk while the importer reads the next. Values
// travel as the text of their stored form ('2018-03-01', '12', 'true') and the COPY casts them.
import type { Queryable } from '../db/database.ts';
import { FingerprintSet } from './duplicates.ts';
import type { Problem } from './problems.ts';
import type { Stored } from './rows.ts';
import type { ColumnDef, ListDef } from './schema.ts';

/** Characters of COPY text sent at once (about 2,500 rows). */
export const CHUNK_CHARS = 256 * 1024;

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value in COPY's text format: \N for null; backslash, tab and line ends escaped. */
export function copyText(v: string | null): string {
  if (v === null) return '\\N';
  // A loop rather than a regular expression: values are short, and every one passes here.
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 92 || c === 9 || c === 10 || c === 13) return v.replace(/[\\\t\n\r]/g, (x) => ESCAPES[x]);
  }
  return v;
}

/**
 * Encodes rows as lines of COPY text (without their line ends), and fingerprints each row's stored
 * values for the duplicate check (duplicates.ts) in the same pass over its characters: this runs
 * for every row of every import. The fingerprint is two 32-bit hashes (FNV-1a and a
 * multiply-rotate hash) over each value's characters followed by an end code outside the range of
 * characters, so that ("ab", "c") and ("a", "bc") differ; null has its own end code, so that null
 * and "" differ.
 */
export class RowEncoder {
  readonly fingerprints = new FingerprintSet();

  encode(prefix: string, values: readonly (string | null)[], extra: string | null): string {
    const texts = new Array<string>(values.length + 2);
    texts[0] = prefix;
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let k = 0; k <= values.length; k++) {
      const v = k < values.length ? values[k] : extra;
      let end = 0x1ffff;
      let special = false;
      if (v !== null) {
        end = 0x10000;
        for (let i = 0; i < v.length; i++) {
          const c = v.charCodeAt(i);
          h1 = Math.imul(h1 ^ c, 0x01000193);
          h2 = Math.imul(((h2 ^ c) << 13) | ((h2 ^ c) >>> 19), 0x5bd1e995);
          if (c === 92 || c === 9 || c === 10 || c === 13) special = true;
        }
      }
      h1 = Math.imul(h1 ^ end, 0x01000193);
      h2 = Math.imul(((h2 ^ end) << 13) | ((h2 ^ end) >>> 19), 0x5bd1e995);
      texts[k + 1] = v === null ? '\\N' : special ? copyText(v) : v;
    }
    this.fingerprints.add(h1, h2);
    return texts.join('\t');
  }
}

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
 * One list's rows as COPY text, a chunk at a time (memory stays flat), noting whether any row may
 * repeat an earlier one (RowEncoder). The chunks go to the list's COPY (import.ts), from this
 * thread or another (../parallel).
 */
export class ChunkBuilder {
  private lines: string[] = [];
  private chars = 0;
  private readonly encoder = new RowEncoder();

  /** `prefix`: the snapshot and council, the values every row starts with. */
  constructor(private readonly prefix: string) {}

  /** Whether some row may repeat an earlier one: then the list is searched for duplicates. */
  get mayHaveDuplicates(): boolean {
    return this.encoder.fingerprints.maybe;
  }

  /** Adds a row (values in the order of the COPY's columns); returns a chunk once one is full. */
  add(rowNo: number, values: readonly Stored[], extra: Record<string, string> | null): string | null {
    const line = this.encoder.encode(this.prefix + rowNo, values, extra ? JSON.stringify(extra) : null);
    this.lines.push(line);
    this.chars += line.length;
    return this.chars >= CHUNK_CHARS ? this.take() : null;
  }

  /** The rows not yet taken as a chunk, or null. */
  take(): string | null {
    if (!this.lines.length) return null;
    const chunk = this.lines.join('\n') + '\n';
    this.lines = [];
    this.chars = 0;
    return chunk;
  }
}

/** The COPY columns of a list's table: the snapshot and council, the row number, the list's columns present, `extra`. */
export function copyColumns(columns: readonly ColumnDef[]): string[] {
  return ['snapshot_id', 'la_code', 'row_no', ...columns.map((c) => c.key), 'extra'];
}

/** The values every row of a snapshot's lists starts with in COPY text. */
export function copyPrefix(snapshotId: number, laCode: string): string {
  return `${snapshotId}\t${laCode}\t`;
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

/**
 * Warnings in one statement: more at once held the whole batch as arrays in the database's memory
 * (PGlite's WebAssembly memory grew 56 MB, and never shrinks, for 100,000 at once; 3 MB for 5,000).
 */
const WARNINGS_PER_STATEMENT = 5000;

/** Stores warnings with the snapshot, a batch at a time. */
export async function storeWarnings(tx: Queryable, snapshotId: number, laCode: string, all: Problem[]): Promise<void> {
  for (let i = 0; i < all.length; i += WARNINGS_PER_STATEMENT) {
    await storeBatch(tx, snapshotId, laCode, all.slice(i, i + WARNINGS_PER_STATEMENT));
  }
}

async function storeBatch(tx: Queryable, snapshotId: number, laCode: string, ws: Problem[]): Promise<void> {
  await tx.query(
    `INSERT INTO snapshot_warnings (snapshot_id, la_code, file, list, row_no, column_name, message)
     SELECT $1, $2, u.file, u.list::smallint, u.row_no::integer, u.column_name, u.message
     FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS u(file, list, row_no, column_name, message)`,
    [snapshotId, laCode, ws.map((w) => w.file), ws.map((w) => (w.list === null ? null : String(w.list))),
      ws.map((w) => (w.row === null ? null : String(w.row))), ws.map((w) => w.column), ws.map((w) => w.message)],
  );
}
