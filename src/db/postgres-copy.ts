// COPY on a PostgreSQL connection (database.ts openPostgres), in the binary format (copy-binary.ts).
//
// A connection runs one statement at a time, so a transaction's COPY starts only once what came
// before it has finished: for an import, the COPY of the list before, which the server may still
// be loading when this list's first rows are ready. Rows written before the COPY starts wait here,
// up to EARLY_BYTES, so that the importer reads on meanwhile instead of waiting with nothing to do.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { COPY_BINARY_HEADER, COPY_BINARY_TRAILER } from './copy-binary.ts';
import type { CopyIn } from './database.ts';

/** Rows held before the COPY starts: 16 of the importer's chunks (4 MB). */
export const EARLY_BYTES = 4 * 1024 * 1024;

export interface PostgresCopy {
  copy: CopyIn;
  /** The COPY's stream, once the connection was free and it started. */
  started: Promise<Writable>;
  /** The server has loaded every row (or the COPY failed). */
  done: Promise<void>;
}

/** `COPY table (columns) FROM STDIN` in binary, on `connection` once it is ready for it. */
export function postgresCopyIn(connection: Promise<pg.ClientBase>, table: string, columns: readonly string[]): PostgresCopy {
  let early: Uint8Array[] | null = [];
  let earlyBytes = 0;
  let ending = false;
  let stream: Writable | null = null;
  const started = connection.then((client) => {
    const s = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT binary)`));
    s.write(COPY_BINARY_HEADER);
    for (const rows of early!) s.write(rows);
    early = null;
    if (ending) s.end(COPY_BINARY_TRAILER);
    stream = s;
    return s;
  });
  const done = started.then((s) => finished(s));
  done.catch(() => undefined); // the caller sees a failure through write() or end()
  const copy: CopyIn = {
    async write(rows) {
      if (stream) {
        // The server loads while the caller reads on: wait only when its buffer is full.
        if (!stream.write(rows)) await Promise.race([once(stream, 'drain'), done]);
        return;
      }
      early!.push(rows);
      earlyBytes += rows.byteLength;
      if (earlyBytes >= EARLY_BYTES) await started;
    },
    async end() {
      if (stream) stream.end(COPY_BINARY_TRAILER);
      else ending = true;
      await done;
    },
  };
  return { copy, started, done };
}
