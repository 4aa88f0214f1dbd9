// Hand-checked: care leavers (list 9) and adoption (list 10).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../helpers/databases.ts';
import type { Database } from '../../src/db/database.ts';
import { computeIndicators } from '../../src/indicators/compute.ts';
import { createCouncil, createSnapshot } from './fixture.ts';

for (const target of testDatabases()) {
  describe(`care leaver and adoption indicators on ${target.name}`, () => {
    let db: Database;
    let laCode: string;
    before(async () => {
      db = await target.open();
      laCode = await createCouncil(db);
    });
    after(() => db.close());

    test('care leavers aged 19-21, pathway plans, personal advisers', async () => {
      // D = 2018-03-31. D − 183 days = 2017-09-29.
      const id = await createSnapshot(db, {
        laCode, asAt: '2018-03-31',
        lists: {
          9: [
            { child_id: 'L1', dob: '1999-03-31', in_touch: 'YES', accommodation_suitable: 'Suitable', activity: 'F1', pathway_review: '2017-09-29', personal_adviser: 'Dee' }, // 19 today
            { child_id: 'L2', dob: '1999-04-01', in_touch: 'YES', accommodation_suitable: 'Suitable', activity: 'F1', pathway_review: '2017-09-28' },                          // 18
            { child_id: 'L3', dob: '1996-04-01', in_touch: 'NO', accommodation_suitable: 'Unsuitable', activity: 'G4', pathway_review: '2018-04-01', personal_adviser: '  ' }, // 21
            { child_id: 'L4', dob: '1996-03-31', in_touch: 'YES', accommodation_suitable: 'Suitable', activity: 'P1', pathway_review: '2018-03-31', personal_adviser: 'Eve' },  // 22 today
            { child_id: 'L5', dob: null, in_touch: 'YES', personal_adviser: 'Fay' },                                                                                        // no DOB
            { child_id: 'L7', dob: '1997-06-15', in_touch: 'DIED', activity: 'P5', pathway_review: '2018-01-01', personal_adviser: 'Gus' },                                  // 20
            { child_id: 'L8', dob: '1998-12-31', in_touch: 'REFU', accommodation_suitable: 'Suitable', activity: 'G6' },                                                     // 19
          ],
        },
      });
      const r = await computeIndicators(db, id);
      assert.deepEqual(r.indicators['care_leavers.in_touch_pct'], { value: 25, numerator: 1, denominator: 4 });
      assert.deepEqual(r.indicators['care_leavers.suitable_accommodation_pct'], { value: 50, numerator: 2, denominator: 4 });
      assert.deepEqual(r.indicators['care_leavers.eet_pct'], { value: 50, numerator: 2, denominator: 4 });
      assert.deepEqual(r.indicators['care_leavers.pathway_plan_current_pct'], { value: 300 / 7, numerator: 3, denominator: 7 });
      assert.deepEqual(r.indicators['care_leavers.pa_allocated_pct'], { value: 400 / 7, numerator: 4, denominator: 7 });
      assert.deepEqual(r.warnings.filter((w) => w.row !== null), [{
        list: 9, row: 6, column: 'Date of Birth',
        message: 'Date of Birth is blank, so the age is unknown: row left out of care_leavers.in_touch_pct, ' +
          'care_leavers.suitable_accommodation_pct, care_leavers.eet_pct',
      }]);
    });

    test('ages 19 to 21 with 29 February birthdays (1 March in a common year)', async () => {
      const touch = (child_id: string, dob: string) => ({ child_id, dob, in_touch: 'YES' });
      const feb28 = await createSnapshot(db, {
        laCode, asAt: '2019-02-28',
        lists: { 9: [touch('A', '2000-02-29'), touch('B', '1998-02-28'), touch('C', '1997-03-01'), touch('D', '1997-02-28')] },
      });
      // A is 18 (birthday tomorrow), B 21, C 21, D 22.
      assert.deepEqual((await computeIndicators(db, feb28)).indicators['care_leavers.in_touch_pct'],
        { value: 100, numerator: 2, denominator: 2 });
      const mar1 = await createSnapshot(db, {
        laCode, asAt: '2019-03-01',
        lists: { 9: [touch('A', '2000-02-29'), { child_id: 'C', dob: '1997-03-01', in_touch: 'NO' }, touch('E', '1998-03-02')] },
      });
      // A is 19 today, C 22 today, E 20.
      assert.deepEqual((await computeIndicators(db, mar1)).indicators['care_leavers.in_touch_pct'],
        { value: 100, numerator: 2, denominator: 2 });
    });

    test('adoption averages with their exclusions', async () => {
      // D = 2018-03-31, P = [2017-10-01, 2018-03-31].
      const id = await createSnapshot(db, {
        laCode, asAt: '2018-03-31',
        lists: {
          10: [
            { child_id: 'A1', entered_care: '2016-10-01', placement_order: '2017-03-01', matched: '2017-09-15', placed: '2017-10-01' }, // 365 days
            { child_id: 'A2', entered_care: '2017-01-01', placement_order: '2017-06-01', matched: '2018-03-01', placed: '2018-03-31' }, // 454; 273
            { child_id: 'A3', entered_care: '2018-02-01', matched: '2018-01-10', placed: '2018-01-15' },          // placed before care; no order
            { child_id: 'A4', entered_care: '2016-05-01', placement_order: '2017-10-01', matched: '2017-10-01', placed: '2018-04-01' }, // 0 days
            { child_id: 'A5', entered_care: '2016-05-01', placement_order: '2018-02-01', matched: '2018-01-20' },  // matched before order
            { child_id: 'A6', entered_care: '2015-01-01', placed: '2017-09-30' },                                 // before P
          ],
        },
      });
      const r = await computeIndicators(db, id);
      assert.deepEqual(r.indicators['adoption.days_care_to_placed_avg'], { value: 409.5, denominator: 2 });
      assert.deepEqual(r.indicators['adoption.days_order_to_match_avg'], { value: 136.5, denominator: 2 });
      assert.deepEqual(r.warnings.filter((w) => w.row !== null), [
        { list: 10, row: 4, column: 'Date Placed for Adoption',
          message: 'Placed for adoption before entering care: row left out of adoption.days_care_to_placed_avg' },
        { list: 10, row: 6, column: 'Date of Matching Child and Prospective Adopters',
          message: 'Matched before the placement order: row left out of adoption.days_order_to_match_avg' },
      ]);
    });

    test('an average over no rows is null with n = 0', async () => {
      const id = await createSnapshot(db, { laCode, asAt: '2018-03-31', lists: { 10: [{ child_id: 'A', entered_care: '2015-01-01' }] } });
      const r = await computeIndicators(db, id);
      assert.deepEqual(r.indicators['adoption.days_care_to_placed_avg'], { value: null, denominator: 0 });
    });
  });
}
