// Loading by COPY on a real database: lists many chunks long, every character a cell may hold
// (tab, backslash, line ends, \N as text, JSON in the kept-aside columns), an error found after
// thousands of rows have been sent (nothing stored, the database still usable), duplicates found
// among many rows, and a deleted snapshot taking its rows with it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../src/db/database.ts';
import { importAnnexA } from '../../src/ingest/import.ts';
import { CHUNK_BYTES } from '../../src/ingest/encode.ts';
import { testDatabases } from '../helpers/databases.ts';
import { addCouncil, csv, PERSON, tableCounts, tempDir, type TempDir, utf8 } from './fixtures.ts';

const AS_AT = '2018-03-31';
const HEADER = [...PERSON, 'Date of Contact', 'Contact Source', 'Notes'];
/** Enough rows for several COPY chunks. */
const MANY = Math.ceil((CHUNK_BYTES * 3) / 60);

const contact = (i: number, notes: string | null = null) =>
  [`C${i}`, 'Female', 'WBRI', '05/09/2010', '7', `0${(i % 9) + 1}/09/2017`, '6', notes];

for (const target of testDatabases()) {
  describe(`Loading by COPY on ${target.name}`, () => {
    let db: Database;
    let dir: TempDir;
    before(async () => {
      db = await target.open();
      await addCouncil(db);
      dir = tempDir();
    });
    after(async () => {
      dir.remove();
      await db.close();
    });

    test('a list of many chunks arrives whole, with every awkward character intact', async () => {
      const awkward = ['tab\there', 'back\\slash', 'two\r\nlines', '\\N', 'quote " and, comma', 'Zoë 😀', '{"json": "\\u0041"}'];
      const rows = Array.from({ length: MANY }, (_, i) => contact(i, i < awkward.length ? awkward[i] : null));
      const file = dir.file('many/List 1.csv', utf8(csv([HEADER, ...rows])));
      const r = await importAnnexA(db, { path: file }, { laCode: '211', asAt: AS_AT });
      assert.deepEqual(r.errors, []);
      assert.equal(r.rowCounts['1'], MANY);
      const [{ n, last }] = await db.query('SELECT count(*)::int AS n, max(row_no) AS last FROM annex_contacts WHERE snapshot_id = $1', [r.snapshotId]);
      assert.equal(n, MANY);
      assert.equal(last, MANY + 1);
      const notes = await db.query(`SELECT extra->>'Notes' AS notes FROM annex_contacts
        WHERE snapshot_id = $1 AND extra IS NOT NULL ORDER BY row_no`, [r.snapshotId]);
      assert.deepEqual(notes.map((x) => x.notes), awkward.map((a) => a.replace('\r\n', '\n')));
    });

    test('an error after thousands of rows were sent stores nothing, and the database carries on', async () => {
      const before = await tableCounts(db);
      const rows = Array.from({ length: MANY }, (_, i) => contact(i));
      rows.push(['C-bad', 'Female', 'WBRI', '05/09/2010', '7', '31/02/2018', '6', null]);
      rows.push(...Array.from({ length: 100 }, (_, i) => contact(MANY + i)));
      const file = dir.file('late-error/List 1.csv', utf8(csv([HEADER, ...rows])));
      const r = await importAnnexA(db, { path: file }, { laCode: '211', asAt: AS_AT });
      assert.equal(r.ok, false);
      assert.deepEqual(r.errors.map((e) => [e.row, e.column]), [[MANY + 2, 'Date of Contact']]);
      assert.deepEqual(await tableCounts(db), before);
      const again = await importAnnexA(db, { path: dir.file('small/List 1.csv', utf8(csv([HEADER, contact(1)]))) },
        { laCode: '211', asAt: AS_AT });
      assert.equal(again.ok, true);
    });

    test('repeated rows far apart in a long list are found', async () => {
      const rows = Array.from({ length: MANY }, (_, i) => contact(i));
      rows.push(contact(5), contact(MANY - 1));
      const file = dir.file('dupes/List 1.csv', utf8(csv([HEADER, ...rows])));
      const r = await importAnnexA(db, { path: file }, { laCode: '211', asAt: AS_AT });
      assert.equal(r.rowCounts['1'], MANY);
      assert.deepEqual(r.warnings.filter((w) => /Duplicate/.test(w.message)).map((w) => [w.row, w.message]), [
        [MANY + 2, 'Duplicate of row 7 (identical in every column): only row 7 is kept'],
        [MANY + 3, `Duplicate of row ${MANY + 1} (identical in every column): only row ${MANY + 1} is kept`],
      ]);
    });

    test('thousands of warnings are all stored, several statements\' worth', async () => {
      // Every row's contact date is after the as-at date: one warning a row.
      const rows = Array.from({ length: 12_001 }, (_, i) => [`C${i}`, 'Female', 'WBRI', '05/09/2010', '7', '01/05/2018', '6', null]);
      const file = dir.file('warned/List 1.csv', utf8(csv([HEADER, ...rows])));
      const r = await importAnnexA(db, { path: file }, { laCode: '211', asAt: AS_AT });
      assert.equal(r.ok, true);
      const stored = await db.query<{ n: number; first: number; last: number }>(`SELECT count(*)::int AS n, min(row_no) AS first,
        max(row_no) AS last FROM snapshot_warnings WHERE snapshot_id = $1 AND column_name = 'Date of Contact'`, [r.snapshotId]);
      assert.deepEqual(stored, [{ n: 12_001, first: 2, last: 12_002 }]);
      const [{ all }] = await db.query<{ all: number }>('SELECT count(*)::int AS all FROM snapshot_warnings WHERE snapshot_id = $1', [r.snapshotId]);
      assert.equal(all, r.warningCount, 'every warning found is stored');
    });

    test('deleting a snapshot deletes its rows and its warnings', async () => {
      const future = [...contact(3)];
      future[5] = '01/01/2030'; // a warning: after the as-at date
      const file = dir.file('gone/List 1.csv', utf8(csv([HEADER, contact(1), contact(2), future])));
      const r = await importAnnexA(db, { path: file }, { laCode: '211', asAt: AS_AT });
      assert.ok(r.warningCount > 0);
      const count = (table: string, op: '=' | '<>') =>
        db.query(`SELECT count(*)::int AS n FROM ${table} WHERE snapshot_id ${op} $1`, [r.snapshotId]);
      const others = [await count('annex_contacts', '<>'), await count('snapshot_warnings', '<>')];
      assert.deepEqual(await count('snapshot_warnings', '='), [{ n: r.warningCount }]);
      await db.query('DELETE FROM snapshots WHERE id = $1', [r.snapshotId]);
      assert.deepEqual(await count('annex_contacts', '='), [{ n: 0 }]);
      assert.deepEqual(await count('snapshot_warnings', '='), [{ n: 0 }]);
      assert.deepEqual([await count('annex_contacts', '<>'), await count('snapshot_warnings', '<>')], others);
    });
  });
}
