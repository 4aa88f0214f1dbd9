// Importing CSVs (a folder, a zip, one file) into a real database: every spelling Annex A allows
// arrives in its stored form, and the snapshot, warnings and audit entry are written.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Database } from '../../src/db/database.ts';
import { importAnnexA, checkAnnexA } from '../../src/ingest/import.ts';
import { testDatabases } from '../helpers/databases.ts';
import { addCouncil, csv, PERSON, tableCounts, tempDir, type TempDir, utf8, win1252, zipBytes } from './fixtures.ts';

const AS_AT = '2018-03-31';
const NBSP = '\u00a0';

/** List 1 (UTF-8 with BOM): synonyms, every date spelling, code spellings, blanks, a duplicate, an extra column. */
const list1 = csv([
  ['Child ID', 'Sex', 'Ethnicity', 'Date of Birth', 'Age', 'Date of Contact', 'Contact Source', 'Notes'],
  [` C1${NBSP}`, 'b) Female', 'a) WBRI', '05/09/2010', '7', '05/09/2017', 'q) 6: Police', 'seen at school'],
  ['C2', 'Female', 'WBRI', '5/9/2010', 7, '5/9/2017', '6', null],
  ['C3', 'F', 'NOBT', '05-09-2010', '#N/A', '05-09-2017', 'N/A', 'NULL'],
  ['C4', '2', 'a) WBRI', '2010-09-05', '  ', '2017-09-05', 'b) 1B: Individual', null],
  ['C5', 'a) Male', 'XXXX', 'NULL', null, '01/04/2018', '1B', null],
  ['C2', 'F', 'WBRI', '2010-09-05', '7', '2017-09-05', '6', ''],
  ['C6', 'M', 'WBRI', '05/09/2010', '9', '06/09/2017', '6', null],
]);

/** List 3 (Windows-1252): Zoë, a quoted cell over two lines, Yes/No spellings, counts. */
const list3 = csv([
  [...PERSON, 'Date of referral', 'Referral Source', 'Referral NFA?', 'Number of Referrals in Last 12 Months',
    'Allocated Team', 'Allocated Worker'],
  ['R1', 'Male', 'WBRI', '01/01/2012', '6', '02/01/2018', '6', 'a) Yes', '0', 'Team\nNorth', `${NBSP}Zoë Smith `],
  ['R2', 'Male', 'WBRI', '01/01/2012', '6', '03/04/2018', '6', 'Y', 2, 'South', 'Zoë Smith'],
  ['R3', 'Male', 'WBRI', '01/01/2012', '6', '04/01/2018', '6', 'y', '1', ' South ', 'Renée Ödegaard'],
  ['R4', 'Male', 'WBRI', '01/01/2012', '6', '05/01/2018', '6', 'b) No', null, null, null],
  ['R5', 'Male', 'WBRI', '01/01/2012', '6', '06/01/2018', '6', 'N', null, null, null],
  ['R6', 'Male', 'WBRI', '01/01/2012', '6', '07/01/2018', '6', 'no', null, null, null],
]);

/** List 9 (UTF-8, no BOM): the closed lists an indicator counts. */
const list9 = csv([
  [...PERSON, 'Does the Child have a Disability', 'Allocated Personal Adviser', 'LA in Touch',
    'Suitability of Accommodation', 'Activity Status', 'Type of Accommodation'],
  ['L1', 'Male', 'WBRI', '01/01/1998', '20', 'b) No', 'Pat', 'a) Yes', 'a) Suitable', 'F1: Full time in higher education', 'U: Independent living'],
  ['L2', 'Male', 'WBRI', '01/01/1998', '20', 'No', 'Pat', 'Refu', 'b) Unsuitable', 'G5 - Not in education, employment or training', 'Y'],
  ['L3', 'Male', 'WBRI', '01/01/1998', '20', 'Yes', null, 'NREQ', 'Suitable', 'p2', null],
  ['L4', 'Male', 'WBRI', '01/01/1998', '20', 'Y', '', 'rhom', 'Unsuitable', 'F5', 'Q'],
]);

function buildFolder(dir: TempDir) {
  dir.file('annex/List 1 contacts.csv', utf8(list1, true));
  dir.file('annex/list_3.csv', win1252(list3));
  dir.file('annex/list9.csv', utf8(list9));
  dir.file('annex/README.txt', 'not data');
  dir.file('annex/summary.csv', 'a,b\n1,2\n');
  return `${dir.path}/annex`;
}

for (const target of testDatabases()) {
  describe(`CSV import on ${target.name}`, () => {
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

    test('a folder of CSVs: stored forms, warnings, snapshot and audit', async () => {
      const folder = buildFolder(dir);
      const r = await importAnnexA(db, { path: folder }, { laCode: '211', asAt: AS_AT, fileName: 'annex' });
      assert.deepEqual(r.errors, []);
      assert.equal(r.ok, true);
      assert.equal(r.periodStart, '2017-10-01');
      assert.deepEqual(r.rowCounts, { 1: 6, 3: 6, 9: 4 });
      assert.match(r.checksum, /^[0-9a-f]{64}$/);

      const contacts = await db.query(
        `SELECT row_no, child_id, gender, ethnicity, dob, age_years, contact_date, contact_source, extra
         FROM annex_contacts WHERE snapshot_id = $1 ORDER BY row_no`, [r.snapshotId]);
      assert.deepEqual(contacts, [
        { row_no: 2, child_id: 'C1', gender: 'Female', ethnicity: 'WBRI', dob: '2010-09-05', age_years: 7,
          contact_date: '2017-09-05', contact_source: '6', extra: { Notes: 'seen at school' } },
        { row_no: 3, child_id: 'C2', gender: 'Female', ethnicity: 'WBRI', dob: '2010-09-05', age_years: 7,
          contact_date: '2017-09-05', contact_source: '6', extra: null },
        { row_no: 4, child_id: 'C3', gender: 'Female', ethnicity: 'NOBT', dob: '2010-09-05', age_years: null,
          contact_date: '2017-09-05', contact_source: null, extra: null },
        { row_no: 5, child_id: 'C4', gender: 'Female', ethnicity: 'WBRI', dob: '2010-09-05', age_years: null,
          contact_date: '2017-09-05', contact_source: '1B', extra: null },
        { row_no: 6, child_id: 'C5', gender: 'Male', ethnicity: 'XXXX', dob: null, age_years: null,
          contact_date: '2018-04-01', contact_source: '1B', extra: null },
        { row_no: 8, child_id: 'C6', gender: 'Male', ethnicity: 'WBRI', dob: '2010-09-05', age_years: 9,
          contact_date: '2017-09-06', contact_source: '6', extra: null },
      ], 'row 7 repeats row 3 once read (dates and codes spelt differently) and is dropped');

      const referrals = await db.query(
        `SELECT row_no, child_id, referral_date, nfa, referrals_12m, team, worker
         FROM annex_referrals WHERE snapshot_id = $1 ORDER BY row_no`, [r.snapshotId]);
      assert.deepEqual(referrals, [
        { row_no: 2, child_id: 'R1', referral_date: '2018-01-02', nfa: true, referrals_12m: 0, team: 'Team\nNorth', worker: 'Zoë Smith' },
        { row_no: 3, child_id: 'R2', referral_date: '2018-04-03', nfa: true, referrals_12m: 2, team: 'South', worker: 'Zoë Smith' },
        { row_no: 4, child_id: 'R3', referral_date: '2018-01-04', nfa: true, referrals_12m: 1, team: ' South ', worker: 'Renée Ödegaard' },
        { row_no: 5, child_id: 'R4', referral_date: '2018-01-05', nfa: false, referrals_12m: null, team: null, worker: null },
        { row_no: 6, child_id: 'R5', referral_date: '2018-01-06', nfa: false, referrals_12m: null, team: null, worker: null },
        { row_no: 7, child_id: 'R6', referral_date: '2018-01-07', nfa: false, referrals_12m: null, team: null, worker: null },
      ], 'Windows-1252 names survive; the two-line cell is one row; worker names are trimmed, teams are not');

      const leavers = await db.query(
        `SELECT child_id, disability, personal_adviser, in_touch, accommodation_suitable, activity, accommodation
         FROM annex_care_leavers WHERE snapshot_id = $1 ORDER BY row_no`, [r.snapshotId]);
      assert.deepEqual(leavers, [
        { child_id: 'L1', disability: 'No', personal_adviser: 'Pat', in_touch: 'YES', accommodation_suitable: 'Suitable', activity: 'F1', accommodation: 'U' },
        { child_id: 'L2', disability: 'No', personal_adviser: 'Pat', in_touch: 'REFU', accommodation_suitable: 'Unsuitable', activity: 'G5', accommodation: 'Y' },
        { child_id: 'L3', disability: 'Yes', personal_adviser: null, in_touch: 'NREQ', accommodation_suitable: 'Suitable', activity: 'P2', accommodation: null },
        { child_id: 'L4', disability: 'Yes', personal_adviser: null, in_touch: 'RHOM', accommodation_suitable: 'Unsuitable', activity: 'F5', accommodation: 'Q' },
      ]);

      const warnings = r.warnings.map((w) => [w.file, w.list, w.row, w.column, w.message]);
      assert.deepEqual(warnings, [
        ['README.txt', null, null, null, 'Ignored: not a .csv file'],
        ['summary.csv', null, null, null, 'File "summary.csv" ignored: its name does not say which list (List 1 to List 11) it holds'],
        ['List 1 contacts.csv', 1, 1, 'Notes', 'Not an Annex A column for this list: its values are kept aside, not used'],
        ['List 1 contacts.csv', 1, 6, 'Ethnicity', 'Not a DfE ethnicity code (e.g. WBRI)'],
        ['List 1 contacts.csv', 1, 6, 'Date of Contact', 'After the as-at date 31/03/2018'],
        ['List 1 contacts.csv', 1, 8, 'Age', 'Does not match Date of Birth: the age at the as-at date 31/03/2018 is different'],
        ['list_3.csv', 3, 3, 'Date of referral', 'After the as-at date 31/03/2018'],
        ['list9.csv', 9, 5, 'Type of Accommodation', 'Not an SSDA903 accommodation code (e.g. U)'],
        ['List 1 contacts.csv', 1, 7, null, 'Duplicate of row 3 (identical in every column): only row 3 is kept'],
      ]);
      assert.equal(r.warningCount, 9);

      const stored = await db.query(
        `SELECT file, list, row_no, column_name, message FROM snapshot_warnings WHERE snapshot_id = $1
         ORDER BY list NULLS FIRST, row_no NULLS FIRST, column_name`, [r.snapshotId]);
      assert.equal(stored.length, 9);
      assert.deepEqual(stored.find((w) => w.row_no === 7), { file: 'List 1 contacts.csv', list: 1, row_no: 7, column_name: null,
        message: 'Duplicate of row 3 (identical in every column): only row 3 is kept' });

      const [snap] = await db.query('SELECT * FROM snapshots WHERE id = $1', [r.snapshotId]);
      assert.equal(snap.la_code, '211');
      assert.equal(snap.as_at, AS_AT);
      assert.equal(snap.period_start, '2017-10-01');
      assert.equal(snap.file_name, 'annex');
      assert.equal(snap.checksum, r.checksum);
      assert.equal(snap.imported_by, null);
      assert.equal(snap.synthetic, false);
      assert.deepEqual(snap.row_counts, { 1: 6, 3: 6, 9: 4 });
      assert.deepEqual(snap.columns, {
        1: ['child_id', 'gender', 'ethnicity', 'dob', 'age_years', 'contact_date', 'contact_source'],
        3: ['child_id', 'gender', 'ethnicity', 'dob', 'age_years', 'referral_date', 'referral_source', 'nfa', 'referrals_12m', 'team', 'worker'],
        9: ['child_id', 'gender', 'ethnicity', 'dob', 'age_years', 'disability', 'personal_adviser', 'in_touch', 'accommodation',
          'accommodation_suitable', 'activity'],
      }, 'the columns each list had, for indicators that need an optional one');

      const audit = await db.query(`SELECT * FROM audit_log WHERE entity = 'snapshots' AND entity_id = $1`, [String(r.snapshotId)]);
      assert.equal(audit.length, 1);
      assert.equal(audit[0].action, 'import');
      assert.equal(audit[0].user_label, 'cli');
      assert.equal(audit[0].la_code, '211');
      assert.equal(audit[0].summary, 'Imported Annex A as at 2018-03-31: 3 lists (1, 3, 9), 16 rows, 9 warnings');
      assert.deepEqual(audit[0].after.row_counts, { 1: 6, 3: 6, 9: 4 });
      const logged = JSON.stringify(audit[0]);
      for (const childData of ['C1', 'R1', 'Zoë', 'WBRI', '2010-09-05']) assert.equal(logged.includes(childData), false, childData);
    });

    test('the same lists as a zip, and a single CSV, read the same; the checksum is of the bytes', async () => {
      const zip = dir.file('annex.zip', zipBytes([
        { name: 'annex/List 1 contacts.csv', data: utf8(list1, true) },
        { name: 'annex/list_3.csv', data: win1252(list3) },
        { name: '__MACOSX/annex/._list_3.csv', data: Buffer.from('junk') },
        { name: 'annex/list9.csv', data: utf8(list9) },
      ]));
      const z = await importAnnexA(db, { path: zip }, { laCode: '211', asAt: AS_AT });
      assert.deepEqual(z.errors, []);
      assert.deepEqual(z.rowCounts, { 1: 6, 3: 6, 9: 4 });
      assert.equal(z.checksum, createHash('sha256').update(readFileSync(zip)).digest('hex'));
      const workers = await db.query('SELECT worker FROM annex_referrals WHERE snapshot_id = $1 ORDER BY row_no', [z.snapshotId]);
      assert.deepEqual(workers.map((w) => w.worker), ['Zoë Smith', 'Zoë Smith', 'Renée Ödegaard', null, null, null]);

      const one = dir.file('list_3.csv', win1252(list3));
      const c = await importAnnexA(db, { path: one }, { laCode: '211', asAt: AS_AT, periodStart: '2018-01-01', synthetic: true });
      assert.deepEqual(c.errors, []);
      assert.deepEqual(c.rowCounts, { 3: 6 });
      assert.equal(c.periodStart, '2018-01-01');
      const [snap] = await db.query('SELECT period_start, synthetic, file_name FROM snapshots WHERE id = $1', [c.snapshotId]);
      assert.deepEqual(snap, { period_start: '2018-01-01', synthetic: true, file_name: 'list_3.csv' });
    });

    test('an unreadable value in a column a measure counts is stored as blank, with a warning naming it', async () => {
      // Yes/No columns, Placement Location, LA in Touch, Suitability of Accommodation and Activity
      // Status: one odd cell must not stop the month's import, so the row is kept, the value is
      // blank (null) in the measures, and a warning says which cell was ignored.
      dir.file('strict/list_3.csv', csv([[...PERSON, 'Date of referral', 'Referral NFA?'],
        ['R1', 'Male', 'WBRI', '01/01/2012', '6', '02/01/2018', 'Maybe'],
        ['R2', 'Male', 'WBRI', '01/01/2012', '6', '03/01/2018', 'b) No'],
        ['R1', 'Male', 'WBRI', '01/01/2012', '6', '02/01/2018', 'Perhaps']]));
      dir.file('strict/list_8.csv', csv([[...PERSON, 'Date Started to be Looked After', 'Placement Location',
        'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)'],
      ['K1', 'Female', 'WBRI', '01/01/2010', '8', '01/01/2017', 'Elsewhere', 'Y'],
      ['K2', 'Female', 'WBRI', '01/01/2010', '8', '01/01/2017', 'b) Out', 'Unknown']]));
      dir.file('strict/list_9.csv', csv([[...PERSON, 'LA in Touch', 'Suitability of Accommodation', 'Activity Status'],
        ['L1', 'Male', 'WBRI', '01/01/1998', '20', 'Sometimes', 'Mostly', 'X9: Something'],
        ['L2', 'Male', 'WBRI', '01/01/1998', '20', 'a) Yes', 'a) Suitable', 'G5']]));
      const r = await importAnnexA(db, { path: `${dir.path}/strict` }, { laCode: '211', asAt: AS_AT });
      assert.deepEqual(r.errors, []);
      assert.equal(r.ok, true);
      assert.deepEqual(r.rowCounts, { 3: 2, 8: 2, 9: 2 }, 'every row is kept, but for one that is now a duplicate');

      const referrals = await db.query('SELECT child_id, nfa FROM annex_referrals WHERE snapshot_id = $1 ORDER BY row_no', [r.snapshotId]);
      assert.deepEqual(referrals, [{ child_id: 'R1', nfa: null }, { child_id: 'R2', nfa: false }]);
      const cla = await db.query('SELECT child_id, placement_location, uasc_12m FROM annex_cla WHERE snapshot_id = $1 ORDER BY row_no',
        [r.snapshotId]);
      assert.deepEqual(cla, [
        { child_id: 'K1', placement_location: null, uasc_12m: true },
        { child_id: 'K2', placement_location: 'Out', uasc_12m: null },
      ]);
      const leavers = await db.query(`SELECT child_id, in_touch, accommodation_suitable, activity FROM annex_care_leavers
        WHERE snapshot_id = $1 ORDER BY row_no`, [r.snapshotId]);
      assert.deepEqual(leavers, [
        { child_id: 'L1', in_touch: null, accommodation_suitable: null, activity: null },
        { child_id: 'L2', in_touch: 'YES', accommodation_suitable: 'Suitable', activity: 'G5' },
      ]);

      const expected = [
        ['list_3.csv', 3, 2, 'Referral NFA?', 'Not Yes or No: treated as blank in the measures'],
        ['list_3.csv', 3, 4, 'Referral NFA?', 'Not Yes or No: treated as blank in the measures'],
        ['list_8.csv', 8, 2, 'Placement Location', 'Not In or Out: treated as blank in the measures'],
        ['list_8.csv', 8, 3, 'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)',
          'Not Yes or No: treated as blank in the measures'],
        ['list_9.csv', 9, 2, 'LA in Touch', 'Not YES, NO, DIED, REFU, NREQ or RHOM: treated as blank in the measures'],
        ['list_9.csv', 9, 2, 'Suitability of Accommodation', 'Not Suitable or Unsuitable: treated as blank in the measures'],
        ['list_9.csv', 9, 2, 'Activity Status', 'Not an activity code (F1-F5, P1-P5, G1-G6): treated as blank in the measures'],
        // Once read, row 4 is row 2: both values are blank.
        ['list_3.csv', 3, 4, null, 'Duplicate of row 2 (identical in every column): only row 2 is kept'],
      ];
      assert.deepEqual(r.warnings.map((w) => [w.file, w.list, w.row, w.column, w.message]), expected);
      assert.equal(r.warningCount, 8);
      const stored = await db.query(`SELECT file, list, row_no, column_name, message FROM snapshot_warnings
        WHERE snapshot_id = $1`, [r.snapshotId]);
      const sorted = (rows: unknown[][]) => rows.map((w) => JSON.stringify(w)).sort();
      assert.deepEqual(sorted(stored.map((w) => [w.file, w.list, w.row_no, w.column_name, w.message])), sorted(expected),
        'stored with the snapshot');
      const logged = JSON.stringify(r.warnings);
      for (const value of ['Maybe', 'Perhaps', 'Elsewhere', 'Unknown', 'Sometimes', 'Mostly', 'X9']) {
        assert.equal(logged.includes(value), false, `the warning does not repeat the value ${value}`);
      }
    });

    test('checkAnnexA reports what an import would, and stores nothing', async () => {
      const folder = buildFolder(dir);
      const before = await tableCounts(db);
      const r = await checkAnnexA(db, { path: folder }, { laCode: '211', asAt: AS_AT });
      assert.equal(r.ok, true);
      assert.equal(r.snapshotId, null);
      assert.deepEqual(r.rowCounts, { 1: 6, 3: 6, 9: 4 });
      assert.equal(r.warningCount, 9, 'duplicates included');
      assert.deepEqual(await tableCounts(db), before);
    });
  });
}
