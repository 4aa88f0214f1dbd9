import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { copyText, RowEncoder } from './load.ts';

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

test('a row as a line of COPY text: prefix, values, kept-aside text, tab-separated and escaped', () => {
  const e = new RowEncoder();
  assert.equal(e.encode('7\t211\t2', ['C1', null, 'Team\tNorth', 'a\\b'], '{"Notes":"x"}'),
    '7\t211\t2\tC1\t\\N\tTeam\\tNorth\ta\\\\b\t{"Notes":"x"}');
  assert.equal(e.encode('7\t211\t3', [], null), '7\t211\t3\t\\N');
});

test('the duplicate check never misses a repeated row, and does not suspect new ones', () => {
  const e = new RowEncoder();
  const row = (i: number) => [`C${i}`, 'Female', 'WBRI', `2010-09-0${(i % 9) + 1}`, null];
  for (let i = 0; i < 200_000; i++) e.encode(`1\t211\t${i + 2}`, row(i), null);
  assert.equal(e.fingerprints.maybe, false, '200,000 different rows, no alarm');
  e.encode('1\t211\t1', row(123_456), null);
  assert.equal(e.fingerprints.maybe, true, 'a repeat is always caught, whatever its row number');
});

test('the duplicate check tells apart values that run together, null and blank, and the kept-aside text', () => {
  const differ = (a: (string | null)[], b: (string | null)[], ea: string | null = null, eb: string | null = null) => {
    const e = new RowEncoder();
    e.encode('1', a, ea);
    e.encode('2', b, eb);
    return !e.fingerprints.maybe;
  };
  assert.ok(differ(['ab', 'c'], ['a', 'bc']));
  assert.ok(differ([null], ['']));
  assert.ok(differ(['x'], ['x'], '{"Notes":"a"}', null));
  assert.ok(!differ(['x', null], ['x', null], '{"Notes":"a"}', '{"Notes":"a"}'));
});
