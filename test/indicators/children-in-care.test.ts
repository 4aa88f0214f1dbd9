// Hand-checked: children in care (list 8, and list 4 for assessments).
// D = Saturday 2018-03-31, P = [2017-10-01, 2018-03-31]. Landmarks:
//   wd(1 Mar, D) = 20, wd(28 Feb, D) = 21 (Good Friday 30 March is not a working day);
//   D − 42 days = 17 Feb; D − 183 days = 29 Sep 2017; D − 365 days = 31 Mar 2017;
//   addMonths(start, 4) ≤ D for a start up to 30 Nov 2017 (30 Nov + 4 months = 30 Mar).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../helpers/databases.ts';
import type { Database } from '../../src/db/database.ts';
import { computeIndicators } from '../../src/indicators/compute.ts';
import { createCouncil, createSnapshot } from './fixture.ts';

const OPEN = { cla_ceased: null };

const LIST_8 = [
  // row 2. Age 4 at D and at the start.
  { child_id: 'K1', dob: '2013-04-01', cla_start: '2017-10-01', ...OPEN, placements_12m: 3, last_sw_visit: '2018-02-17',
    last_health_assessment: '2017-09-29', permanence_plan: 'Adoption', missing_12m: 2, return_interview_offered: true,
    placement_location: 'Out', worker: 'Ann' },
  // row 3. Age 5 at D (birthday on D).
  { child_id: 'K2', dob: '2013-03-31', cla_start: '2017-03-31', ...OPEN, placements_12m: 2, last_sw_visit: '2018-02-16',
    latest_review: '2017-09-30', last_health_assessment: '2017-09-29', last_dental_check: '2017-03-31',
    missing_12m: 0, placement_location: 'In', worker: 'Ann' },
  // row 4. Age 18.
  { child_id: 'K3', dob: '2000-01-01', cla_start: '2017-03-30', ...OPEN, last_sw_visit: '2018-04-01', latest_review: '2017-10-01',
    last_health_assessment: '2017-03-30', last_dental_check: '2017-03-30', permanence_plan: 'Long-term fostering',
    missing_12m: 1, return_interview_offered: false, placement_location: 'Out' },
  // row 5. No date of birth; 20 working days in care at D.
  { child_id: 'K4', dob: null, cla_start: '2018-03-01', ...OPEN, placements_12m: 0, last_sw_visit: '2018-03-31', worker: 'Bob' },
  // row 6. No date of birth; 21 working days in care at D.
  { child_id: 'K5', dob: null, cla_start: '2018-02-28', ...OPEN, placements_12m: 5 },
  // row 7. Ceased on D: not looked after at D.
  { child_id: 'K6', dob: '2010-05-05', cla_start: '2016-01-01', cla_ceased: '2018-03-31' },
  // row 8. Started and ceased in P, age 2 at the start.
  { child_id: 'K7', dob: '2015-06-01', cla_start: '2017-12-01', cla_ceased: '2018-01-31' },
  // row 9. K7 again, open; health assessment 184 days ago at age 2.
  { child_id: 'K7', dob: '2015-06-01', cla_start: '2018-02-01', ...OPEN, placements_12m: 1, last_sw_visit: '2018-03-20',
    latest_review: '2018-02-15', last_health_assessment: '2017-09-28', missing_12m: 1, placement_location: 'In', worker: 'Ann' },
  // row 10. Starts after D.
  { child_id: 'K9', dob: '2005-01-01', cla_start: '2018-04-01' },
  // row 11. Permanence plan only spaces.
  { child_id: 'K10', dob: '2008-01-01', cla_start: '2017-11-30', ...OPEN, placements_12m: 3, last_sw_visit: '2018-03-01',
    latest_review: '2018-01-01', last_health_assessment: '2017-06-01', permanence_plan: '   ', missing_12m: 0,
    placement_location: 'Out', worker: 'Cat' },
  // row 12.
  { child_id: 'K11', dob: '2001-06-01', cla_start: '2017-12-01', ...OPEN, placements_12m: 1, last_sw_visit: '2018-03-30',
    latest_review: '2018-03-01', last_health_assessment: '2018-01-01', missing_12m: 3, return_interview_offered: true,
    placement_location: 'In', worker: 'Bob' },
  // row 13. K11 again, open; 10 working days in care, no review yet.
  { child_id: 'K11', dob: '2001-06-01', cla_start: '2018-03-15', ...OPEN },
  // rows 14, 15. Started in P on (K13) and the day before (K14) a fifth birthday; ceased in P.
  { child_id: 'K13', dob: '2012-12-01', cla_start: '2017-12-01', cla_ceased: '2017-12-20' },
  { child_id: 'K14', dob: '2012-12-02', cla_start: '2017-12-01', cla_ceased: '2017-12-20' },
];

const LIST_4 = [
  { child_id: 'K1', start_date: '2017-02-01', authorised_date: '2017-03-31' },   // 365 days before D
  { child_id: 'K2', start_date: '2017-02-01', authorised_date: '2017-03-30' },   // 366 days
  { child_id: 'K3', start_date: '2018-03-01', authorised_date: '2018-04-02' },   // after D
  { child_id: 'K10', start_date: '2017-12-01', authorised_date: '2018-01-01' },
  { child_id: 'K4', start_date: '2018-03-01' },
];

for (const target of testDatabases()) {
  describe(`children in care indicators on ${target.name}`, () => {
    let db: Database;
    let laCode: string;
    before(async () => {
      db = await target.open();
      laCode = await createCouncil(db, 40000);
    });
    after(() => db.close());

    test('every children in care measure, by hand', async () => {
      const id = await createSnapshot(db, { laCode, asAt: '2018-03-31', lists: { 8: LIST_8, 4: LIST_4 } });
      const r = await computeIndicators(db, id);
      const f = r.indicators;
      // Open at D: rows 2, 3, 4, 5, 6, 9, 11, 12, 13 (9 rows), 8 children.
      assert.deepEqual(f['cla.open'], { value: 8 });
      assert.deepEqual(f['cla.rate_per_10k'], { value: 2 });                       // 8 × 10000 / 40000
      // Started in P: rows 2, 5, 6, 8, 9, 11, 12, 13, 14, 15.
      assert.deepEqual(f['cla.started'], { value: 10 });
      // Under 5 at the start: K1 (4), K7 twice (2), K14 (4); K13 turned 5 that day; rows 5, 6 have no DOB.
      assert.deepEqual(f['cla.started_under5'], { value: 4 });
      assert.deepEqual(f['cla.three_plus_placements_pct'], { value: 100 / 3, numerator: 3, denominator: 9 });
      assert.deepEqual(f['cla.visit_within_6wk_pct'], { value: 500 / 9, numerator: 5, denominator: 9 });
      assert.deepEqual(f['cla.review_in_timescale_pct'], { value: 600 / 9, numerator: 6, denominator: 9 });
      // More than 20 wd in care: rows 2, 3, 4, 6, 9, 11, 12; row 6 has no DOB and is left out.
      assert.deepEqual(f['cla.health_assessment_current_pct'], { value: 400 / 6, numerator: 4, denominator: 6 });
      assert.deepEqual(f['cla.dental_check_current_pct'], { value: 50, numerator: 1, denominator: 2 });
      assert.deepEqual(f['cla.permanence_plan_pct'], { value: 50, numerator: 2, denominator: 4 });
      assert.deepEqual(f['cla.assessment_current_pct'], { value: 200 / 9, numerator: 2, denominator: 9 });
      assert.deepEqual(f['cla.missing_pct'], { value: 400 / 9, numerator: 4, denominator: 9 });
      assert.deepEqual(f['cla.return_interview_offered_pct'], { value: 50, numerator: 2, denominator: 4 });
      assert.deepEqual(f['cla.placed_out_of_area_pct'], { value: 100 / 3, numerator: 3, denominator: 9 });
      assert.deepEqual(r.warnings.filter((w) => w.row !== null), [
        { list: 8, row: 5, column: 'Date of Birth',
          message: 'Date of Birth is blank, so the age is unknown: row left out of cla.started_under5' },
        { list: 8, row: 6, column: 'Date of Birth',
          message: 'Date of Birth is blank, so the age is unknown: row left out of cla.started_under5, cla.health_assessment_current_pct' },
      ]);
    });

    test('without list 4 the assessment measure is null; the rest are unchanged', async () => {
      const id = await createSnapshot(db, { laCode, asAt: '2018-03-31', lists: { 8: LIST_8 } });
      const r = await computeIndicators(db, id);
      assert.deepEqual(r.indicators['cla.assessment_current_pct'], { value: null });
      assert.deepEqual(r.indicators['cla.missing_pct'], { value: 400 / 9, numerator: 4, denominator: 9 });
      const w = r.warnings.find((x) => x.list === 4 && x.row === null);
      assert.ok(w);
      assert.match(w.message, /List 4 \(Assessments\) is not in the extract/);
      assert.match(w.message, /cla\.assessment_current_pct/);
    });
  });
}
