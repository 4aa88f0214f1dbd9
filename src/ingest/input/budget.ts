// The unpacked-size limit. Every byte an import reads (a CSV's bytes, a zip or workbook entry's
// inflated bytes) is counted against one budget while it streams: a zip's header sizes are not
// trusted, so a small archive that inflates past the limit is stopped when it gets there.
import { Transform, type Readable } from 'node:stream';

/** A problem with the input as a whole or one file of it, found while opening or reading. */
export class InputError extends Error {
  /** fatal: stop reading everything (the size limit); otherwise only the file it names. */
  constructor(readonly file: string, message: string, readonly fatal = false) {
    super(message);
  }
}

export const MB = 1024 * 1024;

export function limitMessage(maxBytes: number): string {
  return `The input unpacks to more than ${formatSize(maxBytes)}, the import limit: split it, or raise the limit`;
}

export function formatSize(bytes: number): string {
  return bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${bytes} bytes`;
}

/**
 * The bytes read so far are counted in shared memory, so that lists read on other threads (see
 * ../parallel) draw on the same budget: `shared` passes it to them.
 */
export class ByteBudget {
  private readonly count: BigInt64Array;

  constructor(readonly maxBytes: number, readonly shared = new SharedArrayBuffer(8)) {
    this.count = new BigInt64Array(shared);
  }

  get used(): number {
    return Number(Atomics.load(this.count, 0));
  }

  /** Counts n more bytes of `file`; throws the limit error once past it. */
  take(n: number, file: string): void {
    const used = Number(Atomics.add(this.count, 0, BigInt(n))) + n;
    if (used > this.maxBytes) throw new InputError(file, limitMessage(this.maxBytes), true);
  }

  /** The same stream, counted. Reading past the limit fails the stream and stops the source. */
  counted(source: Readable, file: string): Readable {
    const counter = new Transform({
      transform: (chunk: Buffer, _enc, done) => {
        try {
          this.take(chunk.length, file);
          done(null, chunk);
        } catch (err) {
          done(err as Error);
        }
      },
    });
    source.on('error', (err) => counter.destroy(err));
    counter.on('close', () => source.destroy());
    return source.pipe(counter);
  }
}
