// Hand-checked: children in need (list 6) and child protection (list 7).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../helpers/databases.ts';
import type { Database } from '../../src/db/database.ts';
import { computeIndicators } from '../../src/indicators/compute.ts';
import { createCouncil, createSnapshot } from './fixture.ts';

for (const target of testDatabases()) {
  describe(`children in need and child protection indicators on ${target.name}`, () => {
    let db: Database;
    let laCode: string;
    before(async () => {
      db = await target.open();
      laCode = await createCouncil(db, 2500);
    });
    after(() => db.close());

    test('children in need: open at D, seen within 20 working days', async () => {
      // D = Saturday 2018-03-31. Working days in (1 Mar, D] = 2-29 March less Good Friday... = 20;
      // in (28 Feb, D] = 21.
      const id = await createSnapshot(db, {
        laCode, asAt: '2018-03-31',
        lists: {
          6: [
            { child_id: 'C1', cin_start: '2017-06-01', last_seen: '2018-03-01' },                          // 20 wd: seen
            { child_id: 'C2', cin_start: '2017-06-01', last_seen: '2018-02-28' },                          // 21 wd
            { child_id: 'C3', cin_start: '2018-03-31' },                                                   // starts on D, never seen
            { child_id: 'C4', cin_start: '2017-01-01', cin_closed: '2018-03-31', last_seen: '2018-03-29' }, // closed on D: not open
            { child_id: 'C5', cin_start: '2017-01-01', cin_closed: '2018-04-01', last_seen: '2018-04-02' }, // seen after D
            { child_id: 'C1', cin_start: '2018-01-01', last_seen: '2018-03-29' },                          // 0 wd; same child
            { child_id: 'C6', cin_start: '2018-04-01' },                                                   // starts after D
          ],
        },
      });
      const r = await computeIndicators(db, id);
      assert.deepEqual(r.indicators['cin.open'], { value: 4 });
      assert.deepEqual(r.indicators['cin.seen_within_20wd_pct'], { value: 40, numerator: 2, denominator: 5 });
      const local = await computeIndicators(db, id, { params: { cin_visit_wd: 21 } });
      assert.deepEqual(local.indicators['cin.seen_within_20wd_pct'], { value: 60, numerator: 3, denominator: 5 });
    });

    test('child protection: month-end reviews, two-year plans, 10 working day visits', async () => {
      // D = Friday 2018-11-30, P = [2018-06-01, 2018-11-30]. wd(16 Nov, D) = 10, wd(15 Nov, D) = 11.
      const open = { plan_end: null };
      const id = await createSnapshot(db, {
        laCode, asAt: '2018-11-30',
        lists: {
          7: [
            // 31 Aug + 3 months = 30 Nov = D: review not yet overdue.
            { child_id: 'P1', plan_start: '2018-08-31', ...open, last_visit: '2018-11-16', previous_plans: 0 },   // row 2
            { child_id: 'P2', plan_start: '2018-08-29', ...open, last_visit: '2018-11-15', previous_plans: 1 },   // row 3: 29 Nov < D
            { child_id: 'P3', plan_start: '2018-08-30', ...open, last_visit: '2018-11-30' },                      // row 4
            { child_id: 'P4', plan_start: '2017-01-10', ...open, last_visit: '2018-12-03', latest_review: '2018-05-31', previous_plans: 2 }, // row 5
            { child_id: 'P5', plan_start: '2017-01-10', ...open, latest_review: '2018-05-29' },                  // row 6: overdue 29 Nov
            { child_id: 'P6', plan_start: '2016-06-01', plan_end: '2018-06-01' },    // row 7: exactly 24 months
            { child_id: 'P7', plan_start: '2016-06-02', plan_end: '2018-06-01' },    // row 8: a day short
            { child_id: 'P8', plan_start: '2016-08-31', plan_end: '2018-08-30' },    // row 9: a day short
            { child_id: 'P9', plan_start: '2016-08-31', plan_end: '2018-08-31' },    // row 10: exactly
            { child_id: 'P10', plan_start: '2018-10-01', plan_end: '2018-09-01', previous_plans: 0 },  // row 11: ends before it starts
            { child_id: 'P1', plan_start: '2018-09-15', ...open, last_visit: '2018-11-20', previous_plans: 0 },   // row 12: 8 wd
            { child_id: 'P12', plan_start: '2018-12-01' },                          // row 13: after D
          ],
        },
      });
      const r = await computeIndicators(db, id);
      assert.deepEqual(r.indicators['cp.open'], { value: 5 });
      assert.deepEqual(r.indicators['cp.rate_per_10k'], { value: 20 });            // 5 × 10000 / 2500
      assert.deepEqual(r.indicators['cp.started'], { value: 5 });
      assert.deepEqual(r.indicators['cp.repeat_plan_pct'], { value: 20, numerator: 1, denominator: 5 });
      assert.deepEqual(r.indicators['cp.ended_2yrs_plus_pct'], { value: 50, numerator: 2, denominator: 4 });
      assert.deepEqual(r.indicators['cp.visit_within_10wd_pct'], { value: 50, numerator: 3, denominator: 6 });
      assert.deepEqual(r.indicators['cp.review_in_timescale_pct'], { value: 400 / 6, numerator: 4, denominator: 6 });
      assert.deepEqual(r.warnings.filter((w) => w.row !== null), [{
        list: 7, row: 11, column: 'Child Protection Plan End Date',
        message: 'Plan ends before it starts: row left out of cp.ended_2yrs_plus_pct',
      }]);
      const local = await computeIndicators(db, id, { params: { cp_visit_wd: 11 } });
      assert.deepEqual(local.indicators['cp.visit_within_10wd_pct'], { value: 400 / 6, numerator: 4, denominator: 6 });
    });

    test('a review on 29 February is due again on 29 August', async () => {
      const rows = [
        { child_id: 'L', plan_start: '2015-01-01', latest_review: '2016-02-29' },
        { child_id: 'M', plan_start: '2015-01-01', latest_review: '2016-02-28' },
      ];
      const onTime = await createSnapshot(db, { laCode, asAt: '2016-08-29', lists: { 7: rows } });
      assert.deepEqual((await computeIndicators(db, onTime)).indicators['cp.review_in_timescale_pct'],
        { value: 50, numerator: 1, denominator: 2 });
      const late = await createSnapshot(db, { laCode, asAt: '2016-08-30', lists: { 7: rows } });
      assert.deepEqual((await computeIndicators(db, late)).indicators['cp.review_in_timescale_pct'],
        { value: 0, numerator: 0, denominator: 2 });
    });

    test('local visit standards are validated', async () => {
      const id = await createSnapshot(db, { laCode, asAt: '2018-11-30', lists: { 7: [] } });
      await assert.rejects(computeIndicators(db, id, { params: { cp_visit_wd: 0 } }), RangeError);
      await assert.rejects(computeIndicators(db, id, { params: { cin_visit_wd: 2.5 } }), RangeError);
      const r = await computeIndicators(db, id);
      assert.deepEqual(r.indicators['cp.open'], { value: 0 });
      assert.deepEqual(r.indicators['cp.repeat_plan_pct'], { value: null, numerator: 0, denominator: 0 });
    });
  });
}
