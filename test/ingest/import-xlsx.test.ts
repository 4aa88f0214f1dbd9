// Importing .xlsx workbooks: date cells, Excel serial numbers, formulas, numbers that equal their
// text, error cells, ignored sheets; and the public messy liia-tools sample, whose problems are
// reported one by one (all of them warnings: it imports).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../src/db/database.ts';
import { importAnnexA } from '../../src/ingest/import.ts';
import { formatProblem } from '../../src/ingest/problems.ts';
import { testDatabases } from '../helpers/databases.ts';
import { addCouncil, day, PERSON, SAMPLE, tableCounts, tempDir, type TempDir, writeXlsx } from './fixtures.ts';

const AS_AT = '2018-03-31';

for (const target of testDatabases()) {
  describe(`xlsx import on ${target.name}`, () => {
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

    test('date cells, serial numbers, text dates and formulas read as the same dates', async () => {
      const header = [...PERSON, 'Date of Contact', 'Contact Source'];
      const path = await writeXlsx(`${dir.path}/book.xlsx`, [
        { name: 'Notes', rows: [['This workbook was produced for the test']] },
        { name: 'List 1 - Contacts', rows: [
          header,
          [12345, 'F', 'WBRI', day('2010-09-05'), 7, day('2018-01-01'), 6],
          ['X2', 'Female', 'WBRI', 40426, 7.9, 43101, '6'],
          ['X3', 'b) Female', 'WBRI', '05/09/2010', '7', { formula: 'F3', result: 43101, date: true }, null],
          ['X4', 'F', 'WBRI', '2010-09-05', null, { formula: 'F3', result: 43101 }, { formula: 'NA()', result: '#N/A' }],
          [],
          ['X6', null, null, null, null, '2018-01-01', null],
        ] },
        { name: 'List_6_CIN', rows: [
          [...PERSON, 'CIN Start Date', 'Allocated Worker', 'Allocated Team'],
          ['12345', 'F', 'WBRI', day('2010-09-05'), 7, day('2017-06-01'), ' Sam\u00a0', ' Team A ', null, 'stray'],
        ] },
        { name: 'List 2', rows: [] },
      ]);
      const r = await importAnnexA(db, { path }, { laCode: '211', asAt: AS_AT });
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.warnings.map(formatProblem), [
        'book.xlsx: Sheet "Notes" ignored: its name does not say which list (List 1 to List 11) it holds',
        'book.xlsx, list 2: "List 2" is empty: list 2 is treated as absent',
        'book.xlsx, list 6, row 2: Values in column J, which has no header, are ignored',
      ]);
      assert.deepEqual(r.rowCounts, { 1: 5, 6: 1 });
      const rows = await db.query(
        `SELECT row_no, child_id, gender, dob, age_years, contact_date, contact_source FROM annex_contacts
         WHERE snapshot_id = $1 ORDER BY row_no`, [r.snapshotId]);
      assert.deepEqual(rows, [
        { row_no: 2, child_id: '12345', gender: 'Female', dob: '2010-09-05', age_years: 7, contact_date: '2018-01-01', contact_source: '6' },
        { row_no: 3, child_id: 'X2', gender: 'Female', dob: '2010-09-05', age_years: 7, contact_date: '2018-01-01', contact_source: '6' },
        { row_no: 4, child_id: 'X3', gender: 'Female', dob: '2010-09-05', age_years: 7, contact_date: '2018-01-01', contact_source: null },
        { row_no: 5, child_id: 'X4', gender: 'Female', dob: '2010-09-05', age_years: null, contact_date: '2018-01-01', contact_source: null },
        { row_no: 7, child_id: 'X6', gender: null, dob: null, age_years: null, contact_date: '2018-01-01', contact_source: null },
      ]);
      const [cin] = await db.query('SELECT child_id, worker, team, cin_start FROM annex_cin WHERE snapshot_id = $1', [r.snapshotId]);
      assert.deepEqual(cin, { child_id: '12345', worker: 'Sam', team: ' Team A ', cin_start: '2017-06-01' });
      const [same] = await db.query(
        `SELECT count(*)::int AS n FROM annex_contacts c JOIN annex_cin n USING (snapshot_id, child_id) WHERE snapshot_id = $1`,
        [r.snapshotId]);
      assert.equal(same.n, 1, 'the numeric ID 12345 and the text "12345" are one child');
    });

    test('a workbook with bad dates and an Excel error value stores nothing; #N/A is blank', async () => {
      const before = await tableCounts(db);
      const path = await writeXlsx(`${dir.path}/bad.xlsx`, [
        { name: 'List 1', rows: [[...PERSON, 'Date of Contact', 'Contact Source'],
          ['A1', 'F', 'WBRI', 'not known', 7, day('2018-01-01'), { error: '#N/A' }],
          ['A2', 'F', 'WBRI', day('2010-01-01'), 8, { formula: '1/0', result: '#DIV/0!' }, { error: '#REF!' }]] },
      ]);
      const r = await importAnnexA(db, { path }, { laCode: '211', asAt: AS_AT });
      assert.deepEqual(r.errors.map(formatProblem), [
        'bad.xlsx, list 1, row 2, column "Date of Birth": Not a date: use dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy or yyyy-mm-dd',
        'bad.xlsx, list 1, row 3, column "Date of Contact": Not a date: use dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy or yyyy-mm-dd',
        'bad.xlsx, list 1, row 3, column "Contact Source": The cell holds the Excel error #REF!, not a value',
      ]);
      assert.deepEqual(await tableCounts(db), before);
    });

    test('the public liia-tools sample: read in full, imported with its problems as warnings', async () => {
      const r = await importAnnexA(db, { path: SAMPLE }, { laCode: '211', asAt: '2021-03-31' });
      // The sample has no errors. List 4's support column holds "CS Assessment Updated" instead of
      // Yes/No: a boolean column the assessments.no_further_action_pct indicator counts, so each of
      // those cells is stored as blank, with a warning naming it, and the rest of the workbook loads.
      assert.deepEqual(r.errors, []);
      assert.equal(r.ok, true);
      assert.notEqual(r.snapshotId, null);
      const support = "Was the child assessed as requiring LA children's social care support?";
      const blankSupport = (row: number) =>
        `liia-tools-Annex_A-sample.xlsx, list 4, row ${row}, column "${support}": Not Yes or No: treated as blank in the measures`;
      assert.deepEqual(r.warnings.map(formatProblem), [
        blankSupport(2),
        blankSupport(3),
        blankSupport(4),
        blankSupport(5),
        'liia-tools-Annex_A-sample.xlsx, list 4, row 5, column "Age": Does not match Date of Birth: the age at the as-at date 31/03/2021 is different',
        blankSupport(6),
        'liia-tools-Annex_A-sample.xlsx, list 6, row 2, column "Primary Need Code": Not a primary need code (N0-N9)',
        'liia-tools-Annex_A-sample.xlsx, list 8, row 3, column "Placement postcode": Not a UK postcode',
        'liia-tools-Annex_A-sample.xlsx, list 9, row 5, column "Age": Does not match Date of Birth: the age at the as-at date 31/03/2021 is different',
        ...[2, 3, 4, 6].map((row) =>
          `liia-tools-Annex_A-sample.xlsx, list 10, row ${row}, column "Age of Child (Years)": Does not match Date of Birth: the age at the as-at date 31/03/2021 is different`),
      ]);
      assert.equal(r.warningCount, 13);
      assert.deepEqual(r.rowCounts, { 1: 5, 2: 5, 3: 6, 4: 5, 5: 5, 6: 5, 7: 7, 8: 5, 9: 6, 10: 5, 11: 5 });
      const assessments = await db.query(
        'SELECT row_no, needs_support FROM annex_assessments WHERE snapshot_id = $1 ORDER BY row_no', [r.snapshotId]);
      assert.deepEqual(assessments, [2, 3, 4, 5, 6].map((row) => ({ row_no: row, needs_support: null })),
        'every list 4 row is kept, its support value blank');
      const [stored] = await db.query(`SELECT count(*)::int AS n FROM snapshot_warnings
        WHERE snapshot_id = $1 AND list = 4 AND column_name = $2 AND message = 'Not Yes or No: treated as blank in the measures'`,
      [r.snapshotId, support]);
      assert.equal(stored.n, 5, 'the warnings are stored with the snapshot');
    });

    test('the sample with its support column corrected: mixed codes, #N/A, serial dates, formulas', async () => {
      // The same workbook, saved again by exceljs with "a) Yes" in list 4's support column: the
      // five warnings about that column go, the other eight stay, and the support values are read.
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(SAMPLE);
      const list4 = wb.getWorksheet('List 4')!;
      list4.getColumn(10).eachCell((cell, row) => {
        if (row > 1) cell.value = 'a) Yes';
      });
      const path = `${dir.path}/sample-fixed.xlsx`;
      await wb.xlsx.writeFile(path);
      const r = await importAnnexA(db, { path }, { laCode: '211', asAt: '2021-03-31' });
      assert.deepEqual(r.errors, []);
      assert.equal(r.warningCount, 8);
      const support = await db.query('SELECT needs_support FROM annex_assessments WHERE snapshot_id = $1 ORDER BY row_no', [r.snapshotId]);
      assert.deepEqual(support.map((a) => a.needs_support), [true, true, true, true, true]);
      const cin = await db.query(`SELECT child_id, primary_need, case_status, team, worker FROM annex_cin
        WHERE snapshot_id = $1 ORDER BY row_no LIMIT 2`, [r.snapshotId]);
      assert.deepEqual(cin, [
        { child_id: '12598894', primary_need: 'PSRMEM', case_status: 'Child in need plan', team: null, worker: null },
        { child_id: '8140425', primary_need: 'N1', case_status: 'Child in need plan', team: null, worker: null },
      ], '#N/A cells are blank; the unknown need code is kept as written');
      const [cla] = await db.query(`SELECT gender, uasc_12m, legal_status, placement_type, placement_provider,
        placement_postcode, placement_location, cla_start, last_dental_check FROM annex_cla WHERE snapshot_id = $1 AND row_no = 3`,
      [r.snapshotId]);
      assert.deepEqual(cla, { gender: 'Female', uasc_12m: false, legal_status: 'C2', placement_type: 'U1',
        placement_provider: 'PR1', placement_postcode: 'nope', placement_location: null, cla_start: '2009-08-06',
        last_dental_check: '2020-01-17' });
      const [adoption] = await db.query(`SELECT entered_care, adm_decision, placement_order, adoption_order, family_id
        FROM annex_adoption WHERE snapshot_id = $1 AND row_no = 2`, [r.snapshotId]);
      assert.deepEqual(adoption, { entered_care: '2009-08-06', adm_decision: '2009-08-11', placement_order: '2009-08-16',
        adoption_order: '2009-08-31', family_id: '14159183' }, 'formula cells give their results');
      const [leaver] = await db.query(`SELECT in_touch, accommodation, accommodation_suitable, activity, eligibility
        FROM annex_care_leavers WHERE snapshot_id = $1 AND row_no = 2`, [r.snapshotId]);
      assert.deepEqual(leaver, { in_touch: 'YES', accommodation: 'Y', accommodation_suitable: 'Suitable', activity: 'F1',
        eligibility: 'Former relevant child' });
      const [adopter] = await db.query(`SELECT adopter_id, fostering_for_adoption, children_placed, left_process, left_reason
        FROM annex_adopters WHERE snapshot_id = $1 AND row_no = 5`, [r.snapshotId]);
      assert.deepEqual(adopter, { adopter_id: '11340940', fostering_for_adoption: false, children_placed: 1,
        left_process: '2010-06-14', left_reason: '1' });
    });
  });
}
