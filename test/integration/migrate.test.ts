import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../helpers/databases.ts';
import { migrate, migrationFiles } from '../../src/db/migrate.ts';

for (const target of testDatabases()) {
  test(`migrations apply once on ${target.name}`, async () => {
    const db = await target.open();
    try {
      const names = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
      assert.deepEqual(names.map((r) => r.name), migrationFiles());
      assert.deepEqual(await migrate(db), [], 'a second run applies nothing');
      const [d] = await db.query("SELECT DATE '2019-01-17' AS d");
      assert.equal(d.d, '2019-01-17', 'dates come back as calendar-date strings');
    } finally {
      await db.close();
    }
  });
}
