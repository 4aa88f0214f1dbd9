// PostgreSQL's COPY binary format (PostgreSQL 15 documentation, COPY, "Binary Format"): a header,
// then each row as a 16-bit count of its fields followed by each field as a 32-bit length (-1 for
// null) and the bytes of the type's binary form, then a 16-bit -1. Integers are big-endian.
//
// Why binary rather than text: the server takes a date as a number of days instead of parsing its
// text, and the importer writes each value's bytes in the one pass it makes over them anyway, with
// no escaping, no lines to join and no text to encode again (ingest/encode.ts). For the Annex A
// tables the server's part of a COPY costs about a quarter less.

/** "PGCOPY\n\377\r\n\0", then flags (none) and the length of the header extension (none). */
export const COPY_BINARY_HEADER = Uint8Array.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
/** The field count -1 that ends the data. */
export const COPY_BINARY_TRAILER = Uint8Array.from([0xff, 0xff]);

/** Days from 1970-01-01 to 2000-01-01, PostgreSQL's date epoch. */
const PG_EPOCH_DAYS = 10957;

/** 'YYYY-MM-DD' as days since 2000-01-01 (days_from_civil, proleptic Gregorian: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"). */
export function pgDays(iso: string): number {
  let y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  if (m <= 2) y--;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 - PG_EPOCH_DAYS;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

const utf8 = new TextEncoder();

/**
 * Rows in COPY's binary format, written into one growing buffer: begin a row with its number of
 * fields, then write each field in the order of the COPY's columns. `take()` hands over the rows
 * written so far (no header or trailer: the COPY adds them, database.ts).
 */
export class CopyTupleWriter {
  private buf: Uint8Array;
  /** Where the next byte goes. */
  pos = 0;
  /** Rows begun since the last take. */
  rows = 0;

  constructor(initialBytes = 64 * 1024) {
    this.buf = new Uint8Array(initialBytes);
  }

  /** The bytes written, read in place (valid until the next write). */
  get bytes(): Uint8Array {
    return this.buf;
  }

  beginRow(fields: number): void {
    this.room(2);
    this.buf[this.pos] = fields >>> 8;
    this.buf[this.pos + 1] = fields;
    this.pos += 2;
    this.rows++;
  }

  null(): void {
    this.room(4);
    this.int32At(this.pos, -1);
    this.pos += 4;
  }

  int16(n: number): void {
    this.room(6);
    this.int32At(this.pos, 2);
    this.buf[this.pos + 4] = n >>> 8;
    this.buf[this.pos + 5] = n;
    this.pos += 6;
  }

  int32(n: number): void {
    this.room(8);
    this.int32At(this.pos, 4);
    this.int32At(this.pos + 4, n);
    this.pos += 8;
  }

  /** A bigint within JavaScript's safe integers (an id). */
  int64(n: number): void {
    this.room(12);
    this.int32At(this.pos, 8);
    this.int32At(this.pos + 4, Math.floor(n / 0x100000000));
    this.int32At(this.pos + 8, n >>> 0);
    this.pos += 12;
  }

  bool(b: boolean): void {
    this.room(5);
    this.int32At(this.pos, 1);
    this.buf[this.pos + 4] = b ? 1 : 0;
    this.pos += 5;
  }

  /** A date written 'YYYY-MM-DD'. */
  date(iso: string): void {
    this.int32(pgDays(iso));
  }

  /** text, varchar or char(n): the string's UTF-8. */
  text(s: string): void {
    this.utf8(s, 0);
  }

  /** jsonb: a version byte (1), then the JSON text. */
  jsonb(json: string): void {
    this.utf8(json, 1);
  }

  /** Everything written since the last take, as bytes of their own (which can be moved to another thread). */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.pos);
    this.pos = 0;
    this.rows = 0;
    return out;
  }

  private utf8(s: string, version: number): void {
    const lengthAt = this.pos;
    const start = lengthAt + 4 + (version ? 1 : 0);
    this.room(start - lengthAt + s.length * 3); // UTF-8 takes at most 3 bytes for each UTF-16 unit
    const b = this.buf;
    if (version) b[start - 1] = version;
    let end = start;
    // Most values are ASCII: copied a character at a time, and only others encoded by the encoder.
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        end = start + utf8.encodeInto(s, b.subarray(start)).written;
        break;
      }
      b[end++] = c;
    }
    this.int32At(lengthAt, end - lengthAt - 4);
    this.pos = end;
  }

  private int32At(at: number, n: number): void {
    const b = this.buf;
    b[at] = n >>> 24;
    b[at + 1] = n >>> 16;
    b[at + 2] = n >>> 8;
    b[at + 3] = n;
  }

  /** Makes room for `bytes` more. */
  private room(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + bytes) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
  }
}

/**
 * The rows in a run of whole rows of binary COPY data (no header or trailer), found by walking
 * their fields' lengths: what a COPY of them must report loaded. Throws if the bytes end mid-row.
 */
export function countTuples(data: Uint8Array): number {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let at = 0;
  let rows = 0;
  while (at < data.byteLength) {
    const fields = view.getInt16(at);
    at += 2;
    for (let f = 0; f < fields; f++) {
      const length = view.getInt32(at);
      at += 4 + Math.max(0, length);
    }
    if (at > data.byteLength) throw new Error('COPY data ends in the middle of a row');
    rows++;
  }
  return rows;
}
