import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DuplicateFilter } from './duplicates.ts';
import { copyText } from './load.ts';

test('values in COPY text format: null, and backslash, tab and line ends escaped', () => {
  assert.equal(copyText(null), '\\N');
  assert.equal(copyText('\\N'), '\\\\N', 'the text \\N is not null');
  assert.equal(copyText('Team\tNorth\r\nEast \\ West'), 'Team\\tNorth\\r\\nEast \\\\ West');
  assert.equal(copyText('Zoë "quoted", plain'), 'Zoë "quoted", plain');
});

test('COPY text never holds a bare tab or line end, so a row stays one line of its columns (property)', () => {
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', '\t', '\n', '\r', '\\', 'N', 'é') }), (s) => {
    const t = copyText(s);
    assert.doesNotMatch(t, /[\t\n\r]/);
    // Reading it back as PostgreSQL does gives the value again.
    assert.equal(t.replace(/\\(.)/g, (_, c) => ({ t: '\t', n: '\n', r: '\r', '\\': '\\' }[c as string] ?? c)), s);
  }));
});

test('the duplicate filter never misses a repeated row, and rarely suspects a new one', () => {
  const f = new DuplicateFilter();
  const rows = Array.from({ length: 100_000 }, (_, i) => `C${i}\tFemale\tWBRI\t2010-09-0${i % 9 + 1}\t\\N`);
  for (const r of rows) f.add(r);
  const suspectedNew = f.maybe;
  assert.ok(suspectedNew <= 1, `${suspectedNew} of 100,000 distinct rows suspected`);
  for (const r of rows.slice(0, 1000)) assert.equal(f.add(r), true, 'a repeat is always caught');
  assert.equal(f.maybe, suspectedNew + 1000);
});
