// The database layer's bulk load (copyIn) on both engines: rows arrive inside the transaction, a
// statement after a COPY waits for it, and a transaction that fails with a COPY still open rolls
// back instead of hanging.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../src/db/database.ts';
import { testDatabases } from '../helpers/databases.ts';

for (const target of testDatabases()) {
  describe(`COPY through the database layer on ${target.name}`, () => {
    let db: Database;
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    before(async () => {
      db = await target.open();
      await db.exec('CREATE TABLE copy_probe (n integer NOT NULL, label text, day date)');
      process.on('warning', onWarning);
    });
    after(async () => {
      process.off('warning', onWarning);
      await db.close();
    });

    test('lines written in chunks arrive, and a statement after the COPY sees them', async () => {
      const count = await db.transaction(async (tx) => {
        const a = await tx.copyIn('copy_probe', ['n', 'label', 'day']);
        await a.write('1\tone\t2018-01-01\n2\t\\N\t\\N\n');
        await a.write('3\ttab\\there\t2018-02-28\n');
        const ended = a.end();
        // Issued before the COPY has finished: it must wait for it, not fail or warn.
        const [{ n }] = await tx.query('SELECT count(*)::int AS n FROM copy_probe');
        await ended;
        return n;
      });
      assert.equal(count, 3);
      assert.deepEqual(await db.query('SELECT n, label, day FROM copy_probe ORDER BY n'), [
        { n: 1, label: 'one', day: '2018-01-01' },
        { n: 2, label: null, day: null },
        { n: 3, label: 'tab\there', day: '2018-02-28' },
      ]);
      assert.deepEqual(warnings.filter((w) => /already executing a query/.test(w.message)), []);
    });

    test('chunks of any size, as text or UTF-8 bytes, arrive whole (PGlite reuses one buffer per COPY)', async () => {
      const long = 'é€😀'.repeat(150_000); // 1.35 MB of UTF-8: more than the first buffer holds
      await db.transaction(async (tx) => {
        const c = await tx.copyIn('copy_probe', ['n', 'label', 'day']);
        await c.write('20\tcafé\t2018-01-01\n21\tb\t\\N\n');
        await c.write(`22\t${long}\t\\N\n`);
        await c.write('23\tshort\t\\N\n');
        await c.write(new TextEncoder().encode('24\tnaïve bytes\t2018-03-01\n25\t\\N\t\\N\n'));
        await c.end();
      });
      const rows = await db.query<{ n: number; label: string | null }>('SELECT n, label FROM copy_probe WHERE n >= 20 ORDER BY n');
      assert.deepEqual(rows.map((r) => [r.n, r.label === long ? 'long' : r.label]),
        [[20, 'café'], [21, 'b'], [22, 'long'], [23, 'short'], [24, 'naïve bytes'], [25, null]]);
    });

    test('a transaction failing with a COPY still open rolls back, and the database carries on', async () => {
      await assert.rejects(db.transaction(async (tx) => {
        const c = await tx.copyIn('copy_probe', ['n', 'label', 'day']);
        await c.write('10\tlost\t2018-01-01\n');
        throw new Error('something went wrong while reading');
      }), /something went wrong while reading/);
      assert.deepEqual(await db.query('SELECT count(*)::int AS n FROM copy_probe WHERE n = 10'), [{ n: 0 }]);
      await db.transaction(async (tx) => {
        const c = await tx.copyIn('copy_probe', ['n', 'label', 'day']);
        await c.write('11\tkept\t2018-01-01\n');
        await c.end();
      });
      assert.deepEqual(await db.query('SELECT label FROM copy_probe WHERE n = 11'), [{ label: 'kept' }]);
    });
  });
}
