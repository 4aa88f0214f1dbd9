// The importer's schema and the database agree: every column it writes exists with the type it
// casts to, and every annex_* column is filled by some Annex A column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LISTS } from '../../src/ingest/schema.ts';
import { testDatabases } from '../helpers/databases.ts';

const PG_TYPE = { text: 'text', date: 'date', integer: 'integer', boolean: 'boolean' } as const;

for (const target of testDatabases()) {
  test(`annex_* tables match the import schema on ${target.name}`, async () => {
    const db = await target.open();
    try {
      for (const list of LISTS) {
        const cols = await db.query<{ column_name: string; data_type: string }>(
          `SELECT column_name, data_type FROM information_schema.columns
           WHERE table_name = $1 AND table_schema = current_schema() ORDER BY ordinal_position`, [list.table]);
        const types = new Map(cols.map((c) => [c.column_name, c.data_type]));
        for (const c of list.columns) assert.equal(types.get(c.key), PG_TYPE[c.sqlType], `${list.table}.${c.key}`);
        const written = new Set(['snapshot_id', 'la_code', 'row_no', 'extra', ...list.columns.map((c) => c.key)]);
        assert.deepEqual(cols.map((c) => c.column_name).filter((n) => !written.has(n)), [], `${list.table}: columns nobody fills`);
      }
    } finally {
      await db.close();
    }
  });
}
