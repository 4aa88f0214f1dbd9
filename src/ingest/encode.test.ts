import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChunkBuilder, CHUNK_BYTES } from './encode.ts';
import type { ColumnDef, SqlType } from './schema.ts';

const cols = (...types: SqlType[]) => types.map((sqlType, i) => ({ key: `c${i}`, sqlType }) as ColumnDef);
const target = { snapshotId: 7, laCode: '211' };

/** The fields of binary COPY rows, as [length, bytes as text] (null fields as null). */
function fields(data: Uint8Array): (string | null)[][] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const rows: (string | null)[][] = [];
  for (let at = 0; at < data.length;) {
    const n = view.getInt16(at);
    at += 2;
    const row: (string | null)[] = [];
    for (let f = 0; f < n; f++) {
      const len = view.getInt32(at);
      at += 4;
      row.push(len < 0 ? null : Buffer.from(data.subarray(at, at + len)).toString('hex'));
      at += Math.max(0, len);
    }
    rows.push(row);
  }
  return rows;
}

test('a row: snapshot, council, row number, then each value in its column type, then the kept-aside text', () => {
  const b = new ChunkBuilder(target, cols('text', 'date', 'integer', 'boolean', 'text'));
  assert.equal(b.add(2, ['C1', '2000-01-02', '12', 'false', null], { Notes: 'x' }), null, 'far from a full chunk');
  const hex = (s: string) => Buffer.from(s).toString('hex');
  assert.deepEqual(fields(b.take()!), [[
    '0000000000000007', hex('211'), '00000002',
    hex('C1'), '00000001', '0000000c', '00', null, '01' + hex('{"Notes":"x"}'),
  ]]);
  assert.equal(b.take(), null, 'nothing left');
});

test('chunks are handed over once full, and hold whole rows', () => {
  const b = new ChunkBuilder(target, cols('text'));
  const chunks: Uint8Array[] = [];
  let rows = 0;
  for (let i = 0; chunks.length < 2; i++, rows++) {
    const c = b.add(i + 2, ['x'.repeat(100)], null);
    if (c) chunks.push(c);
  }
  assert.equal(b.take(), null, 'the row that filled the chunk went with it');
  b.add(rows + 2, ['last'], null);
  chunks.push(b.take()!);
  rows++;
  assert.ok(chunks[0].length >= CHUNK_BYTES);
  assert.equal(chunks.reduce((n, c) => n + fields(c).length, 0), rows);
});

test('the duplicate check never misses a repeated row, and does not suspect new ones', () => {
  const b = new ChunkBuilder(target, cols('text', 'text', 'text', 'date', 'integer'));
  const row = (i: number) => [`C${i}`, 'Female', 'WBRI', `2010-09-0${(i % 9) + 1}`, null];
  for (let i = 0; i < 200_000; i++) b.add(i + 2, row(i), null);
  assert.equal(b.mayHaveDuplicates, false, '200,000 different rows, no alarm');
  b.add(1, row(123_456), null);
  assert.equal(b.mayHaveDuplicates, true, 'a repeat is always caught, whatever its row number');
});

test('the duplicate check tells apart values that run together, null and blank, and the kept-aside text', () => {
  const differ = (a: (string | null)[], b: (string | null)[], ea: Record<string, string> | null = null, eb: Record<string, string> | null = null) => {
    const c = new ChunkBuilder(target, cols(...a.map(() => 'text' as const)));
    c.add(1, a, ea);
    c.add(2, b, eb);
    return !c.mayHaveDuplicates;
  };
  assert.ok(differ(['ab', 'c'], ['a', 'bc']));
  assert.ok(differ([null], ['']));
  assert.ok(differ(['x'], ['x'], { Notes: 'a' }, null));
  assert.ok(!differ(['x', null], ['x', null], { Notes: 'a' }, { Notes: 'a' }));
});
