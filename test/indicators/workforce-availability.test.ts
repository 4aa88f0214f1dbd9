// Hand-checked caseloads, and what happens when lists or columns are absent.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../helpers/databases.ts';
import type { Database } from '../../src/db/database.ts';
import { computeIndicators } from '../../src/indicators/compute.ts';
import { INDICATOR_IDS } from '../../src/indicators/catalogue.ts';
import { LISTS } from '../../src/indicators/lists.ts';
import { createCouncil, createSnapshot } from './fixture.ts';

const LIST_6 = [
  { child_id: 'a', cin_start: '2017-01-01', worker: 'Ann' },
  { child_id: 'b', cin_start: '2017-01-01', worker: 'Ann' },
  { child_id: 'c', cin_start: '2017-01-01', cin_closed: '2018-03-31', worker: 'Zed' },  // closed on D
  { child_id: 'd', cin_start: '2017-01-01', worker: null },
];
const LIST_7 = [
  { child_id: 'a', plan_start: '2017-06-01', worker: 'Ann' },   // Ann's child a again
  { child_id: 'd', plan_start: '2017-06-01', worker: 'Bob' },   // d is allocated through this plan
  { child_id: 'e', plan_start: '2017-06-01', worker: null },
];
const LIST_8 = [
  { child_id: 'e', cla_start: '2017-06-01', worker: '' },       // e: no open case names a worker
  { child_id: 'f', cla_start: '2017-06-01', worker: 'Bob' },
  { child_id: 'g', cla_start: '2018-04-01', worker: 'Cy' },     // starts after D
  { child_id: 'h', cla_start: '2017-06-01', worker: 'Ann' },
];

// Every annex column of a list that an indicator reads, as an importer would record them.
const allColumns = (list: keyof typeof LISTS) => Object.keys(LISTS[list].headers);

for (const target of testDatabases()) {
  describe(`caseloads and absent data on ${target.name}`, () => {
    let db: Database;
    let laCode: string;
    before(async () => {
      db = await target.open();
      laCode = await createCouncil(db);
    });
    after(() => db.close());

    test('caseloads: distinct children per worker over lists 6, 7 and 8', async () => {
      const id = await createSnapshot(db, { laCode, asAt: '2018-03-31', lists: { 6: LIST_6, 7: LIST_7, 8: LIST_8 } });
      const r = await computeIndicators(db, id);
      // Ann: a, b, h = 3; Bob: d, f = 2. Zed's case closed on D; Cy's starts after D.
      assert.deepEqual(r.indicators['workforce.caseload_avg'], { value: 2.5, denominator: 2 });
      assert.deepEqual(r.indicators['workforce.unallocated_children'], { value: 1 });
      assert.deepEqual(r.indicators['cin.open'], { value: 3 });
      assert.deepEqual(r.indicators['cp.open'], { value: 3 });
      assert.deepEqual(r.indicators['cla.open'], { value: 3 });
    });

    test('caseloads need all of lists 6, 7 and 8', async () => {
      const id = await createSnapshot(db, { laCode, asAt: '2018-03-31', lists: { 6: LIST_6, 7: LIST_7 } });
      const r = await computeIndicators(db, id);
      assert.deepEqual(r.indicators['workforce.caseload_avg'], { value: null });
      assert.deepEqual(r.indicators['workforce.unallocated_children'], { value: null });
      assert.deepEqual(r.indicators['cin.open'], { value: 3 });
      const w = r.warnings.find((x) => x.list === 8);
      assert.ok(w);
      assert.match(w.message, /List 8 \(Children in care\) is not in the extract/);
      assert.match(w.message, /workforce\.caseload_avg/);
      assert.match(w.message, /workforce\.unallocated_children/);
    });

    test('an extract of one list: every id present, all others null, never 0', async () => {
      const id = await createSnapshot(db, { laCode, asAt: '2018-03-31', lists: { 1: [{ child_id: 'A', contact_date: '2018-01-01' }] } });
      const r = await computeIndicators(db, id);
      assert.deepEqual(Object.keys(r.indicators), [...INDICATOR_IDS]);
      for (const [key, fig] of Object.entries(r.indicators)) {
        if (key === 'contacts.count') assert.deepEqual(fig, { value: 1 });
        else assert.deepEqual(fig, { value: null }, key);
      }
      const lists = r.warnings.filter((w) => w.row === null && w.list !== null).map((w) => w.list);
      assert.deepEqual(lists, [2, 3, 4, 5, 6, 7, 8, 9, 10]);
      assert.ok(r.warnings.some((w) => w.list === null && /contacts\.rate_per_10k/.test(w.message)));
    });

    test('an optional column absent from the file makes its indicators null with a warning', async () => {
      const id = await createSnapshot(db, {
        laCode, asAt: '2018-03-31',
        lists: { 8: [{ child_id: 'A', dob: '2010-01-01', cla_start: '2016-01-01', last_dental_check: null }] },
        columns: { 8: allColumns(8).filter((c) => c !== 'last_dental_check') },
      });
      const r = await computeIndicators(db, id);
      assert.deepEqual(r.indicators['cla.dental_check_current_pct'], { value: null });
      assert.deepEqual(r.indicators['cla.open'], { value: 1 });
      assert.deepEqual(r.indicators['cla.missing_pct'], { value: 0, numerator: 0, denominator: 1 });
      assert.deepEqual(r.warnings.filter((w) => w.list === 8), [{
        list: 8, row: null, column: 'Date of Last Dental Check',
        message: 'The column "Date of Last Dental Check" is not in list 8, so these cannot be computed: cla.dental_check_current_pct',
      }]);
    });

    test('without a Date of Birth column the age measures are null, not empty', async () => {
      const id = await createSnapshot(db, {
        laCode, asAt: '2018-03-31',
        lists: { 9: [{ child_id: 'A', in_touch: 'YES', personal_adviser: 'Dee' }] },
        columns: { 9: allColumns(9).filter((c) => c !== 'dob') },
      });
      const r = await computeIndicators(db, id);
      for (const key of ['care_leavers.in_touch_pct', 'care_leavers.suitable_accommodation_pct', 'care_leavers.eet_pct']) {
        assert.deepEqual(r.indicators[key], { value: null }, key);
      }
      assert.deepEqual(r.indicators['care_leavers.pa_allocated_pct'], { value: 100, numerator: 1, denominator: 1 });
      assert.equal(r.warnings.filter((w) => w.row !== null).length, 0, 'no per-row warnings for a column that is absent');
    });
  });
}
