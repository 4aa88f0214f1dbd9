// Reading one list of an import: its header, then every row checked (annex-a-input.md) and, while
// the import is clean, encoded for the COPY into the list's table (encode.ts). It runs on the
// importing thread or on another one (./parallel): all it finds leaves as events of plain data, which the import
// (import.ts) takes in list order whichever thread read them, so both ways give the same result.
import { columnLetter, type HeaderMatch, matchHeaders } from './headers.ts';
import { InputError } from './input/budget.ts';
import type { ListSource } from './input/source.ts';
import { ChunkBuilder, copyColumns, type LoadTarget } from './encode.ts';
import { MAX_KEPT, MAX_STORED_WARNINGS, type Problem, ProblemList } from './problems.ts';
import { isBlankRow, type RowContext, RowReader } from './rows.ts';
import { listDef } from './schema.ts';

export type ListEvent =
  /** The list's rows follow, for a COPY into these columns of its table. */
  | { kind: 'copy'; columns: string[] }
  /** Whole rows in COPY's binary format. */
  | { kind: 'chunk'; data: Uint8Array }
  | { kind: 'end'; outcome: ListOutcome };

export interface ListOutcome {
  /** The list's columns present in the file (annex_* names); null when the list has no header row. */
  columns: string[] | null;
  /** Data rows read (blank rows are not rows). */
  rows: number;
  /** The first MAX_KEPT errors, in the order found; errorCount counts them all. */
  errors: Problem[];
  errorCount: number;
  /** The first MAX_STORED_WARNINGS warnings (as many as an import stores); warningCount counts them all. */
  warnings: Problem[];
  warningCount: number;
  /** Some row may repeat an earlier one: the stored list is searched exactly (load.ts). */
  mayHaveDuplicates: boolean;
  /** The reading stopped on a problem with the file (fatal: with the whole input, e.g. its size). */
  failure: { file: string; message: string; fatal: boolean } | null;
}

/** Whether and how rows are loaded; shared by the lists of one import. */
export interface ListLoad {
  /** The snapshot the rows go to; null: check only, load nothing. */
  target: LoadTarget | null;
  /**
   * Cleared on the first error anywhere in the import (the transaction will be rolled back): the
   * rows are still read and checked, so that every problem is reported, but no longer encoded.
   */
  loading: boolean;
}

export async function* readList(src: ListSource, ctx: RowContext, load: ListLoad): AsyncGenerator<ListEvent, void, undefined> {
  const def = listDef(src.list)!;
  const errors = new ProblemList(MAX_KEPT);
  const warnings = new ProblemList(MAX_STORED_WARNINGS);
  const at = (row: number | null, column: string | null, message: string): Problem =>
    ({ file: src.file, list: src.list, row, column, message });
  let header: HeaderMatch | null = null;
  let reader: RowReader | null = null;
  let builder: ChunkBuilder | null = null;
  let mayHaveDuplicates = false;
  let failure: ListOutcome['failure'] = null;
  const unnamedWarned = new Set<number>();
  let rows = 0;
  try {
    for await (const batch of src.rows()) for (const { rowNo, cells } of batch) {
      if (!header) {
        if (isBlankRow(cells)) continue;
        header = matchHeaders(def, cells);
        for (const e of header.errors) errors.add(at(rowNo, e.column, e.message));
        for (const w of header.warnings) warnings.add(at(rowNo, w.column, w.message));
        if (header.errors.length) load.loading = false;
        reader = new RowReader(def, header, ctx);
        if (load.loading && load.target !== null) {
          builder = new ChunkBuilder(load.target, reader.columns);
          yield { kind: 'copy', columns: copyColumns(reader.columns) };
        }
        continue;
      }
      const row = reader!.read(cells);
      if (!row) continue;
      rows++;
      for (const e of row.errors) errors.add(at(rowNo, e.column, e.message));
      for (const w of row.warnings) warnings.add(at(rowNo, w.column, w.message));
      for (const i of row.unnamed) {
        if (unnamedWarned.has(i)) continue;
        unnamedWarned.add(i);
        warnings.add(at(rowNo, null, `Values in column ${columnLetter(i)}, which has no header, are ignored`));
      }
      if (row.errors.length) load.loading = false;
      if (!builder) continue;
      if (!load.loading) {
        builder = null;
        continue;
      }
      const chunk = builder.add(rowNo, row.values, row.extra);
      if (chunk) yield { kind: 'chunk', data: chunk };
    }
    const rest = builder?.take();
    if (rest) yield { kind: 'chunk', data: rest };
    mayHaveDuplicates = builder?.mayHaveDuplicates ?? false;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    failure = { file: err.file, message: err.message, fatal: err.fatal };
    load.loading = false;
  }
  if (!header && !failure) warnings.add(at(null, null, `"${src.name}" is empty: list ${src.list} is treated as absent`));
  const columns = header && !failure ? def.columns.filter((c) => header!.present.has(c.key)).map((c) => c.key) : null;
  yield { kind: 'end', outcome: { columns, rows, errors: errors.kept, errorCount: errors.count, warnings: warnings.kept,
    warningCount: warnings.count, mayHaveDuplicates, failure } };
}
