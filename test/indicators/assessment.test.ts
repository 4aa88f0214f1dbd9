// Hand-checked: assessments (list 4), section 47 and initial conferences (list 5).
// D = 2018-03-31 (a Saturday; Good Friday 30 March), P = [2017-10-01, 2018-03-31].
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../helpers/databases.ts';
import type { Database } from '../../src/db/database.ts';
import { computeIndicators } from '../../src/indicators/compute.ts';
import { createCouncil, createSnapshot } from './fixture.ts';

for (const target of testDatabases()) {
  describe(`assessment and section 47 indicators on ${target.name}`, () => {
    let db: Database;
    let laCode: string;
    before(async () => {
      db = await target.open();
      laCode = await createCouncil(db);
    });
    after(() => db.close());

    test('assessments: 45 working days across Christmas, exclusions, open assessments', async () => {
      const id = await createSnapshot(db, {
        laCode, asAt: '2018-03-31',
        lists: {
          4: [
            // Started Friday 22 Dec 2017, the working day before Christmas. Working days after it:
            // 27-29 Dec (3), 2-31 Jan (22: 1 Jan is a holiday), 1-28 Feb (20) = 45 on 28 Feb.
            { child_id: 'A', start_date: '2017-12-22', authorised_date: '2018-02-28', child_seen: true, needs_support: true },  // row 2: 45 wd
            { child_id: 'B', start_date: '2017-12-22', authorised_date: '2018-03-01', child_seen: false, needs_support: false }, // row 3: 46 wd
            { child_id: 'C', start_date: '2018-01-10', authorised_date: '2018-01-05', child_seen: true, needs_support: false },  // row 4: before start
            { child_id: 'D', start_date: '2017-09-01', authorised_date: '2017-09-30' },                                         // row 5: before P
            { child_id: 'E', start_date: '2018-03-29', authorised_date: '2018-03-29' },                                         // row 6: 0 wd
            // Open at D. wd(start, D): March has 21 working days (30th is Good Friday), February 20.
            { child_id: 'F', start_date: '2017-12-01' },                                   // row 7: 18 + 22 + 20 + 21 = 81
            { child_id: 'G', start_date: '2018-01-31', authorised_date: '2018-04-05' },    // row 8: 41 (authorised after D)
            { child_id: 'H', start_date: '2018-01-25' },                                   // row 9: 26, 29, 30, 31 Jan + 41 = 45
            { child_id: 'I', start_date: '2018-01-24' },                                   // row 10: 46
            { child_id: 'J', start_date: '2018-04-03' },                                   // row 11: starts after D
          ],
        },
      });
      const r = await computeIndicators(db, id);
      assert.deepEqual(r.indicators['assessments.completed'], { value: 4 });
      assert.deepEqual(r.indicators['assessments.within_45wd_pct'], { value: 200 / 3, numerator: 2, denominator: 3 });
      assert.deepEqual(r.indicators['assessments.child_seen_pct'], { value: 50, numerator: 2, denominator: 4 });
      assert.deepEqual(r.indicators['assessments.no_further_action_pct'], { value: 50, numerator: 2, denominator: 4 });
      assert.deepEqual(r.indicators['assessments.open_over_45wd'], { value: 2 });
      const excluded = r.warnings.filter((w) => w.list === 4 && w.row !== null);
      assert.deepEqual(excluded, [{
        list: 4, row: 4, column: 'Continuous Assessment Date of Authorisation',
        message: 'Authorised before the assessment started: row left out of assessments.within_45wd_pct',
      }]);
    });

    test('section 47 and initial conferences: 15 working days across Christmas', async () => {
      const id = await createSnapshot(db, {
        laCode, asAt: '2018-03-31',
        lists: {
          5: [
            // After Friday 8 Dec 2017: 11-22 Dec (10), 27-29 Dec (13), 2 Jan (14), 3 Jan (15).
            { child_id: 'A', strategy_date: '2017-12-08', icpc_date: '2018-01-03', icpc_to_plan: true },   // 15 wd
            { child_id: 'B', strategy_date: '2017-12-08', icpc_date: '2018-01-04', icpc_to_plan: false },  // 16 wd
            { child_id: 'C', strategy_date: '2018-02-10', icpc_date: '2018-02-01', icpc_to_plan: true },   // before strategy
            { child_id: 'D', strategy_date: '2017-09-20', icpc_date: '2017-09-29', icpc_to_plan: true },   // before P
            { child_id: 'E', strategy_date: '2018-03-20' },
            { child_id: 'F', strategy_date: '2018-03-28', icpc_date: '2018-04-10', icpc_to_plan: true },   // ICPC after D
          ],
        },
      });
      const r = await computeIndicators(db, id);
      assert.deepEqual(r.indicators['s47.count'], { value: 5 });
      assert.deepEqual(r.indicators['icpc.within_15wd_pct'], { value: 50, numerator: 1, denominator: 2 });
      assert.deepEqual(r.indicators['icpc.to_plan_pct'], { value: 200 / 3, numerator: 2, denominator: 3 });
      assert.deepEqual(r.warnings.filter((w) => w.list === 5 && w.row !== null), [{
        list: 5, row: 4, column: 'Date of Initial Child Protection Conference',
        message: 'Conference dated before the strategy discussion: row left out of icpc.within_15wd_pct',
      }]);
    });
  });
}
