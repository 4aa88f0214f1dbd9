// Indicators for many snapshots at once (computeIndicatorsForMany, refreshIndicatorValuesForMany):
// exactly the figures and warnings of computing them one by one, in the order asked, whatever the
// concurrency; and the transaction the indicator queries run in on PostgreSQL.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabases } from '../helpers/databases.ts';
import type { Database } from '../../src/db/database.ts';
import { generateAnnexA, writeAnnexACsv } from '../../src/demo/generator/index.ts';
import { importAnnexA } from '../../src/ingest/import.ts';
import { computeIndicators, computeIndicatorsForMany, REREFERRAL_SHORT_EXTRACT } from '../../src/indicators/compute.ts';
import { inIndicatorSession } from '../../src/indicators/session.ts';
import { refreshIndicatorValuesForMany, setIndicatorParameters, storedIndicators } from '../../src/indicators/store.ts';
import { CLI } from '../../src/audit/audit.ts';
import { createCouncil, createSnapshot } from './fixture.ts';

/** A small synthetic extract (about 1,500 rows), imported as a council would import it. */
async function importGenerated(db: Database, laCode: string, seed: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'uplift-many-'));
  try {
    await writeAnnexACsv(generateAnnexA({ laCode, asAt: '2018-08-31', scale: 0.05, seed }), dir);
    const result = await importAnnexA(db, { path: dir }, { laCode, asAt: '2018-08-31', synthetic: true });
    assert.ok(result.ok, JSON.stringify(result.errors.slice(0, 3)));
    return result.snapshotId!;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

for (const target of testDatabases()) {
  describe(`indicators for many snapshots on ${target.name}`, () => {
    let db: Database;
    const ids: number[] = [];
    before(async () => {
      db = await target.open();
      // Councils that differ in what the figures depend on: population, local standards, lists.
      const withPopulation = await createCouncil(db, 8000);
      const withoutPopulation = await createCouncil(db);
      const localStandards = await createCouncil(db, 12000);
      await setIndicatorParameters(db, CLI, localStandards, { cin_visit_wd: 15, cp_visit_wd: 5 });
      ids.push(await importGenerated(db, withPopulation, 1));
      ids.push(await importGenerated(db, withoutPopulation, 2));
      ids.push(await importGenerated(db, localStandards, 3));
      // Rows left out of figures, a list and a column absent, an extract too short for re-referrals.
      ids.push(await createSnapshot(db, {
        laCode: withPopulation, asAt: '2018-03-31',
        lists: {
          3: [{ child_id: 'A', referral_date: '2018-01-10' }, { child_id: 'A', referral_date: '2018-02-01', nfa: true }],
          4: [
            { child_id: 'A', start_date: '2017-12-22', authorised_date: '2018-02-28', child_seen: true },
            { child_id: 'B', start_date: '2018-01-10', authorised_date: '2018-01-05' },   // before start
          ],
          6: [{ child_id: 'A', cin_start: '2017-01-01', last_seen: '2018-03-01', worker: 'Ann' }],
          8: [{ child_id: 'C', cla_start: '2017-06-01', worker: 'Bob' }, { child_id: 'D', cla_start: '2018-01-01' }],
        },
        columns: { 3: ['child_id', 'referral_date'], 4: ['child_id', 'start_date', 'authorised_date'],
          6: ['child_id', 'cin_start', 'last_seen', 'worker'], 8: ['child_id', 'cla_start', 'worker'] },
      }));
      ids.push(await createSnapshot(db, { laCode: withoutPopulation, asAt: '2018-03-31', lists: {} }));
    });
    after(() => db.close());

    test('the same figures and warnings as one by one, at any concurrency', async () => {
      const oneByOne = [];
      for (const id of ids) oneByOne.push(await computeIndicators(db, id));
      assert.ok(oneByOne[0].indicators['referrals.count'].value! > 0, 'the generated extract has referrals');
      const warned = oneByOne[3].warnings.map((w) => w.message).join('\n');
      for (const expected of ['row left out of', REREFERRAL_SHORT_EXTRACT, 'is not in the extract', 'is not in list']) {
        assert.ok(warned.includes(expected), `the hand-made snapshot warns "${expected}"`);
      }
      for (const concurrency of [1, 2, 3, 8, undefined]) {
        assert.deepEqual(await computeIndicatorsForMany(db, ids, { concurrency }), oneByOne, `concurrency ${concurrency}`);
      }
    });

    test('results come in the order asked, a snapshot asked twice twice; none asked, none', async () => {
      const order = [ids[3], ids[0], ids[4], ids[0], ids[2], ids[1]];
      const expected = [];
      for (const id of order) expected.push(await computeIndicators(db, id));
      assert.deepEqual(await computeIndicatorsForMany(db, order, { concurrency: 3 }), expected);
      assert.deepEqual(await computeIndicatorsForMany(db, []), []);
    });

    test('population and local standards given apply to every snapshot', async () => {
      const opts = { population: 5000, params: { cin_visit_wd: 25 } };
      const expected = [];
      for (const id of ids) expected.push(await computeIndicators(db, id, opts));
      assert.deepEqual(await computeIndicatorsForMany(db, ids, { ...opts, concurrency: 2 }), expected);
    });

    test('an unknown snapshot or a bad setting fails the whole call', async () => {
      await assert.rejects(computeIndicatorsForMany(db, [ids[0], 987654, ids[1]], { concurrency: 2 }), /No snapshot 987654/);
      await assert.rejects(computeIndicatorsForMany(db, ids, { params: { cp_visit_wd: 0 } }), RangeError);
      await assert.rejects(computeIndicatorsForMany(db, ids, { concurrency: 0 }), /concurrency must be a whole number/);
    });

    test('refreshing many stores for each snapshot what computing it gives, once', async () => {
      const results = await refreshIndicatorValuesForMany(db, [...ids, ids[1]], { concurrency: 3 });
      assert.equal(results.length, ids.length + 1);
      for (const [i, id] of [...ids, ids[1]].entries()) {
        const computed = await computeIndicators(db, id);
        assert.deepEqual(results[i], computed);
        const [{ la_code }] = await db.query('SELECT la_code FROM snapshots WHERE id = $1', [id]);
        assert.deepEqual(await storedIndicators(db, la_code, id), computed);
      }
      const [{ runs }] = await db.query('SELECT count(*)::int AS runs FROM indicator_runs WHERE snapshot_id = ANY($1)', [ids]);
      assert.equal(runs, ids.length);
    });

    test('indicator queries run with JIT off on PostgreSQL, without changing the pooled connection', async () => {
      const [{ jit: serverSetting }] = await db.query('SHOW jit');
      const [{ jit }] = await inIndicatorSession(db, (q) => q.query('SHOW jit'));
      assert.equal(jit, target.name === 'postgres' ? 'off' : serverSetting);
      const after = await Promise.all([1, 2, 3, 4].map(() => db.query('SHOW jit')));
      assert.deepEqual(after.map((r) => r[0].jit), [serverSetting, serverSetting, serverSetting, serverSetting]);
    });
  });
}
