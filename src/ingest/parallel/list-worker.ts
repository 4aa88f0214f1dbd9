// The worker's side of a list's reading (pool.ts): reads the list (read-list.ts) from its file and
// posts each event back. Chunks of COPY data are moved rather than copied, so the
// importing thread only hands them to the database.
import { parentPort } from 'node:worker_threads';
import { ByteBudget } from '../input/budget.ts';
import { csvSource } from '../input/csv.ts';
import { readList } from '../read-list.ts';
import { AHEAD_CHUNKS, type FromWorker, type ListJob, type ToWorker } from './messages.ts';

const port = parentPort!;
const post = (m: FromWorker, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer);

let current: { id: number; load: { loading: boolean }; cancelled: boolean } | null = null;
let unacked = 0;
let acked: (() => void) | null = null;

port.on('message', (m: ToWorker) => {
  if (m.type === 'read') {
    void run(m.id, m.job);
    return;
  }
  if (m.id !== current?.id) return; // about a reading already finished
  if (m.type === 'stop') {
    current.load.loading = false;
    return;
  }
  if (m.type === 'ack') unacked--;
  else current.cancelled = true;
  // A reading waiting for room (or told to stop) goes on.
  const wake = acked;
  acked = null;
  wake?.();
});

async function run(id: number, job: ListJob): Promise<void> {
  const state = { id, load: job.load, cancelled: false };
  current = state;
  unacked = 0;
  try {
    const src = csvSource(job.list, job.file, job.name, job.origin, new ByteBudget(job.maxBytes, job.budget));
    for await (const event of readList(src, job.ctx, state.load)) {
      while (unacked >= AHEAD_CHUNKS && !state.cancelled) await new Promise<void>((resolve) => { acked = resolve; });
      if (state.cancelled) break; // leaving the loop closes the file
      if (event.kind !== 'chunk') {
        post({ type: 'event', event });
        continue;
      }
      unacked++;
      // A chunk has a buffer of its own (encode.ts), which is moved to the other thread.
      post({ type: 'event', event }, [event.data.buffer as ArrayBuffer]);
    }
  } catch (err) {
    post({ type: 'crash', message: err instanceof Error ? err.message : String(err) });
  } finally {
    current = null;
    post({ type: 'free' });
  }
}
