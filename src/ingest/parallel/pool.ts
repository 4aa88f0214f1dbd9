// Worker threads that read lists (list-worker.ts), kept for the life of the process: starting one
// (Node, then the TypeScript loader and the importer's modules) takes a few hundred milliseconds,
// which a server pays once, not per import. Idle workers do not keep the process alive.
//
// Memory stays bounded: a worker runs one list at a time and sends at most AHEAD_CHUNKS chunks of
// COPY data before the importing thread has taken them (a list read ahead of its turn waits there),
// and only as many lists are read at once as there are workers.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ListEvent } from '../read-list.ts';
import type { FromWorker, ListJob, ToWorker } from './messages.ts';

/** Two lists at once keep both cores of a small server busy with the database; more if there are more cores. */
const POOL_SIZE = Math.max(2, Math.min(4, availableParallelism()));

const WORKER_URL = new URL('./list-worker.mjs', import.meta.url);

/**
 * A worker's heap (old generation). What a reading keeps is small (at most 100,000 warnings, about
 * 15 MB; the duplicate fingerprints are outside the heap), but a heap left to grow collects late:
 * with Node's default the `uplift import` of 1 GB on PostgreSQL peaked at 444-550 MB (300 MB and
 * 1 GB extracts, bench/import-memory.ts); with this bound 429-466 MB.
 */
const WORKER_HEAP_MB = 64;

/** One list's reading on a worker, as the importing thread sees it. */
export class ThreadReading {
  private readonly queue: ListEvent[] = [];
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  private worker: PooledWorker | null = null;
  private ended = false;
  cancelled = false;

  constructor(readonly id: number, readonly job: () => ListJob) {}

  /** Takes the worker's events, in order; a crash of the worker is thrown here. */
  async *events(): AsyncGenerator<ListEvent> {
    for (;;) {
      if (this.queue.length) {
        const ev = this.queue.shift()!;
        if (ev.kind === 'chunk') this.tell('ack');
        yield ev;
        if (ev.kind === 'end') return;
        continue;
      }
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => { this.wake = resolve; });
    }
  }

  stopLoading(): void {
    this.tell('stop');
  }

  /** Abandons the reading: queued, it never starts; under way, the worker stops it. */
  cancel(): void {
    if (this.cancelled || this.ended) return;
    this.cancelled = true;
    this.queue.length = 0;
    this.tell('cancel');
  }

  private tell(type: 'ack' | 'stop' | 'cancel'): void {
    if (!this.ended || type === 'ack') this.worker?.post({ type, id: this.id });
  }

  /** Called by the pool. */
  started(worker: PooledWorker): void {
    this.worker = worker;
  }

  received(ev: ListEvent): void {
    if (this.cancelled) return;
    if (ev.kind === 'end') this.ended = true;
    this.queue.push(ev);
    this.notify();
  }

  failed(err: Error): void {
    this.ended = true;
    this.failure = err;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

class PooledWorker {
  private readonly worker: Worker;
  reading: ThreadReading | null = null;

  constructor(private readonly onFree: (w: PooledWorker) => void, private readonly onExit: (w: PooledWorker) => void) {
    // The worker registers the TypeScript loader itself (list-worker.mjs): flags like --import are not passed on.
    this.worker = new Worker(WORKER_URL, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.worker.on('message', (m: FromWorker) => this.message(m));
    this.worker.on('error', (err) => this.fail((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new Error(`A list-reading thread ran out of memory (${WORKER_HEAP_MB} MB)`) : err));
    this.worker.on('exit', () => {
      this.fail(new Error('A list-reading thread stopped unexpectedly'));
      this.onExit(this);
    });
    // After the listeners, which would otherwise hold the process open.
    this.worker.unref();
  }

  run(reading: ThreadReading): void {
    this.reading = reading;
    reading.started(this);
    this.post({ type: 'read', id: reading.id, job: reading.job() });
  }

  post(m: ToWorker): void {
    this.worker.postMessage(m);
  }

  private message(m: FromWorker): void {
    const reading = this.reading;
    if (m.type === 'free') {
      this.reading = null;
      this.onFree(this);
    } else if (m.type === 'event') reading?.received(m.event);
    else reading?.failed(new Error(`Reading a list failed: ${m.message}`));
  }

  private fail(err: Error): void {
    this.reading?.failed(err);
    this.reading = null;
  }
}

export class ReaderPool {
  private readonly idle: PooledWorker[] = [];
  private readonly waiting: ThreadReading[] = [];
  private count = 0;
  private nextId = 1;

  constructor(private readonly size: number) {}

  /** Queues a list's reading; it starts when a worker is free. */
  read(job: () => ListJob): ThreadReading {
    const reading = new ThreadReading(this.nextId++, job);
    this.waiting.push(reading);
    this.dispatch();
    return reading;
  }

  private dispatch(): void {
    for (;;) {
      while (this.waiting.length && this.waiting[0].cancelled) this.waiting.shift();
      if (!this.waiting.length) return;
      let worker = this.idle.pop();
      if (!worker && this.count < this.size) {
        this.count++;
        worker = new PooledWorker((w) => this.free(w), (w) => this.exited(w));
      }
      if (!worker) return;
      worker.run(this.waiting.shift()!);
    }
  }

  private free(w: PooledWorker): void {
    this.idle.push(w);
    this.dispatch();
  }

  private exited(w: PooledWorker): void {
    const i = this.idle.indexOf(w);
    if (i >= 0) this.idle.splice(i, 1);
    this.count--;
    this.dispatch();
  }
}

let pool: ReaderPool | null = null;

export function readerPool(): ReaderPool {
  pool ??= new ReaderPool(POOL_SIZE);
  return pool;
}
