// Importing an Annex A extract, all or nothing (annex-a-input.md): read every list, streaming;
// validate every row; load the rows of a clean file into one snapshot inside ONE transaction. Any
// error rolls everything back, so a file with errors stores nothing and changes nothing. Reading
// carries on after the first error (without inserting) so that every problem is reported.
import { basename } from 'node:path';
import { type Actor, recordAudit } from '../audit/audit.ts';
import type { CopyIn, Database, Queryable } from '../db/database.ts';
import { defaultPeriodStart, isIsoDate } from '../domain/calendar/index.ts';
import { InputError, MB } from './input/budget.ts';
import { type OpenedInput, openInput } from './input/open.ts';
import type { ListSource } from './input/source.ts';
import { createSnapshot, describeSnapshot, removeDuplicates, storeWarnings } from './load.ts';
import { type ListReaders, chooseReaders, type ReadersChoice } from './parallel/readers.ts';
import { MAX_KEPT, MAX_STORED_WARNINGS, type Problem, ProblemList } from './problems.ts';
import type { ListEvent, ListLoad, ListOutcome } from './read-list.ts';
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
  /**
   * Where lists are read: on this thread, on worker threads (several lists at once, while this
   * one loads), or 'auto' (the default: threads for a large input on PostgreSQL; parallel/readers.ts).
   */
  readers?: ReadersChoice;
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
export { MAX_KEPT, MAX_STORED_WARNINGS };

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
    const batch = this.pending;
    this.pending = [];
    await storeWarnings(tx, snapshotId, laCode, batch);
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
  /** Each list's COPY (and the warnings'), still loading while the next list is read. */
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

  let input: OpenedInput & { checksum: Promise<string> };
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
  let readers = null as ListReaders | null;
  let snapshotId: number | null = null;

  try {
    await db.transaction(async (tx) => {
      const council = await tx.query('SELECT 1 FROM councils WHERE la_code = $1', [o.laCode]);
      if (!council.length) optionError(`Council ${o.laCode} is not set up in Uplift: add it first`);
      if (!errors.count) {
        const id = await createSnapshot(tx, { laCode: o.laCode, asAt, periodStart, fileName,
          importedBy: o.importedBy ?? null, synthetic: o.synthetic ?? false });
        r.load = { tx, snapshotId: id };
        warnings.target = { tx, snapshotId: id, laCode: o.laCode };
      }
      for (const w of input.warnings) warnings.add(w);
      const load: ListLoad = { target: r.load ? { snapshotId: r.load.snapshotId, laCode: o.laCode } : null, loading: r.load !== null };
      readers = chooseReaders(o.readers ?? 'auto', db.engine, input, { asAt, date1904: input.date1904 }, load);
      await readAll(r, readers);
      if (!input.sources.length && !errors.count) {
        optionError('No Annex A lists found: name each sheet or file after its list ("List 1" to "List 11")');
      }
      // The lists' warnings go to the database behind their rows, while the server loads those.
      if (!errors.count && r.load) later(r, warnings.flush());
      await Promise.all(r.loading);
      if (errors.count || !r.load) throw new RollBack();
      await removeAllDuplicates(r);
      await describeSnapshot(tx, r.load.snapshotId, r.rowCounts, r.columns, await input.checksum);
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
    readers?.close();
    input.close();
  }
  return result(errors.count === 0, snapshotId, await input.checksum, r.rowCounts);
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

/** Work the database finishes while the import reads on: awaited after the last list. */
function later(r: Run, loaded: Promise<void>): void {
  loaded.catch(() => undefined); // seen by that await, not as an unhandled rejection meanwhile
  r.loading.push(loaded);
}

/** After an error nothing more is written: the transaction will be rolled back. */
function stopLoading(r: Run): void {
  r.load = null;
  r.warnings.target = null;
}

/** Every list in list order, whichever thread reads it. A fatal problem (the size limit) stops the rest. */
async function readAll(r: Run, readers: ListReaders): Promise<void> {
  const sources = r.input.sources;
  for (let i = 0; i < sources.length; i++) {
    const outcome = await loadList(r, sources[i], readers.events(i));
    takeOutcome(r, sources[i], outcome);
    if (!r.load) readers.stopLoading();
    if (outcome.failure?.fatal) return;
  }
}

/**
 * Sends a list's rows to its table by COPY as they arrive; resolves with what its reading found.
 * The COPY's end is not waited for: the next list is read while the database loads this one's last rows.
 */
async function loadList(r: Run, src: ListSource, events: AsyncIterable<ListEvent>): Promise<ListOutcome> {
  let columns: string[] = [];
  let copy: CopyIn | null = null;
  for await (const ev of events) {
    if (ev.kind === 'copy') columns = ev.columns;
    else if (ev.kind === 'chunk') {
      if (!r.load) continue; // an error in an earlier list: nothing more is loaded
      copy ??= await r.load.tx.copyIn(listDef(src.list)!.table, columns);
      await copy.write(ev.data);
    } else {
      if (copy) later(r, copy.end());
      return ev.outcome;
    }
  }
  throw new Error(`The reading of list ${src.list} ended without its outcome`);
}

/** A list's problems join the import's in list order; a clean list's row count and columns are noted. */
function takeOutcome(r: Run, src: ListSource, o: ListOutcome): void {
  for (const e of o.errors) r.errors.add(e);
  r.errors.count += o.errorCount - o.errors.length;
  for (const w of o.warnings) r.warnings.add(w);
  r.warnings.list.count += o.warningCount - o.warnings.length;
  if (o.errorCount) stopLoading(r);
  if (o.failure) {
    r.errors.add({ file: o.failure.file, list: src.list, row: null, column: null, message: o.failure.message });
    stopLoading(r);
  } else if (o.columns) {
    r.rowCounts[String(src.list)] = o.rows;
    r.columns[String(src.list)] = o.columns;
    if (o.mayHaveDuplicates) r.mayHaveDuplicates.add(src.list);
  }
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
