import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Queryable } from '../db/database.ts';
import { BATCH_ROWS, TableWriter } from './load.ts';
import { listDef } from './schema.ts';

test('a list is written a batch at a time: never more than BATCH_ROWS rows held', async () => {
  const batches: number[] = [];
  const statements = new Set<string>();
  const tx: Queryable = {
    async query(sql, params) {
      statements.add(sql);
      batches.push((params![2] as unknown[]).length);
      for (const p of params!.slice(2)) assert.equal((p as unknown[]).length, batches.at(-1), 'one array per column, same length');
      return [];
    },
    async exec() {},
  };
  const w = new TableWriter(tx, listDef(1)!, new Set(['child_id', 'contact_date']), 7, '211');
  const total = BATCH_ROWS * 2 + 17;
  for (let i = 0; i < total; i++) {
    await w.add(i + 2, new Map([['child_id', `C${i}`], ['contact_date', '2018-01-01']]), null);
  }
  assert.deepEqual(batches, [BATCH_ROWS, BATCH_ROWS]);
  await w.finish();
  assert.deepEqual(batches, [BATCH_ROWS, BATCH_ROWS, 17]);
  assert.equal(statements.size, 1);
  const [sql] = statements;
  assert.match(sql, /INSERT INTO annex_contacts \(snapshot_id, la_code, row_no, child_id, contact_date, extra\)/);
  assert.match(sql, /u\.contact_date::date/);
  assert.match(sql, /FROM unnest\(\$3::text\[\], \$4::text\[\], \$5::text\[\], \$6::text\[\]\)/);
});
