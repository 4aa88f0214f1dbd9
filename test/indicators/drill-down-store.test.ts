// The rows behind figures, the rows left out, stored values, trends, targets and local standards.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../helpers/databases.ts';
import type { Database } from '../../src/db/database.ts';
import { CLI } from '../../src/audit/audit.ts';
import { computeIndicators } from '../../src/indicators/compute.ts';
import { indicatorExclusions, indicatorRows } from '../../src/indicators/rows.ts';
import {
  indicatorParameters, indicatorTargets, indicatorTrend, refreshIndicatorValues, removeIndicatorTarget,
  setIndicatorParameters, setIndicatorTarget, storedIndicators,
} from '../../src/indicators/store.ts';
import { createCouncil, createSnapshot } from './fixture.ts';

const ASSESSMENTS = [
  { child_id: 'A', start_date: '2017-12-22', authorised_date: '2018-02-28', child_seen: true },   // row 2: 45 wd
  { child_id: 'B', start_date: '2017-12-22', authorised_date: '2018-03-01' },                     // row 3: 46 wd
  { child_id: 'C', start_date: '2018-01-10', authorised_date: '2018-01-05' },                     // row 4: before start
];

for (const target of testDatabases()) {
  describe(`drill-down and stored indicators on ${target.name}`, () => {
    let db: Database;
    let laCode: string;
    let snap: number;
    before(async () => {
      db = await target.open();
      laCode = await createCouncil(db);
      snap = await createSnapshot(db, {
        laCode, asAt: '2018-03-31',
        lists: {
          4: ASSESSMENTS,
          6: [{ child_id: 'a', cin_start: '2017-01-01', worker: 'Ann' }, { child_id: 'b', cin_start: '2017-01-01' }],
          7: [{ child_id: 'a', plan_start: '2017-01-01', worker: 'Ann' }, { child_id: 'c', plan_start: '2017-01-01', worker: 'Bob' }],
          8: [{ child_id: 'b', dob: '2010-01-01', cla_start: '2017-01-01', worker: '' }],
        },
      });
    });
    after(() => db.close());

    test('rows behind a percentage: denominator and numerator with the deciding values', async () => {
      const den = await indicatorRows(db, snap, 'assessments.within_45wd_pct', 'denominator');
      assert.deepEqual(den, [
        { list: 4, row_no: 2, child_id: 'A', start_date: '2017-12-22', authorised_date: '2018-02-28', working_days: 45 },
        { list: 4, row_no: 3, child_id: 'B', start_date: '2017-12-22', authorised_date: '2018-03-01', working_days: 46 },
      ]);
      const num = await indicatorRows(db, snap, 'assessments.within_45wd_pct', 'numerator');
      assert.deepEqual(num.map((r) => r.row_no), [2]);
      const completed = await indicatorRows(db, snap, 'assessments.completed', 'numerator');
      assert.deepEqual(completed.map((r) => r.row_no), [2, 3, 4], 'the count keeps the excluded row');
    });

    test('rows behind counts, rates and caseloads', async () => {
      const cp = await indicatorRows(db, snap, 'cp.rate_per_10k', 'numerator');
      assert.deepEqual(cp.map((r) => [r.list, r.row_no, r.child_id]), [[7, 2, 'a'], [7, 3, 'c']]);
      const caseload = await indicatorRows(db, snap, 'workforce.caseload_avg', 'denominator');
      assert.deepEqual(caseload, [
        { list: 6, row_no: 2, child_id: 'a', worker: 'Ann' },
        { list: 7, row_no: 2, child_id: 'a', worker: 'Ann' },
        { list: 7, row_no: 3, child_id: 'c', worker: 'Bob' },
      ]);
      const unallocated = await indicatorRows(db, snap, 'workforce.unallocated_children', 'numerator');
      assert.deepEqual(unallocated, [
        { list: 6, row_no: 3, child_id: 'b', worker: null },
        { list: 8, row_no: 2, child_id: 'b', worker: null },
      ]);
      assert.deepEqual(await indicatorRows(db, snap, 'contacts.count', 'numerator'), [], 'list 1 is absent');
      await assert.rejects(indicatorRows(db, snap, 'no.such_pct', 'numerator'), RangeError);
    });

    test('rows left out of measures, for the data-quality page', async () => {
      assert.deepEqual(await indicatorExclusions(db, snap), [{
        indicator: 'assessments.within_45wd_pct', list: 4, row_no: 4, child_id: 'C',
        column: 'Continuous Assessment Date of Authorisation', reason: 'Authorised before the assessment started',
      }]);
    });

    test('stored values equal the computed ones and form a trend', async () => {
      const computed = await refreshIndicatorValues(db, snap, { population: 1000 });
      assert.deepEqual(computed, await computeIndicators(db, snap, { population: 1000 }));
      assert.deepEqual(await storedIndicators(db, laCode, snap), computed);
      assert.equal(await storedIndicators(db, '999', snap), null, 'another council sees nothing');
      const later = await createSnapshot(db, { laCode, asAt: '2018-04-30', lists: { 4: ASSESSMENTS.slice(0, 2) } });
      await refreshIndicatorValues(db, later);
      await refreshIndicatorValues(db, later);   // recomputing replaces, never duplicates
      const trend = await indicatorTrend(db, laCode, 'assessments.within_45wd_pct');
      assert.deepEqual(trend.map((p) => [p.as_at, p.value, p.numerator, p.denominator]), [
        ['2018-03-31', 50, 1, 2],
        ['2018-04-30', 100 / 2, 1, 2],
      ]);
      const rates = await indicatorTrend(db, laCode, 'cp.rate_per_10k');
      assert.deepEqual(rates.map((p) => ({ value: p.value, numerator: p.numerator })), [{ value: 20, numerator: undefined }, { value: null, numerator: undefined }]);
    });

    test('targets and local standards are kept per council and audited', async () => {
      await setIndicatorTarget(db, CLI, laCode, { indicator_id: 'assessments.within_45wd_pct', target: 85, tolerance: 5 });
      await setIndicatorTarget(db, CLI, laCode, { indicator_id: 'assessments.within_45wd_pct', target: 90, tolerance: 2.5 });
      assert.deepEqual(await indicatorTargets(db, laCode), [{ indicator_id: 'assessments.within_45wd_pct', target: 90, tolerance: 2.5 }]);
      await assert.rejects(setIndicatorTarget(db, CLI, laCode, { indicator_id: 'nope', target: 1, tolerance: 0 }), RangeError);
      assert.equal(await removeIndicatorTarget(db, CLI, laCode, 'assessments.within_45wd_pct'), true);
      assert.equal(await removeIndicatorTarget(db, CLI, laCode, 'assessments.within_45wd_pct'), false);
      assert.deepEqual(await indicatorTargets(db, laCode), []);

      assert.deepEqual(await indicatorParameters(db, laCode), { cin_visit_wd: 20, cp_visit_wd: 10 });
      const seen = await createSnapshot(db, { laCode, asAt: '2018-03-31', lists: { 6: [{ child_id: 'x', cin_start: '2017-01-01', last_seen: '2018-02-28' }] } });
      assert.equal((await computeIndicators(db, seen)).indicators['cin.seen_within_20wd_pct'].value, 0);   // 21 wd
      await setIndicatorParameters(db, CLI, laCode, { cin_visit_wd: 21, cp_visit_wd: 10 });
      assert.equal((await computeIndicators(db, seen)).indicators['cin.seen_within_20wd_pct'].value, 100);
      assert.equal((await computeIndicators(db, seen, { params: { cin_visit_wd: 20 } })).indicators['cin.seen_within_20wd_pct'].value, 0);
      await assert.rejects(setIndicatorParameters(db, CLI, laCode, { cin_visit_wd: 0, cp_visit_wd: 10 }), RangeError);

      const audit = await db.query('SELECT action, entity FROM audit_log WHERE la_code = $1 ORDER BY id', [laCode]);
      assert.deepEqual(audit, [
        { action: 'create', entity: 'indicator_targets' }, { action: 'update', entity: 'indicator_targets' },
        { action: 'delete', entity: 'indicator_targets' }, { action: 'update', entity: 'indicator_parameters' },
      ]);
    });
  });
}
