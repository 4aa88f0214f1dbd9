// Lists read on worker threads (src/ingest/parallel) give exactly what reading on the importing
// thread gives: the same result (errors, warnings, their order and counts, row counts) and the same
// stored rows, for clean files, files with errors and warnings in several lists, duplicates, lists
// many chunks long, a zip, a list that cannot be read and an input past the size limit. Real files,
// a real database, real threads.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../src/db/database.ts';
import { importAnnexA, type ImportOptions, type ImportResult } from '../../src/ingest/import.ts';
import { CHUNK_BYTES } from '../../src/ingest/encode.ts';
import { AHEAD_CHUNKS } from '../../src/ingest/parallel/messages.ts';
import { testDatabases } from '../helpers/databases.ts';
import { addCouncil, csv, PERSON, tableCounts, tempDir, type TempDir, utf8, zipBytes } from './fixtures.ts';

const AS_AT = '2018-03-31';
const CONTACTS = [...PERSON, 'Date of Contact', 'Contact Source', 'Notes'];
const EARLY_HELP = [...PERSON, 'Assessment start date', 'Assessment completion date', 'Organisation completing assessment'];
const REFERRALS = [...PERSON, 'Date of Referral', 'Referral Source', 'Referral NFA?', 'Number of Referrals in Last 12 Months',
  'Allocated Team', 'Allocated Worker'];

const contact = (i: number, notes: string | null = null) =>
  [`C${i}`, i % 2 ? 'Female' : 'Male', 'WBRI', '05/09/2010', '7', `0${(i % 9) + 1}/09/2017`, '6', notes];
const earlyHelp = (i: number) => [`C${i}`, 'Female', 'WBRI', '05/09/2010', '7', '01/10/2017', '', 'Family Support'];
const referral = (i: number) => [`C${i}`, 'Male', 'WBRI', '05/09/2012', '5', '10/10/2017', '6', 'No', '1', 'North', 'W1'];

/** Rows enough for more chunks than a thread may send ahead, so a list read ahead must wait its turn. */
const LONG = Math.ceil((CHUNK_BYTES * (AHEAD_CHUNKS + 4)) / 55);

/** Everything stored for a snapshot, in a form that does not depend on its id. */
async function stored(db: Database, r: ImportResult) {
  if (!r.snapshotId) return null;
  const out: Record<string, unknown> = {};
  for (const t of ['annex_contacts', 'annex_early_help', 'annex_referrals']) {
    out[t] = await db.query(`SELECT md5(string_agg(x::text, '|' ORDER BY x.row_no)) AS rows, count(*)::int AS n
      FROM (SELECT row_no, la_code, child_id, dob, age_years, extra FROM ${t} WHERE snapshot_id = $1) x`, [r.snapshotId]);
  }
  out.warnings = await db.query(`SELECT file, list, row_no, column_name, message FROM snapshot_warnings
    WHERE snapshot_id = $1 ORDER BY list, row_no, column_name, message`, [r.snapshotId]);
  return out;
}

for (const target of testDatabases()) {
  describe(`Reading lists on threads, on ${target.name}`, () => {
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

    /** Imports `path` both ways; asserts the results and stored rows agree; returns the threads' result. */
    async function bothWays(path: string, opts: Partial<ImportOptions> = {}): Promise<ImportResult> {
      const results: ImportResult[] = [];
      const rows: unknown[] = [];
      for (const readers of ['inline', 'threads'] as const) {
        const r = await importAnnexA(db, { path }, { laCode: '211', asAt: AS_AT, ...opts, readers });
        rows.push(await stored(db, r));
        results.push(r);
      }
      const [inline, threads] = results.map(({ snapshotId, ...rest }) => ({ ...rest, stored: snapshotId !== null }));
      assert.deepEqual(threads, inline);
      assert.deepEqual(rows[1], rows[0]);
      return results[1];
    }

    test('a clean folder of several long lists: the same rows, in the same order', async () => {
      const awkward = ['tab\there', 'back\\slash', 'two\r\nlines', '\\N', 'Zoë 😀'];
      dir.file('clean/List 1 - Contacts.csv', utf8(csv([CONTACTS, ...Array.from({ length: LONG }, (_, i) => contact(i, awkward[i] ?? null))])));
      dir.file('clean/List 2 - Early help.csv', utf8(csv([EARLY_HELP, ...Array.from({ length: 3000 }, (_, i) => earlyHelp(i))])));
      dir.file('clean/List 3 - Referrals.csv', utf8(csv([REFERRALS, ...Array.from({ length: LONG }, (_, i) => referral(i))])));
      const r = await bothWays(`${dir.path}/clean`);
      assert.equal(r.ok, true);
      assert.deepEqual(r.rowCounts, { 1: LONG, 2: 3000, 3: LONG });
    });

    test('errors and warnings in several lists come in list order, and nothing is stored', async () => {
      const before = await tableCounts(db);
      const contacts = Array.from({ length: 5000 }, (_, i) => contact(i));
      contacts[10][3] = '31/02/2010'; // an impossible date: an error
      contacts[4000][5] = '01/09/2030'; // after the as-at date: a warning
      dir.file('errors/List 1 - Contacts.csv', utf8(csv([CONTACTS, ...contacts])));
      const referrals = Array.from({ length: 5000 }, (_, i) => referral(i));
      referrals[20][7] = 'Perhaps'; // not a Yes/No: a warning
      referrals[30][8] = 'many'; // not a count: an error
      dir.file('errors/List 3 - Referrals.csv', utf8(csv([REFERRALS, ...referrals])));
      dir.file('errors/List 2 - Early help.csv', utf8(''));
      const r = await bothWays(`${dir.path}/errors`);
      assert.equal(r.ok, false);
      assert.deepEqual(r.errors.map((e) => [e.list, e.row]), [[1, 12], [3, 32]]);
      assert.ok(r.warnings.some((w) => w.list === 2 && /is empty/.test(w.message)));
      assert.deepEqual(await tableCounts(db), before);
    });

    test('duplicates are found and removed the same way', async () => {
      const rows = Array.from({ length: LONG }, (_, i) => contact(i));
      rows.push(contact(3), contact(LONG - 2));
      dir.file('dupes/List 1.csv', utf8(csv([CONTACTS, ...rows])));
      const r = await bothWays(`${dir.path}/dupes`);
      assert.equal(r.rowCounts['1'], LONG);
      assert.equal(r.warnings.filter((w) => /Duplicate/.test(w.message)).length, 2);
    });

    test('a zip of CSVs', async () => {
      const zip = dir.file('lists.zip', zipBytes([
        { name: 'List 1 - Contacts.csv', data: utf8(csv([CONTACTS, ...Array.from({ length: 4000 }, (_, i) => contact(i))])) },
        { name: 'List 3 - Referrals.csv', data: utf8(csv([REFERRALS, ...Array.from({ length: 4000 }, (_, i) => referral(i))])) },
      ]));
      const r = await bothWays(zip);
      assert.deepEqual(r.rowCounts, { 1: 4000, 3: 4000 });
    });

    test('a list that cannot be read is reported, and the other lists are still checked', async () => {
      dir.file('nul/List 1.csv', utf8(csv([CONTACTS, contact(1), contact(2)])));
      dir.file('nul/List 2.csv', Buffer.concat([utf8(csv([EARLY_HELP, earlyHelp(1)])), Buffer.from([0, 1, 2, 10])]));
      const referrals = Array.from({ length: 50 }, (_, i) => referral(i));
      referrals[5][3] = 'yesterday';
      dir.file('nul/List 3.csv', utf8(csv([REFERRALS, ...referrals])));
      const r = await bothWays(`${dir.path}/nul`);
      assert.deepEqual(r.errors.map((e) => [e.list, e.row]), [[2, null], [3, 7]]);
      assert.match(r.errors[0].message, /NUL/);
    });

    test('imports at the same time share the threads without touching each other\'s lists', async () => {
      // One import stops loading on an error while the other, clean, is read on the same threads.
      const [failed, clean] = await Promise.all([
        importAnnexA(db, { path: `${dir.path}/errors` }, { laCode: '211', asAt: AS_AT, readers: 'threads' }),
        importAnnexA(db, { path: `${dir.path}/clean` }, { laCode: '211', asAt: AS_AT, readers: 'threads' }),
      ]);
      assert.equal(failed.ok, false);
      assert.equal(clean.ok, true);
      const [{ n }] = await db.query('SELECT count(*)::int AS n FROM annex_referrals WHERE snapshot_id = $1', [clean.snapshotId]);
      assert.equal(n, LONG);
    });

    test('a zip that unpacks past the limit stops every reading, and threads are free for the next import', async () => {
      const big = utf8(csv([CONTACTS, ...Array.from({ length: 20000 }, (_, i) => contact(i))]));
      const zip = dir.file('bomb.zip', zipBytes([
        { name: 'List 1.csv', data: big, declaredSize: 100 },
        { name: 'List 3.csv', data: utf8(csv([REFERRALS, ...Array.from({ length: 20000 }, (_, i) => referral(i))])), declaredSize: 100 },
      ]));
      const before = await tableCounts(db);
      const r = await importAnnexA(db, { path: zip }, { laCode: '211', asAt: AS_AT, maxUnpackedBytes: big.length - 1000, readers: 'threads' });
      assert.equal(r.ok, false);
      assert.equal(r.errors.length, 1);
      assert.match(r.errors[0].message, /unpacks to more than/);
      assert.deepEqual(await tableCounts(db), before);
      dir.file('after/List 1.csv', utf8(csv([CONTACTS, contact(1)])));
      const next = await importAnnexA(db, { path: `${dir.path}/after` }, { laCode: '211', asAt: AS_AT, readers: 'threads' });
      assert.equal(next.ok, true);
    });
  });
}
