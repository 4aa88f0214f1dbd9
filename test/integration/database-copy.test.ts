// The database layer's bulk load (copyIn, PostgreSQL's binary COPY format) on both engines: rows
// arrive inside the transaction, a statement after a COPY waits for it, a COPY after another waits
// for it too while its rows are already being written, and a transaction that fails with a COPY
// still open (or not yet started) rolls back instead of hanging.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CopyTupleWriter } from '../../src/db/copy-binary.ts';
import type { Database } from '../../src/db/database.ts';
import { EARLY_BYTES } from '../../src/db/postgres-copy.ts';
import { testDatabases } from '../helpers/databases.ts';

/** Rows (n, label, day) in COPY's binary format. */
function rows(...values: [number, string | null, string | null][]): Uint8Array {
  const w = new CopyTupleWriter();
  for (const [n, label, day] of values) {
    w.beginRow(3);
    w.int32(n);
    if (label === null) w.null();
    else w.text(label);
    if (day === null) w.null();
    else w.date(day);
  }
  return w.take();
}

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

    test('rows written in chunks arrive, and a statement after the COPY sees them', async () => {
      const count = await db.transaction(async (tx) => {
        const a = await tx.copyIn('copy_probe', ['n', 'label', 'day']);
        await a.write(rows([1, 'one', '2018-01-01'], [2, null, null]));
        await a.write(rows([3, 'tab\there\\N', '2018-02-28']));
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
        { n: 3, label: 'tab\there\\N', day: '2018-02-28' },
      ]);
      assert.deepEqual(warnings.filter((w) => /already executing a query/.test(w.message)), []);
    });

    test('chunks of any size arrive whole, in any script (PGlite reuses one buffer per COPY)', async () => {
      const long = 'é€😀'.repeat(150_000); // 1.35 MB of UTF-8: more than the first buffer holds
      await db.transaction(async (tx) => {
        const c = await tx.copyIn('copy_probe', ['n', 'label', 'day']);
        await c.write(rows([20, 'café', '2018-01-01'], [21, 'b', null]));
        await c.write(rows([22, long, null]));
        await c.write(rows([23, 'short', null]));
        await c.end();
      });
      const got = await db.query<{ n: number; label: string | null }>('SELECT n, label FROM copy_probe WHERE n >= 20 ORDER BY n');
      assert.deepEqual(got.map((r) => [r.n, r.label === long ? 'long' : r.label]), [[20, 'café'], [21, 'b'], [22, 'long'], [23, 'short']]);
    });

    test('a second COPY takes its rows while the first is still loading, then loads them after it', async () => {
      const many = (from: number, count: number) => rows(...Array.from({ length: count }, (_, i) => [from + i, 'x'.repeat(200), null] as [number, string, null]));
      await db.transaction(async (tx) => {
        const first = await tx.copyIn('copy_probe', ['n', 'label', 'day']);
        await first.write(many(100, 5000));
        const ended = first.end();
        const second = await tx.copyIn('copy_probe', ['n', 'label', 'day']);
        // More than it holds before it starts: it waits for the first COPY, rather than failing.
        for (let k = 0; k * 1_000_000 <= EARLY_BYTES; k++) await second.write(many(10_000 + k * 5000, 5000));
        await second.end();
        await ended;
      });
      const [{ n }] = await db.query('SELECT count(*)::int AS n FROM copy_probe WHERE n >= 100');
      assert.equal(n, 5000 + 5000 * (Math.floor(EARLY_BYTES / 1_000_000) + 1));
      await db.exec('DELETE FROM copy_probe WHERE n >= 100');
    });

    test('a transaction failing with a COPY still open, or one waiting to start, rolls back, and the database carries on', async () => {
      await assert.rejects(db.transaction(async (tx) => {
        const c = await tx.copyIn('copy_probe', ['n', 'label', 'day']);
        await c.write(rows([10, 'lost', '2018-01-01']));
        const waiting = await tx.copyIn('copy_probe', ['n', 'label', 'day']);
        await waiting.write(rows([12, 'lost too', null]));
        throw new Error('something went wrong while reading');
      }), /something went wrong while reading/);
      assert.deepEqual(await db.query('SELECT count(*)::int AS n FROM copy_probe WHERE n IN (10, 12)'), [{ n: 0 }]);
      await db.transaction(async (tx) => {
        const c = await tx.copyIn('copy_probe', ['n', 'label', 'day']);
        await c.write(rows([11, 'kept', '2018-01-01']));
        await c.end();
      });
      assert.deepEqual(await db.query('SELECT label FROM copy_probe WHERE n = 11'), [{ label: 'kept' }]);
    });

    test('rows a COPY does not take are refused, not lost', async () => {
      await assert.rejects(db.transaction(async (tx) => {
        const c = await tx.copyIn('copy_probe', ['n', 'label', 'day']);
        const w = new CopyTupleWriter();
        w.beginRow(3);
        w.null(); // n is NOT NULL
        w.null();
        w.null();
        await c.write(w.take());
        await c.end();
      }), /null value|not-null/);
      assert.deepEqual(await db.query('SELECT count(*)::int AS n FROM copy_probe WHERE n IS NULL'), [{ n: 0 }]);
    });
  });
}
