// A list's rows encoded for its COPY (PostgreSQL's binary format, src/db/copy-binary.ts), a chunk
// at a time, and fingerprinted for the duplicate check (duplicates.ts) in the same pass: this runs
// for every row of every import, on the importing thread or another (./parallel).
import { CopyTupleWriter } from '../db/copy-binary.ts';
import { FingerprintSet } from './duplicates.ts';
import type { Stored } from './rows.ts';
import type { ColumnDef, SqlType } from './schema.ts';

/** Bytes of rows sent at once (about 2,000 rows). */
export const CHUNK_BYTES = 256 * 1024;

/** The snapshot the rows belong to: the values every row starts with. */
export interface LoadTarget {
  snapshotId: number;
  laCode: string;
}

/** The COPY columns of a list's table: the snapshot and council, the row number, the list's columns present, `extra`. */
export function copyColumns(columns: readonly ColumnDef[]): string[] {
  return ['snapshot_id', 'la_code', 'row_no', ...columns.map((c) => c.key), 'extra'];
}

const TEXT = 0;
const DATE = 1;
const INTEGER = 2;
const BOOLEAN = 3;
const TYPE_CODE: Record<SqlType, number> = { text: TEXT, date: DATE, integer: INTEGER, boolean: BOOLEAN };

/** The fingerprint's end codes, outside the range of bytes: after a value, and for null. */
const END_VALUE = 0x100;
const END_NULL = 0x1ff;

/**
 * One list's rows as binary COPY data, a chunk at a time (memory stays flat), noting whether any
 * row may repeat an earlier one.
 *
 * The fingerprint of a row is two 32-bit hashes (FNV-1a and a multiply-rotate hash) over the bytes
 * of each stored value (not the snapshot, council or row number), each value followed by an end
 * code outside the range of bytes, so that ("ab", "c") and ("a", "bc") differ; null has its own end
 * code, so that null and "" differ. A column's values have one binary form each (a date one number
 * of days, text one UTF-8), so rows equal in every stored value, and only they, hash the same bytes.
 */
export class ChunkBuilder {
  private readonly out = new CopyTupleWriter(CHUNK_BYTES + 64 * 1024);
  private readonly fingerprints = new FingerprintSet();
  /** Each column's type, as a small number for the switch below. */
  private readonly types: Uint8Array;

  constructor(private readonly target: LoadTarget, columns: readonly ColumnDef[]) {
    this.types = Uint8Array.from(columns, (c) => TYPE_CODE[c.sqlType]);
  }

  /** Whether some row may repeat an earlier one: then the list is searched for duplicates. */
  get mayHaveDuplicates(): boolean {
    return this.fingerprints.maybe;
  }

  /** Adds a row (values in the order of the COPY's columns); returns a chunk once one is full. */
  add(rowNo: number, values: readonly Stored[], extra: Record<string, string> | null): Uint8Array | null {
    const w = this.out;
    const types = this.types;
    w.beginRow(values.length + 4);
    w.int64(this.target.snapshotId);
    w.text(this.target.laCode);
    w.int32(rowNo);
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let k = 0; k <= values.length; k++) {
      const v = k < values.length ? values[k] : extra === null ? null : JSON.stringify(extra);
      const lengthAt = w.pos;
      let end = END_NULL;
      if (v === null) w.null();
      else {
        end = END_VALUE;
        switch (k < values.length ? types[k] : -1) {
          case DATE: w.date(v); break;
          case INTEGER: w.int32(Number(v)); break;
          case BOOLEAN: w.bool(v === 'true'); break;
          case TEXT: w.text(v); break;
          default: w.jsonb(v); // extra
        }
      }
      const b = w.bytes;
      for (let i = lengthAt + 4; i < w.pos; i++) {
        const c = b[i];
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(((h2 ^ c) << 13) | ((h2 ^ c) >>> 19), 0x5bd1e995);
      }
      h1 = Math.imul(h1 ^ end, 0x01000193);
      h2 = Math.imul(((h2 ^ end) << 13) | ((h2 ^ end) >>> 19), 0x5bd1e995);
    }
    this.fingerprints.add(h1, h2);
    return w.pos >= CHUNK_BYTES ? w.take() : null;
  }

  /** The rows not yet taken as a chunk, or null. */
  take(): Uint8Array | null {
    return this.out.pos ? this.out.take() : null;
  }
}
