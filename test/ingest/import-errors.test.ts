// Bad input: every problem is reported with file, list, row, column and reason, and an import
// with any error stores nothing and changes nothing that was there before.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../src/db/database.ts';
import { importAnnexA, MAX_KEPT } from '../../src/ingest/import.ts';
import { formatProblem } from '../../src/ingest/problems.ts';
import { testDatabases } from '../helpers/databases.ts';
import {
  addCouncil, csv, day, PERSON, tableCounts, tempDir, type TempDir, unzipEntries, utf8, win1252, writeXlsx, zipBytes,
} from './fixtures.ts';

const AS_AT = '2018-03-31';
const opts = { laCode: '211', asAt: AS_AT };

const contacts = (...rows: (string | number | null)[][]) =>
  csv([[...PERSON, 'Date of Contact', 'Contact Source'], ...rows]);
const okContact = (id: string) => [id, 'Male', 'WBRI', '01/01/2010', '8', '01/02/2018', '6'];

const LIST8_HEADER = [...PERSON, 'Does the Child have a Disability', 'Date Started to be Looked After',
  'Placement Location', 'Number of Placements in the Last 12 months', 'Allocated Worker'];
const okCla = (id: string) => [id, 'Female', 'WBRI', '01/01/2010', '8', 'No', '01/01/2017', 'In', '1', 'Sam'];

const messages = (r: { errors: { file: string; list: number | null; row: number | null; column: string | null; message: string }[] }) =>
  r.errors.map(formatProblem);

for (const target of testDatabases()) {
  describe(`bad Annex A input on ${target.name}`, () => {
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

    test('all or nothing: one bad row in list 8 stores nothing in any table, and keeps what was there', async () => {
      // A good import first, so "nothing changed" is tested against data that exists.
      const good = dir.file('good/list_1.csv', contacts(okContact('G1'), okContact('G2')));
      assert.equal((await importAnnexA(db, { path: good }, opts)).ok, true);
      const beforeCounts = await tableCounts(db);
      assert.equal(beforeCounts.annex_contacts, 2);

      dir.file('bad/list_1.csv', contacts(okContact('A1'), okContact('A2'), okContact('A3')));
      dir.file('bad/list_3.csv', csv([[...PERSON, 'Date of referral'], ['A1', 'Male', 'WBRI', '01/01/2010', '8', '02/02/2018']]));
      const rows = Array.from({ length: 12_000 }, (_, i) => okCla(`K${i}`));
      rows[11_000] = ['K11000', 'Female', 'WBRI', '01/01/2010', '8', 'No', '31/02/2017', 'In', '1', 'Sam'];
      dir.file('bad/list_8.csv', csv([LIST8_HEADER, ...rows]));
      const r = await importAnnexA(db, { path: `${dir.path}/bad` }, opts);
      assert.equal(r.ok, false);
      assert.equal(r.snapshotId, null);
      assert.deepEqual(messages(r), [
        'list_8.csv, list 8, row 11002, column "Date Started to be Looked After": Not a real calendar date (day/month/year)',
      ]);
      assert.deepEqual(await tableCounts(db), beforeCounts, 'rows inserted before the bad row (two batches) were rolled back');
    });

    test('reading goes on after the first error: every problem in every list is reported', async () => {
      dir.file('many/list_1.csv', contacts(
        okContact('A1'),
        ['A2', 'Male', 'WBRI', '01/01/2010', '8', '', '6'],
        ['', 'Male', 'WBRI', '01/01/2010', '8', '01/02/2018', '6'],
        ['A4', 'Male', 'WBRI', '1/1/10', 'eight', '2018-02-30', '6'],
      ));
      dir.file('many/list_8.csv', csv([LIST8_HEADER, okCla('K1'),
        ['K2', 'Female', 'WBRI', '01/01/2010', '8', 'No', '01/01/2017', 'Away', '1.5', 'Sam']]));
      dir.file('many/List 3.csv', csv([['Child Unique ID', 'Gender', 'Sex', 'Referral NFA?'], ['R1', 'M', 'M', 'Maybe']]));
      const before = await tableCounts(db);
      const r = await importAnnexA(db, { path: `${dir.path}/many` }, opts);
      assert.equal(r.ok, false);
      assert.deepEqual(messages(r), [
        'list_1.csv, list 1, row 3, column "Date of Contact": Required, but blank',
        'list_1.csv, list 1, row 4, column "Child Unique ID": Required, but blank',
        'list_1.csv, list 1, row 5, column "Date of Birth": Not a date: use dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy or yyyy-mm-dd',
        'list_1.csv, list 1, row 5, column "Age of Child (Years)": Not an age in years (a number from 0 to 129)',
        'list_1.csv, list 1, row 5, column "Date of Contact": Not a real calendar date (year-month-day)',
        'List 3.csv, list 3, row 1, column "Sex": A second column for Gender (columns B and C): keep one',
        'List 3.csv, list 3, row 1, column "Date of referral": Required column missing',
        'list_8.csv, list 8, row 3, column "Number of Placements in the Last 12 months": Not a whole number of 0 or more',
      ]);
      assert.equal(r.errorCount, 8);
      // An unreadable value in a column a measure counts is a warning, not an error (it would be
      // stored as blank): reported alongside the errors, in reading order.
      assert.deepEqual(r.warnings.map(formatProblem), [
        'List 3.csv, list 3, row 2, column "Referral NFA?": Not Yes or No: treated as blank in the measures',
        'list_8.csv, list 8, row 3, column "Placement Location": Not In or Out: treated as blank in the measures',
      ]);
      assert.equal(r.warningCount, 2);
      assert.deepEqual(await tableCounts(db), before);
    });

    test('a missing required column in a workbook, and two sheets for one list', async () => {
      const path = await writeXlsx(`${dir.path}/two.xlsx`, [
        { name: 'List 1', rows: [['Child Unique ID', 'Gender'], ['A1', 'Male']] },
        { name: 'List 8 - CLA', rows: [['Child Unique ID', 'Date Started to be Looked After'], ['K1', day('2017-01-01')]] },
        { name: 'list_8', rows: [['Child Unique ID', 'Date Started to be Looked After'], ['K1', day('2017-01-01')]] },
      ]);
      const r = await importAnnexA(db, { path }, opts);
      assert.deepEqual(messages(r), [
        'two.xlsx, list 8: Two sheets for list 8: "List 8 - CLA" and "list_8": keep one',
        'two.xlsx, list 1, row 1, column "Date of Contact": Required column missing',
      ]);
    });

    test('two files for one list in a folder', async () => {
      dir.file('dup/list_1.csv', contacts(okContact('A1')));
      dir.file('dup/List 1 - contacts.csv', contacts(okContact('A1')));
      const r = await importAnnexA(db, { path: `${dir.path}/dup` }, opts);
      assert.deepEqual(messages(r), ['list_1.csv, list 1: Two files for list 1: "List 1 - contacts.csv" and "list_1.csv": keep one']);
    });

    test('errors beyond the first thousand are counted, not kept', async () => {
      const rows = Array.from({ length: 1500 }, (_, i) => [`A${i}`, 'Male', 'WBRI', '01/01/2010', '8', 'soon', '6']);
      const path = dir.file('capped/list_1.csv', contacts(...rows));
      const r = await importAnnexA(db, { path }, opts);
      assert.equal(r.errors.length, MAX_KEPT);
      assert.equal(r.errorCount, 1500);
      assert.equal(r.errors[999].row, 1001);
    });

    test('input over the size limit is refused with a clear message', async () => {
      const big = contacts(...Array.from({ length: 200 }, (_, i) => okContact(`A${i}`)));
      const path = dir.file('big/list_1.csv', big);
      const r = await importAnnexA(db, { path }, { ...opts, maxUnpackedBytes: 4096 });
      assert.deepEqual(messages(r), [
        'list_1.csv: The input unpacks to more than 4096 bytes, the import limit: split it, or raise the limit']);
      const folder = await importAnnexA(db, { path: `${dir.path}/big` }, { ...opts, maxUnpackedBytes: 4096 });
      assert.deepEqual(messages(folder), [
        'big: The input unpacks to more than 4096 bytes, the import limit: split it, or raise the limit']);
    });

    test('a zip that inflates past the limit is stopped while streaming, whatever its headers say', async () => {
      const before = await tableCounts(db);
      const huge = Buffer.from(contacts(...Array.from({ length: 80_000 }, (_, i) => okContact(`A${i}`))));
      assert.ok(huge.length > 3 * 1024 * 1024);
      const lying = dir.file('bomb.zip', zipBytes([{ name: 'list_1.csv', data: huge, declaredSize: 100 }]));
      const r = await importAnnexA(db, { path: lying }, { ...opts, maxUnpackedBytes: 1024 * 1024 });
      assert.deepEqual(messages(r), [
        'list_1.csv, list 1: The input unpacks to more than 1 MB, the import limit: split it, or raise the limit']);
      assert.deepEqual(await tableCounts(db), before);

      const honest = dir.file('honest.zip', zipBytes([{ name: 'list_1.csv', data: huge }]));
      const h = await importAnnexA(db, { path: honest }, { ...opts, maxUnpackedBytes: 1024 * 1024 });
      assert.deepEqual(messages(h), [
        'honest.zip: The input unpacks to more than 1 MB, the import limit: split it, or raise the limit']);
    });

    test('a workbook that inflates past the limit is stopped too', async () => {
      const rows = Array.from({ length: 3000 }, (_, i) => [`A${i}`, 'Male', 'WBRI', day('2010-01-01'), 8, day('2018-02-01'), '6']);
      const honest = await writeXlsx(`${dir.path}/big.xlsx`, [{ name: 'List 1', rows: [[...PERSON, 'Date of Contact', 'Contact Source'], ...rows] }]);
      assert.deepEqual(messages(await importAnnexA(db, { path: honest }, { ...opts, maxUnpackedBytes: 100 * 1024 })), [
        'big.xlsx: The input unpacks to more than 102400 bytes, the import limit: split it, or raise the limit']);
      const entries = await unzipEntries(honest);
      const path = dir.file('lying.xlsx', zipBytes(entries.map((e) => ({ ...e, declaredSize: 10 }))));
      const r = await importAnnexA(db, { path }, { ...opts, fileName: 'big.xlsx', maxUnpackedBytes: 100 * 1024 });
      assert.deepEqual(messages(r), [
        'big.xlsx, list 1: The input unpacks to more than 102400 bytes, the import limit: split it, or raise the limit']);
    });

    test('files that cannot be read: mixed encodings, an unclosed quote, UTF-16, .xls, no lists', async () => {
      const mixed = dir.file('enc/list_1.csv', Buffer.concat([utf8(contacts(okContact('Zoë'))), win1252('Zoë,Male\r\n')]));
      assert.deepEqual(messages(await importAnnexA(db, { path: mixed }, opts)), [
        'list_1.csv, list 1: Is neither UTF-8 nor Windows-1252 throughout (it mixes encodings): save it again as "CSV UTF-8"']);
      const open = dir.file('quote/list_1.csv', `${contacts(okContact('A1'))}"A2,Male\n`);
      assert.deepEqual(messages(await importAnnexA(db, { path: open }, opts)), [
        'list_1.csv, list 1: A quoted cell in row 3 is never closed (a quote (") is missing)']);
      const utf16 = dir.file('u16/list_1.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('C,D', 'utf16le')]));
      assert.deepEqual(messages(await importAnnexA(db, { path: utf16 }, opts)), [
        'list_1.csv, list 1: Is UTF-16 text: save it as "CSV UTF-8" instead']);
      const xls = dir.file('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
      assert.deepEqual(messages(await importAnnexA(db, { path: xls }, opts)), [
        'old.xls: Is an old-style Excel (.xls) workbook: save it as .xlsx']);
      const pdf = dir.file('annex.pdf', '%PDF-1.4');
      assert.deepEqual(messages(await importAnnexA(db, { path: pdf }, opts)), [
        'annex.pdf: Is not a file the import reads: give an .xlsx workbook, a .csv file, or a folder or .zip of .csv files']);
      const unnamed = dir.file('contacts.csv', contacts(okContact('A1')));
      assert.deepEqual(messages(await importAnnexA(db, { path: unnamed }, opts)), [
        'contacts.csv: The file name does not say which list it holds: name it like "list_8.csv"']);
      const none = await writeXlsx(`${dir.path}/none.xlsx`, [{ name: 'Sheet1', rows: [['a'], ['b']] }]);
      const r = await importAnnexA(db, { path: none }, opts);
      assert.deepEqual(messages(r), [
        'none.xlsx: No Annex A lists found: name each sheet or file after its list ("List 1" to "List 11")']);
      assert.deepEqual(r.warnings.map(formatProblem), [
        'none.xlsx: Sheet "Sheet1" ignored: its name does not say which list (List 1 to List 11) it holds']);
    });

    test('an unknown council, bad options and a missing file', async () => {
      const path = dir.file('opt/list_1.csv', contacts(okContact('A1')));
      assert.deepEqual(messages(await importAnnexA(db, { path }, { laCode: '999', asAt: AS_AT })), [
        'list_1.csv: Council 999 is not set up in Uplift: add it first']);
      assert.deepEqual(messages(await importAnnexA(db, { path }, { laCode: '211', asAt: '31/03/2018' })), [
        'list_1.csv: The as-at date must be a date written yyyy-mm-dd']);
      assert.deepEqual(messages(await importAnnexA(db, { path }, { laCode: '211', asAt: AS_AT, periodStart: '2018-04-01' })), [
        'list_1.csv: The period start is after the as-at date']);
      assert.deepEqual(messages(await importAnnexA(db, { path }, { laCode: '21', asAt: AS_AT })), [
        'list_1.csv: The council code must be three digits (the DfE local authority code, e.g. 211)']);
      assert.deepEqual(messages(await importAnnexA(db, { path: `${dir.path}/nowhere.csv` }, opts)), [
        'nowhere.csv: No such file or folder']);
    });
  });
}
