import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CsvParser } from './csv-parse.ts';

/** Parses text fed in chunks of the given sizes (the last size repeats). */
function parse(text: string, sizes: number[] = [1 << 16]): string[][] {
  const p = new CsvParser('test.csv');
  const out: string[][] = [];
  for (let i = 0, k = 0; i < text.length; k++) {
    const size = Math.max(1, sizes[Math.min(k, sizes.length - 1)]);
    out.push(...p.feed(text.slice(i, i + size)));
    i += size;
  }
  out.push(...p.end());
  return out;
}

test('cells, quoted cells, escaped quotes, blank lines, no final line end', () => {
  assert.deepEqual(parse('a,b,c\n1,"x, y","say ""hi"""\n\n,,\nlast'), [
    ['a', 'b', 'c'], ['1', 'x, y', 'say "hi"'], [''], ['', '', ''], ['last'],
  ]);
  assert.deepEqual(parse(''), []);
  assert.deepEqual(parse('\n'), [['']]);
  assert.deepEqual(parse('a,'), [['a', '']]);
});

test('quotes read the way Excel reads them', () => {
  assert.deepEqual(parse('5\'10" tall,x\n'), [['5\'10" tall', 'x']], 'a quote inside an unquoted cell is kept');
  assert.deepEqual(parse('"ab"c,d\n'), [['abc', 'd']], 'text after a closing quote carries on the cell');
  assert.deepEqual(parse('"two\nlines",x\n'), [['two\nlines', 'x']]);
  assert.deepEqual(parse('""\n'), [['']]);
});

test('rows are counted as records, for the messages', () => {
  assert.throws(() => parse('a\n"two\nlines"\nb\n"open'), /A quoted cell in row 4 is never closed/);
  assert.throws(() => parse('a\n\u0000'), /Row 2 holds a NUL character/);
});

/** Writes rows as CSV, quoting cells that need it (and some that do not). */
function toCsv(rows: string[][], quoteAll: boolean): string {
  return rows.map((r) => r.map((c) => (quoteAll || /[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n') + '\n';
}

test('whatever the cells and however the text is cut into chunks, the rows come back (property)', () => {
  const cell = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', ' ', '1'), maxLength: 8 });
  // A row of one empty cell is written as an empty line, which reads back as [''], so rows have 2+ cells.
  const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 });
  fc.assert(fc.property(rows, fc.boolean(), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }),
    (rs, quoteAll, sizes) => {
      assert.deepEqual(parse(toCsv(rs, quoteAll), sizes), rs);
    }), { numRuns: 500 });
});
