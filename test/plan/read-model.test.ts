// The plan's read model on a real database: ratings read the latest indicator figure stored for the
// council (as at the rating's date), the latest update and override as at that date, and nothing of
// another council's.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../helpers/databases.ts';
import type { Database } from '../../src/db/database.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { upsertCouncil } from '../../src/councils/councils-repository.ts';
import { loadActions } from '../../src/plan/read-model.ts';
import { addUpdate } from '../../src/plan/updates-repository.ts';
import { addMeasure } from '../../src/plan/actions-repository.ts';
import { SYSTEM } from '../../src/audit/audit.ts';

async function storeFigure(db: Database, la: string, asAt: string, indicator: string, value: number) {
  const [s] = await db.query<{ id: number }>(`INSERT INTO snapshots (la_code, as_at, period_start, file_name, checksum, synthetic)
    VALUES ($1, $2, $2, 'test.xlsx', 'x', true) RETURNING id`, [la, asAt]);
  await db.query('INSERT INTO indicator_runs (snapshot_id, la_code, cin_visit_wd, cp_visit_wd) VALUES ($1, $2, 20, 10)', [s.id, la]);
  await db.query('INSERT INTO indicator_values (snapshot_id, la_code, indicator_id, value) VALUES ($1, $2, $3, $4)', [s.id, la, indicator, value]);
}

for (const target of testDatabases()) {
  describe(`${target.name}: rating plan actions from stored facts`, () => {
    let db: Database;
    before(async () => {
      db = await target.open();
      await loadDemo(db);
      await upsertCouncil(db, { laCode: '212', name: 'Other Borough (test)' });
    });
    after(() => db.close());

    const action = async (ref: string, asAt: string) => (await loadActions(db, '211', asAt)).find((a) => a.ref === ref)!;

    test('a linked indicator that missed its target after the target date turns an action red, naming the figure', async () => {
      // 3.3 is on track, due at the end of 2019, with no milestones; give it an indicator measure due by 30 April 2019.
      const id = (await action('3.3', '2019-01-31')).id;
      const added = await addMeasure(db, SYSTEM, '211', id, { kind: 'indicator', indicatorId: 'cp.visit_within_10wd_pct', target: '95',
        description: '', targetOn: '2019-04-30' });
      assert.ok(added.ok);
      assert.equal((await action('3.3', '2019-04-30')).brag.rating, 'green', 'before its target date a measure does not count');
      assert.equal((await action('3.3', '2019-05-10')).brag.rating, 'amber', 'no figure yet: the measure cannot be checked');
      await storeFigure(db, '212', '2019-04-30', 'cp.visit_within_10wd_pct', 99);
      assert.equal((await action('3.3', '2019-05-10')).brag.rating, 'amber', 'another council\'s figure is not this council\'s');
      await storeFigure(db, '211', '2019-04-30', 'cp.visit_within_10wd_pct', 88.4);
      const red = await action('3.3', '2019-05-10');
      assert.equal(red.brag.rating, 'red');
      assert.deepEqual(red.brag.reasons.map((r) => r.text), [
        'A success measure missed its target: Children on a plan visited recently was 88.4% as at 30 April 2019, against a target of 95% or more by 30 April 2019.']);
      await storeFigure(db, '211', '2019-05-31', 'cp.visit_within_10wd_pct', 96);
      assert.equal((await action('3.3', '2019-05-10')).brag.rating, 'red', 'a figure from after the date is not known then');
      assert.equal((await action('3.3', '2019-06-05')).brag.rating, 'green');
    });

    test('the status is the latest update on or before the date; later ones do not count yet', async () => {
      const id = (await action('1.20', '2019-01-31')).id;
      await addUpdate(db, SYSTEM, '211', id, { updateOn: '2019-04-15', status: 'complete', summary: 'Co-located team opened.', file: null,
        link: '', evidenceTitle: '', showsImpact: false }, '2019-04-15');
      const then = await action('1.20', '2019-02-01');
      assert.equal(then.status, 'off_track');
      assert.equal(then.latestUpdate?.updateOn, '2019-01-17');
      const later = await action('1.20', '2019-04-16');
      assert.equal(later.status, 'complete');
      assert.equal(later.brag.headline, 'Green: complete');
      assert.equal(later.overdue, false);
    });

    test('an override counts from the day it was set', async () => {
      assert.equal((await action('1.19', '2019-01-27')).brag.override, null);
      const set = await action('1.19', '2019-01-28');
      assert.equal(set.brag.rating, 'amber');
      assert.equal(set.brag.ruleRating, 'green');
    });
  });
}
