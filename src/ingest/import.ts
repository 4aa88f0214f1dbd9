// Importing an Annex A extract, all or nothing (annex-a-input.md): read every list, streaming;
// validate every row; load the rows of a clean file into one snapshot inside ONE transaction. Any
// error rolls everything back, so a file with errors stores nothing and changes nothing. Reading
// carries on after the first error (without inserting) so that every problem is reported.
import { basename } from 'node:path';
import { type Actor, recordAudit } from '../audit/audit.ts';
import type { Database, Queryable } from '../db/database.ts';
import { defaultPeriodStart, isIsoDate } from '../domain/calendar/index.ts';
import { type HeaderMatch, columnLetter, matchHeaders } from './headers.ts';
import { InputError, MB } from './input/budget.ts';
import { type OpenedInput, openInput } from './input/open.ts';
import type { ListSource } from './input/source.ts';
import { createSnapshot, describeSnapshot, removeDuplicates, storeWarnings, TableWriter } from './load.ts';
import { type Problem, ProblemList } from './problems.ts';
import { isBlankRow, RowReader } from './rows.ts';
import { listDef } from './schema.ts';

export type { Problem } from './problems.ts';

export interface ImportOptions {
  laCode: string;
  asAt: string;
  /** Default (indicators.md): addMonths(asAt + 1 day, -6), clamped to the month's end. */
  periodStart?: string;
  /** The name the user knows the file by (an upload's original name); default: the path's. */
  fileName?: string;
  importedBy?: number | null;
  /** Who imported, for the audit trail: the user's name, or 'cli'. */
  actorLabel?: string;
  /** Default 1 GB. */
  maxUnpackedBytes?: number;
  synthetic?: boolean;
}

export interface ImportResult {
  ok: boolean;
  snapshotId: number | null;
  /** The first MAX_KEPT errors; errorCount counts them all. */
  errors: Problem[];
  /** The first MAX_KEPT warnings; warningCount counts them all. */
  warnings: Problem[];
  errorCount: number;
  warningCount: number;
  /** Rows per list present ("8": 412), after duplicates are removed. */
  rowCounts: Record<string, number>;
  /** sha256 of the input bytes ('' when the input could not be read). */
  checksum: string;
  asAt: string;
  periodStart: string;
}

export const DEFAULT_MAX_UNPACKED_BYTES = 1024 * MB;
/** Problems returned to the caller, of each kind. */
export const MAX_KEPT = 1000;
/** Warnings stored with a snapshot; beyond this one more says how many were not stored. */
export const MAX_STORED_WARNINGS = 100_000;

/** Thrown inside the transaction to roll it back; never escapes this module. */
class RollBack extends Error {}

/** Imports the file into a new snapshot, or stores nothing when it has errors. */
export function importAnnexA(db: Database, source: { path: string }, opts: ImportOptions): Promise<ImportResult> {
  return run(db, source, opts, false);
}

/**
 * Everything an import does, duplicates included, then rolled back: the result an import would
 * give, with nothing stored (snapshotId is null).
 */
export function checkAnnexA(db: Database, source: { path: string }, opts: ImportOptions): Promise<ImportResult> {
  return run(db, source, opts, true);
}

/**
 * Warnings kept for the result, and stored with the snapshot (up to a limit) once every list is
 * loaded: not while one is, when the transaction's connection is busy with the list's COPY.
 */
class Warnings {
  readonly list = new ProblemList(MAX_KEPT);
  private pending: Problem[] = [];
  private stored = 0;
  target: { tx: Queryable; snapshotId: number; laCode: string } | null = null;

  add(p: Problem): void {
    this.list.add(p);
    if (!this.target || this.stored >= MAX_STORED_WARNINGS) return;
    this.pending.push(p);
    this.stored++;
  }

  /** How many more may be stored. */
  room(): number {
    return MAX_STORED_WARNINGS - this.stored;
  }

  async flush(): Promise<void> {
    if (!this.target) return;
    const { tx, snapshotId, laCode } = this.target;
    await storeWarnings(tx, snapshotId, laCode, this.pending);
    this.pending = [];
  }

  async finish(file: string): Promise<void> {
    const notStored = this.list.count - this.stored;
    if (this.target && notStored > 0) {
      this.pending.push({ file, list: null, row: null, column: null,
        message: `${notStored} more warnings were found but not stored (the first ${MAX_STORED_WARNINGS} are)` });
    }
    await this.flush();
  }
}

interface Run {
  opts: Required<Pick<ImportOptions, 'laCode' | 'asAt'>> & { periodStart: string };
  input: OpenedInput;
  errors: ProblemList;
  warnings: Warnings;
  rowCounts: Record<string, number>;
  /** The list's columns present in the file, by list (annex_* names). */
  columns: Record<string, string[]>;
  /** Where rows go while the import is still clean. */
  load: { tx: Queryable; snapshotId: number } | null;
  /** Lists in which some row may repeat an earlier one (searched exactly before committing). */
  mayHaveDuplicates: Set<number>;
  /** Each list's COPY, still loading while the next list is read. */
  loading: Promise<void>[];
}

async function run(db: Database, source: { path: string }, o: ImportOptions, dryRun: boolean): Promise<ImportResult> {
  const fileName = o.fileName ?? basename(source.path);
  const errors = new ProblemList(MAX_KEPT);
  const warnings = new Warnings();
  const asAt = o.asAt;
  const periodStart = o.periodStart ?? (isIsoDate(asAt) ? defaultPeriodStart(asAt) : '');
  const result = (ok: boolean, snapshotId: number | null, checksum: string, rowCounts: Record<string, number>): ImportResult =>
    ({ ok, snapshotId, errors: errors.kept, warnings: warnings.list.kept, errorCount: errors.count,
      warningCount: warnings.list.count, rowCounts, checksum, asAt, periodStart });
  const optionError = (message: string) => errors.add({ file: fileName, list: null, row: null, column: null, message });

  if (!/^\d{3}$/.test(o.laCode)) optionError('The council code must be three digits (the DfE local authority code, e.g. 211)');
  if (!isIsoDate(asAt)) optionError('The as-at date must be a date written yyyy-mm-dd');
  else if (!isIsoDate(periodStart)) optionError('The period start must be a date written yyyy-mm-dd');
  else if (periodStart > asAt) optionError('The period start is after the as-at date');
  if (errors.count) return result(false, null, '', {});

  let input: OpenedInput & { checksum: string };
  try {
    input = await openInput(source.path, fileName, o.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    errors.add({ file: err.file, list: null, row: null, column: null, message: err.message });
    return result(false, null, '', {});
  }
  for (const e of input.errors) errors.add(e);
  const r: Run = { opts: { laCode: o.laCode, asAt, periodStart }, input, errors, warnings, rowCounts: {}, columns: {}, load: null,
    mayHaveDuplicates: new Set(), loading: [] };
  let snapshotId: number | null = null;

  try {
    await db.transaction(async (tx) => {
      const council = await tx.query('SELECT 1 FROM councils WHERE la_code = $1', [o.laCode]);
      if (!council.length) optionError(`Council ${o.laCode} is not set up in Uplift: add it first`);
      if (!errors.count) {
        const id = await createSnapshot(tx, { laCode: o.laCode, asAt, periodStart, fileName, checksum: input.checksum,
          importedBy: o.importedBy ?? null, synthetic: o.synthetic ?? false });
        r.load = { tx, snapshotId: id };
        warnings.target = { tx, snapshotId: id, laCode: o.laCode };
      }
      for (const w of input.warnings) warnings.add(w);
      await readAll(r);
      if (!input.sources.length && !errors.count) {
        optionError('No Annex A lists found: name each sheet or file after its list ("List 1" to "List 11")');
      }
      await Promise.all(r.loading);
      if (errors.count || !r.load) throw new RollBack();
      await warnings.flush();
      await removeAllDuplicates(r);
      await describeSnapshot(tx, r.load.snapshotId, r.rowCounts, r.columns);
      await warnings.finish(fileName);
      await recordAudit(tx, actorOf(o), {
        laCode: o.laCode, action: 'import', entity: 'snapshots', entityId: r.load.snapshotId,
        summary: summary(r),
        after: { as_at: asAt, period_start: periodStart, row_counts: r.rowCounts, warnings: warnings.list.count },
      });
      if (dryRun) throw new RollBack();
      snapshotId = r.load.snapshotId;
    });
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  } finally {
    input.close();
  }
  return result(errors.count === 0, snapshotId, input.checksum, r.rowCounts);
}

function actorOf(o: ImportOptions): Actor {
  return { userId: o.importedBy ?? null, label: o.actorLabel ?? (o.importedBy == null ? 'cli' : 'user') };
}

function summary(r: Run): string {
  const lists = Object.keys(r.rowCounts);
  const rows = Object.values(r.rowCounts).reduce((a, b) => a + b, 0);
  return `Imported Annex A as at ${r.opts.asAt}: ${lists.length} lists (${lists.join(', ')}), ${rows} rows, `
    + `${r.warnings.list.count} warnings`;
}

/** After an error nothing more is written: the transaction will be rolled back. */
function stopLoading(r: Run): void {
  r.load = null;
  r.warnings.target = null;
}

async function readAll(r: Run): Promise<void> {
  for (const src of r.input.sources) {
    try {
      await readSource(r, src);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      r.errors.add({ file: err.file, list: src.list, row: null, column: null, message: err.message });
      stopLoading(r);
      if (err.fatal) return;
    }
  }
}

async function readSource(r: Run, src: ListSource): Promise<void> {
  const def = listDef(src.list)!;
  const ctx = { asAt: r.opts.asAt, date1904: r.input.date1904 };
  const at = (row: number | null, column: string | null, message: string): Problem =>
    ({ file: src.file, list: src.list, row, column, message });
  let header: HeaderMatch | null = null;
  let reader: RowReader | null = null;
  let writer: TableWriter | null = null;
  // After an error nothing more is loaded, and the COPY under way must end before the rollback.
  const stopWriting = async () => {
    const w = writer;
    writer = null;
    await w?.abandon();
  };
  const unnamedWarned = new Set<number>();
  let rows = 0;
  try {
    for await (const batch of src.rows()) for (const { rowNo, cells } of batch) {
      if (isBlankRow(cells)) continue;
      if (!header) {
        header = matchHeaders(def, cells);
        for (const e of header.errors) r.errors.add(at(rowNo, e.column, e.message));
        for (const w of header.warnings) r.warnings.add(at(rowNo, w.column, w.message));
        if (header.errors.length) stopLoading(r);
        reader = new RowReader(def, header, ctx);
        if (r.load) writer = new TableWriter(r.load.tx, def, reader.columns, r.load.snapshotId, r.opts.laCode);
        continue;
      }
      rows++;
      const row = reader!.read(cells);
      for (const e of row.errors) r.errors.add(at(rowNo, e.column, e.message));
      for (const w of row.warnings) r.warnings.add(at(rowNo, w.column, w.message));
      for (const i of row.unnamed) {
        if (unnamedWarned.has(i)) continue;
        unnamedWarned.add(i);
        r.warnings.add(at(rowNo, null, `Values in column ${columnLetter(i)}, which has no header, are ignored`));
      }
      if (row.errors.length) stopLoading(r);
      if (r.load && writer) {
        const full = writer.add(rowNo, row.values, row.extra);
        if (full) await full;
      } else if (writer) await stopWriting();
    }
    if (writer) {
      r.loading.push((await writer.finish()).loaded);
      if (writer.mayHaveDuplicates) r.mayHaveDuplicates.add(src.list);
      writer = null;
    }
  } finally {
    await stopWriting();
  }
  if (!header) {
    r.warnings.add(at(null, null, `"${src.name}" is empty: list ${src.list} is treated as absent`));
    return;
  }
  r.rowCounts[String(src.list)] = rows;
  r.columns[String(src.list)] = def.columns.filter((c) => header!.present.has(c.key)).map((c) => c.key);
}

async function removeAllDuplicates(r: Run): Promise<void> {
  const { tx, snapshotId } = r.load!;
  for (const src of r.input.sources) {
    const key = String(src.list);
    if (!(key in r.rowCounts) || !r.mayHaveDuplicates.has(src.list)) continue;
    const def = listDef(src.list)!;
    const { removed, pairs } = await removeDuplicates(tx, def, snapshotId, Math.max(0, r.warnings.room()));
    r.rowCounts[key] -= removed;
    for (const [row, first] of pairs) {
      r.warnings.add({ file: src.file, list: src.list, row, column: null,
        message: `Duplicate of row ${first} (identical in every column): only row ${first} is kept` });
    }
    // Duplicates beyond what can be stored are still counted.
    r.warnings.list.count += removed - pairs.length;
  }
}
