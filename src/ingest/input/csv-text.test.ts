import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { MAX_RECORD_CHARS } from './csv-parse.ts';
import { csvText, utf8SequenceLength } from './csv-text.ts';
import { csvRows } from './csv.ts';

/** Decodes bytes fed in the given chunk sizes (the last size repeats). */
async function decode(bytes: Buffer, sizes: number[] = [65536]): Promise<string> {
  const chunks: Buffer[] = [];
  for (let i = 0, k = 0; i < bytes.length; k++) {
    const n = Math.max(1, sizes[Math.min(k, sizes.length - 1)]);
    chunks.push(bytes.subarray(i, i + n));
    i += n;
  }
  let out = '';
  for await (const s of Readable.from(chunks).pipe(csvText('test.csv'))) out += s;
  return out;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

test('UTF-8 with or without a byte-order mark', async () => {
  assert.equal(await decode(Buffer.from('Name\nZoë\n')), 'Name\nZoë\n');
  assert.equal(await decode(Buffer.concat([BOM, Buffer.from('Name\nZoë\n')])), 'Name\nZoë\n');
  assert.equal(await decode(Buffer.concat([BOM, Buffer.from('a')]), [1]), 'a');
  assert.equal(await decode(BOM), '');
});

test('Windows-1252 is detected and converted: Zoë survives', async () => {
  const bytes = iconv.encode('Child,Name\r\n1,Zoë\r\n2,Renée – “quoted” £5\r\n', 'win1252');
  assert.equal(bytes.includes(0xeb), true, 'ë is one byte in Windows-1252');
  assert.equal(await decode(bytes), 'Child,Name\n1,Zoë\n2,Renée – “quoted” £5\n');
  assert.equal(await decode(bytes, [1]), 'Child,Name\n1,Zoë\n2,Renée – “quoted” £5\n');
});

test('a file that is UTF-8 and then not is refused, not guessed', async () => {
  const bytes = Buffer.concat([Buffer.from('Zoë\n'), iconv.encode('Zoë\n', 'win1252')]);
  await assert.rejects(decode(bytes), /mixes encodings/);
});

test('UTF-16 is refused with a way out', async () => {
  await assert.rejects(decode(Buffer.from([0xff, 0xfe, 0x41, 0x00])), /UTF-16/);
});

test('line ends become \\n, even when a chunk ends between \\r and \\n', async () => {
  assert.equal(await decode(Buffer.from('a\r\nb\rc\nd\r\n'), [2]), 'a\nb\nc\nd\n');
  assert.equal(await decode(Buffer.from('a\r'), [1]), 'a\n');
});

test('any text survives any chunking (property)', async () => {
  await fc.assert(fc.asyncProperty(
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.boolean(),
    fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 10 }),
    async (text, bom, sizes) => {
      const clean = text.replace(/"/g, '').replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
      const bytes = Buffer.concat([bom ? BOM : Buffer.alloc(0), Buffer.from(clean, 'utf8')]);
      return (await decode(bytes, sizes)) === clean;
    },
  ), { numRuns: 200 });
});

test('UTF-8 sequence check', () => {
  assert.equal(utf8SequenceLength(Buffer.from('ë'), 0), 2);
  assert.equal(utf8SequenceLength(Buffer.from('€'), 0), 3);
  assert.equal(utf8SequenceLength(Buffer.from('😀'), 0), 4);
  assert.equal(utf8SequenceLength(Buffer.from([0xeb, 0x0a]), 0), 0);
  assert.equal(utf8SequenceLength(Buffer.from([0xe2, 0x82]), 0), -1);
  assert.equal(utf8SequenceLength(Buffer.from([0xc0, 0x80]), 0), 0, 'overlong');
  assert.equal(utf8SequenceLength(Buffer.from([0xed, 0xa0, 0x80]), 0), 0, 'surrogate');
});

async function rows(text: string) {
  const out: [number, unknown[]][] = [];
  for await (const batch of csvRows(Readable.from([Buffer.from(text)]), 'test.csv')) for (const r of batch) out.push([r.rowNo, r.cells]);
  return out;
}

test('rows are records: a quoted cell over several lines is one row; a blank line is a row', async () => {
  assert.deepEqual(await rows('ID,Note\r\n1,"two\r\nlines"\r\n\r\n2,"say ""hi"""\r\n'), [
    [1, ['ID', 'Note']],
    [2, ['1', 'two\nlines']],
    [3, ['']],
    [4, ['2', 'say "hi"']],
  ]);
  await assert.rejects(rows('ID\n"1\n'), /never closed/);
});

test('an unclosed quote is refused instead of swallowing the file', async () => {
  await assert.rejects(rows('a,b\n1,"open\n2,3\n'), /A quoted cell in row 2 is never closed/);
  await assert.rejects(rows(`a,b\n1,"${'x'.repeat(MAX_RECORD_CHARS + 10)}`), /Row 2 is longer than 1,000,000 characters/);
  assert.deepEqual(await rows('a,"b ""q"" c"\n5\'10" tall,x\n'), [[1, ['a', 'b "q" c']], [2, ['5\'10" tall', 'x']]]);
});

test('a NUL character means the file is not CSV text', async () => {
  await assert.rejects(rows('a,b\n1,2\n3,\u0000\n'), /Row 3 holds a NUL character/);
});

