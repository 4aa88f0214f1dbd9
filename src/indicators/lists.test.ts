import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LISTS, headerOf, listOf } from './lists.ts';
import { LISTS as IMPORTED } from '../ingest/schema.ts';

test('the columns indicators read are the importer\'s columns, with the same Ofsted headers', () => {
  for (const mine of Object.values(LISTS)) {
    const def = IMPORTED.find((l) => l.list === mine.number);
    assert.ok(def, `list ${mine.number}`);
    for (const [key, header] of Object.entries(mine.headers)) {
      const col: { key: string; header: string } | undefined = def.columns.find((c: { key: string }) => c.key === key);
      assert.ok(col, `list ${mine.number} has ${key}`);
      assert.equal(col.header, header, `list ${mine.number} ${key}`);
    }
  }
});

test('headers and lists by number', () => {
  assert.equal(headerOf(8, 'last_dental_check'), 'Date of Last Dental Check');
  assert.equal(headerOf(8, 'no_such_column'), 'no_such_column');
  assert.equal(listOf(4).table, 'annex_assessments');
  assert.throws(() => listOf(11), RangeError);
});
