// Who reads an import's lists. Reading (parsing, checking every cell, encoding rows for COPY) is the
// import's own work, more JavaScript a row than PostgreSQL takes to load it; on one thread it is
// what an import waits for. On worker threads several lists are read at once while this thread only
// passes their rows to the database (issue: validated import within 2x of plain COPY). Both ways
// run the same reading (read-list.ts) and are taken in list order (import.ts).
import { availableParallelism } from 'node:os';
import type { OpenedInput } from '../input/open.ts';
import { MB } from '../input/budget.ts';
import { type ListEvent, type ListLoad, readList } from '../read-list.ts';
import type { RowContext } from '../rows.ts';
import { readerPool } from './pool.ts';

export type ReadersChoice = 'auto' | 'inline' | 'threads';

export interface ListReaders {
  readonly kind: 'inline' | 'threads';
  /** The events of the list at `index` of the input's sources; asked for once each, in order. */
  events(index: number): AsyncIterable<ListEvent>;
  /** An error: from now on lists are only checked, not encoded for loading. */
  stopLoading(): void;
  /** The import is over or stopped: readings not taken are abandoned. */
  close(): void;
}

/**
 * Below this an import takes a fraction of a second and threads gain nothing. On PGlite the
 * database shares this process's memory, which an import keeps under 500 MB; threads would each
 * add a JavaScript heap of their own, so PGlite reads on this thread.
 */
export const THREADS_MIN_BYTES = 2 * MB;

/**
 * Threads pay for themselves when the database server and a second reader each have a core. On two
 * cores one thread reading while the server loads is as fast, within a few percent either way, and
 * holds far less memory (docs/benchmarks.md: a 1 GB import peaked at 281 MB on one thread, 442 MB
 * on threads).
 */
export const THREADS_MIN_CORES = 3;

export function chooseReaders(choice: ReadersChoice, engine: 'pglite' | 'postgres', input: OpenedInput, ctx: RowContext,
  load: ListLoad, cores = availableParallelism()): ListReaders {
  const canThread = input.sources.every((s) => s.origin); // a workbook's sheets are read where it was opened
  const worthIt = engine === 'postgres' && input.bytes >= THREADS_MIN_BYTES && cores >= THREADS_MIN_CORES;
  const threads = canThread && (choice === 'threads' || (choice === 'auto' && worthIt));
  return threads ? threadReaders(input, ctx, load) : inlineReaders(input, ctx, load);
}

function inlineReaders(input: OpenedInput, ctx: RowContext, load: ListLoad): ListReaders {
  return {
    kind: 'inline',
    events: (i) => readList(input.sources[i], ctx, load),
    stopLoading: () => { load.loading = false; },
    close() {},
  };
}

/** Every list is queued at once; the pool reads as many at a time as it has workers. */
function threadReaders(input: OpenedInput, ctx: RowContext, load: ListLoad): ListReaders {
  const pool = readerPool();
  const readings = input.sources.map((src) => pool.read(() => ({
    list: src.list, file: src.file, name: src.name, origin: src.origin!, ctx,
    // Read when the list starts: a list queued behind an error is only checked.
    load: { ...load }, maxBytes: input.budget.maxBytes, budget: input.budget.shared,
  })));
  return {
    kind: 'threads',
    events: (i) => readings[i].events(),
    stopLoading() {
      load.loading = false;
      for (const r of readings) r.stopLoading();
    },
    close() {
      for (const r of readings) r.cancel();
    },
  };
}
