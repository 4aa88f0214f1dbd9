// A CSV's bytes as text, streaming. Annex A CSVs come as UTF-8 (with or without a byte-order
// mark) or as Windows-1252 from older exports (annex-a-input.md: "Zoë" must survive). Until the
// first non-ASCII byte both encodings read the same, so that byte decides: the start of a valid
// UTF-8 sequence means UTF-8, anything else Windows-1252. A file that then breaks UTF-8 mixes
// encodings and is refused rather than guessed.
//
// On the way, line ends become "\n", which is all the CSV parser (csv-parse.ts) knows.
import { isAscii } from 'node:buffer';
import { Transform } from 'node:stream';
import iconv from 'iconv-lite';
import { InputError } from './budget.ts';

type Encoding = 'undecided' | 'utf8' | 'win1252';

/** Length of the UTF-8 sequence starting at bytes[i], 0 if invalid, -1 if it needs more bytes. */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i];
  let len: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) len = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    len = 3;
    if (b0 === 0xe0) lo = 0xa0; // no overlong forms
    if (b0 === 0xed) hi = 0x9f; // no surrogates
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    len = 4;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k < len; k++) {
    if (i + k >= bytes.length) return -1;
    const b = bytes[i + k];
    if (b < (k === 1 ? lo : 0x80) || b > (k === 1 ? hi : 0xbf)) return 0;
  }
  return len;
}

/** Index of the first byte above 0x7f, or -1 (this sees every byte of ASCII files). */
function firstNonAscii(bytes: Uint8Array): number {
  if (isAscii(bytes)) return -1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return i;
  return -1;
}

export function csvText(file: string): Transform {
  let encoding: Encoding = 'undecided';
  // Bytes waiting for more: the first three (a byte-order mark?), or, while undecided, a
  // non-ASCII sequence cut by the chunk's end.
  let held = Buffer.alloc(0);
  let started = false;
  let utf8: TextDecoder | null = null;
  let pendingCR = false;

  const useUtf8 = () => {
    encoding = 'utf8';
    utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  };

  const decodeUtf8 = (bytes: Uint8Array, final: boolean): string => {
    try {
      return utf8!.decode(bytes, { stream: !final });
    } catch {
      throw new InputError(file, 'Is neither UTF-8 nor Windows-1252 throughout (it mixes encodings): '
        + 'save it again as "CSV UTF-8"');
    }
  };

  const decode = (bytes: Buffer, final: boolean): string => {
    if (encoding === 'utf8') return decodeUtf8(bytes, final);
    if (encoding === 'win1252') return iconv.decode(bytes, 'win1252');
    const i = firstNonAscii(bytes);
    if (i < 0) return bytes.toString('latin1');
    const len = utf8SequenceLength(bytes, i);
    if (len === -1 && !final) {
      held = Buffer.from(bytes.subarray(i));
      return bytes.toString('latin1', 0, i);
    }
    if (len > 0) useUtf8();
    else encoding = 'win1252';
    return bytes.toString('latin1', 0, i) + decode(bytes.subarray(i), final);
  };

  const lineEnds = (text: string, final: boolean): string => {
    if (pendingCR) text = '\r' + text;
    pendingCR = !final && text.endsWith('\r');
    if (pendingCR) text = text.slice(0, -1);
    if (text.indexOf('\r') < 0) return text;
    // Windows line ends (the usual case) by a plain string search, far cheaper than a pattern; then
    // any lone "\r" (old Mac files).
    text = text.replaceAll('\r\n', '\n');
    return text.indexOf('\r') < 0 ? text : text.replaceAll('\r', '\n');
  };

  const step = (chunk: Buffer, final: boolean): string | undefined => {
    let bytes = held.length ? Buffer.concat([held, chunk]) : chunk;
    held = Buffer.alloc(0);
    if (!started) {
      if (bytes.length < 3 && !final) {
        held = Buffer.from(bytes);
        return undefined;
      }
      started = true;
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw new InputError(file, 'Is UTF-16 text: save it as "CSV UTF-8" instead');
      }
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        useUtf8();
        bytes = bytes.subarray(3);
      }
    }
    const text = lineEnds(decode(bytes, final), final);
    return text.length ? text : undefined;
  };

  // Strings out (object mode), so no chunk boundary can split a character again.
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      try {
        done(null, step(chunk, false));
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done) {
      try {
        done(null, step(Buffer.alloc(0), true));
      } catch (err) {
        done(err as Error);
      }
    },
  });
}
