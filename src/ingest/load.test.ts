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

test('the duplicate filter never misses a repeated row, and does not suspect new ones', () => {
  const f = new DuplicateFilter();
  const row = (i: number) => [`C${i}`, 'Female', 'WBRI', `2010-09-0${(i % 9) + 1}`, null];
  for (let i = 0; i < 200_000; i++) f.add(row(i), null);
  assert.equal(f.maybe, false, '200,000 different rows, no alarm');
  f.add(row(123_456), null);
  assert.equal(f.maybe, true, 'a repeat is always caught');
});

test('the duplicate filter tells apart values that run together, null and blank, and the kept-aside text', () => {
  const differ = (a: (string | null)[], b: (string | null)[], ea: string | null = null, eb: string | null = null) => {
    const f = new DuplicateFilter();
    f.add(a, ea);
    f.add(b, eb);
    return !f.maybe;
  };
  assert.ok(differ(['ab', 'c'], ['a', 'bc']));
  assert.ok(differ([null], ['']));
  assert.ok(differ(['x'], ['x'], '{"Notes":"a"}', null));
  assert.ok(!differ(['x', null], ['x', null], '{"Notes":"a"}', '{"Notes":"a"}'));
});
