// COPY on PGlite (database.ts openPglite): PGlite reads COPY data from a Blob, so each chunk is one
// `COPY ... FROM '/dev/blob'` statement, its rows framed by the binary format's header and trailer
// (copy-binary.ts) in one buffer per COPY, used again for the next chunk once PGlite has read it
// (BorrowedBlob).
import type { PGlite } from '@electric-sql/pglite';
import { COPY_BINARY_HEADER, COPY_BINARY_TRAILER, countTuples } from './copy-binary.ts';
import type { CopyIn } from './database.ts';

/** A resizable ArrayBuffer (ES2024; in Node 20, not yet in TypeScript's ES2022 library). */
interface ResizableBuffer extends ArrayBuffer {
  readonly maxByteLength: number;
  resize(byteLength: number): void;
}
const resizableBuffer = (maxByteLength: number): ResizableBuffer =>
  new (ArrayBuffer as unknown as new (n: number, o: { maxByteLength: number }) => ResizableBuffer)(0, { maxByteLength });
/** Room for a chunk (ingest/encode.ts CHUNK_BYTES, 256 KB, and one row more); a bigger one gets a bigger buffer. */
const COPY_BUFFER_BYTES = 1024 * 1024;

/**
 * A Blob over bytes it does not own, for PGlite's COPY FROM '/dev/blob', which reads a query's blob
 * with arrayBuffer() (@electric-sql/pglite 0.5.16, pglite.ts _handleBlob). A `new Blob([text])` per
 * chunk was copied into the Blob's own store, outside V8's heap (so it did not prompt a collection),
 * then again by arrayBuffer(): an import held up to about 100 MB of them awaiting the collector, and
 * a 1 GB import peaked about 60 MB higher than with one buffer per COPY.
 */
class BorrowedBlob extends Blob {
  constructor(private readonly data: ArrayBuffer) {
    super();
  }
  override get size(): number {
    return this.data.byteLength;
  }
  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.data;
  }
  override async bytes() {
    return new Uint8Array(this.data);
  }
}

export function pgliteCopyIn(q: Pick<PGlite, 'query'>, table: string, columns: readonly string[]): CopyIn {
  const sql = `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT binary)`;
  let idle: ResizableBuffer | null = null; // the buffer, while no write is using it
  return {
    async write(rows) {
      const head = COPY_BINARY_HEADER.byteLength;
      const size = head + rows.byteLength + COPY_BINARY_TRAILER.byteLength;
      let buf = idle;
      idle = null;
      if (!buf || buf.maxByteLength < size) buf = resizableBuffer(Math.max(size, COPY_BUFFER_BYTES));
      buf.resize(size);
      const bytes = new Uint8Array(buf);
      bytes.set(COPY_BINARY_HEADER);
      bytes.set(rows, head);
      bytes.set(COPY_BINARY_TRAILER, head + rows.byteLength);
      try {
        const r = await q.query(sql, [], { blob: new BorrowedBlob(buf) });
        // Every row sent is loaded, or the COPY fails: anything else would be rows lost silently.
        const sent = countTuples(rows);
        if (r.rowCount !== sent) throw new Error(`COPY into ${table} loaded ${r.rowCount} of the ${sent} rows sent`);
      } finally {
        idle = buf;
      }
    },
    async end() {
      idle = null;
    },
  };
}
