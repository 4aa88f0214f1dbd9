import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countTuples, CopyTupleWriter, pgDays } from './copy-binary.ts';

test('dates as PostgreSQL days since 2000-01-01, leap years and centuries included', () => {
  assert.equal(pgDays('2000-01-01'), 0);
  assert.equal(pgDays('1999-12-31'), -1);
  assert.equal(pgDays('2000-03-01'), 60, '2000 is a leap year');
  assert.equal(pgDays('1900-03-01') - pgDays('1900-02-28'), 1, '1900 is not');
  assert.equal(pgDays('2018-03-01'), 6634);
  fc.assert(fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
    const iso = d.toISOString().slice(0, 10);
    assert.equal(pgDays(iso), (Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(2000, 0, 1)) / 86_400_000);
  }));
});

test('fields in the binary format: a length, then the big-endian value; null as length -1', () => {
  const w = new CopyTupleWriter(8); // grows as needed
  w.beginRow(8);
  w.int64(2 ** 40 + 5);
  w.int32(-2);
  w.int16(11);
  w.bool(true);
  w.date('2000-01-02');
  w.null();
  w.text('é');
  w.jsonb('{}');
  assert.equal(w.rows, 1);
  assert.deepEqual([...w.take()], [
    0, 8,
    0, 0, 0, 8, 0, 0, 1, 0, 0, 0, 0, 5,
    0, 0, 0, 4, 255, 255, 255, 254,
    0, 0, 0, 2, 0, 11,
    0, 0, 0, 1, 1,
    0, 0, 0, 4, 0, 0, 0, 1,
    255, 255, 255, 255,
    0, 0, 0, 2, 0xc3, 0xa9,
    0, 0, 0, 3, 1, 0x7b, 0x7d,
  ]);
  assert.equal(w.pos, 0, 'taken');
});

test('text of any length and script is its UTF-8', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
    const w = new CopyTupleWriter(4);
    w.text(s);
    const out = w.take();
    const bytes = Buffer.from(s);
    assert.equal(new DataView(out.buffer).getInt32(0), bytes.length);
    assert.deepEqual(Buffer.from(out.subarray(4)), bytes);
  }));
});

test('rows are counted by walking their fields; a row cut short is refused', () => {
  const w = new CopyTupleWriter();
  for (let i = 0; i < 3; i++) {
    w.beginRow(2);
    w.text(`row ${i}`);
    w.null();
  }
  const rows = w.take();
  assert.equal(countTuples(rows), 3);
  assert.equal(countTuples(new Uint8Array(0)), 0);
  assert.throws(() => countTuples(rows.subarray(0, rows.length - 2)));
});
