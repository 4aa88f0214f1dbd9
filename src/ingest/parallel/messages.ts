// What passes between the importing thread (pool.ts) and a list-reading thread (list-worker.ts).
// Kept apart from the pool, so that a thread loads only what reading needs.
import type { CsvOrigin } from '../input/source.ts';
import type { ListEvent, ListLoad } from '../read-list.ts';
import type { RowContext } from '../rows.ts';

/** What a worker needs to read a list: plain data (the budget's count is shared memory). */
export interface ListJob {
  list: number;
  file: string;
  name: string;
  origin: CsvOrigin;
  ctx: RowContext;
  load: ListLoad;
  maxBytes: number;
  budget: SharedArrayBuffer;
}

/**
 * Messages about a reading carry its id: a worker ignores those about a reading it has finished,
 * which may arrive while it reads another import's list.
 */
export type ToWorker = { type: 'read'; id: number; job: ListJob } | { type: 'ack' | 'stop' | 'cancel'; id: number };
export type FromWorker =
  | { type: 'event'; event: ListEvent }
  | { type: 'crash'; message: string }
  | { type: 'free' };

/** Chunks of COPY data (256 KB each) a worker may send before they are taken. */
export const AHEAD_CHUNKS = 16;
