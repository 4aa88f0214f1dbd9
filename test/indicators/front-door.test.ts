// Hand-checked: contacts, early help and referrals. D = 2018-03-31, P = [2017-10-01, 2018-03-31].
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../helpers/databases.ts';
import type { Database } from '../../src/db/database.ts';
import { computeIndicators, REREFERRAL_SHORT_EXTRACT } from '../../src/indicators/compute.ts';
import { createCouncil, createSnapshot } from './fixture.ts';

const referral = (child_id: string, referral_date: string, nfa: boolean | null = null) => ({ child_id, referral_date, nfa });

for (const target of testDatabases()) {
  describe(`front door indicators on ${target.name}`, () => {
    let db: Database;
    let laCode: string;
    before(async () => {
      db = await target.open();
      laCode = await createCouncil(db, 8000);
    });
    after(() => db.close());

    test('contacts, early help, referrals, re-referrals and NFA', async () => {
      const id = await createSnapshot(db, {
        laCode, asAt: '2018-03-31',
        lists: {
          1: [
            { child_id: 'A', contact_date: '2017-09-30' },   // day before P
            { child_id: 'A', contact_date: '2017-10-01' },   // first day of P
            { child_id: 'B', contact_date: '2018-03-31' },   // D
            { child_id: 'C', contact_date: '2018-04-01' },   // after D
            { child_id: 'D', contact_date: '2018-01-15', contact_source: 'Police' },
            { child_id: 'D', contact_date: '2018-01-15', contact_source: 'School' },
          ],
          2: [
            { child_id: 'A', eh_start: '2017-10-01' },
            { child_id: 'B', eh_start: '2017-09-30' },
            { child_id: 'C', eh_start: '2018-02-01' },
          ],
          3: [
            referral('A', '2017-03-01'), referral('A', '2017-11-15', false),  // re-referral (259 days)
            referral('B', '2016-11-14'), referral('B', '2017-11-14'),         // exactly 365 days: re-referral
            referral('C', '2016-11-13'), referral('C', '2017-11-14'),         // 366 days: not
            { child_id: 'D', referral_date: '2018-01-10', referral_source: 'Police' },   // same day twice:
            { child_id: 'D', referral_date: '2018-01-10', referral_source: 'School' },   // neither is earlier
            referral('E', '2017-12-01', true), referral('E', '2018-02-01'),   // second is a re-referral
            referral('F', '2018-03-31', true),
            referral('G', '2018-04-02'),                                      // after D
          ],
        },
      });
      const r = await computeIndicators(db, id);
      assert.equal(r.as_at, '2018-03-31');
      assert.equal(r.period_start, '2017-10-01');
      assert.deepEqual(r.indicators['contacts.count'], { value: 4 });
      assert.deepEqual(r.indicators['contacts.rate_per_10k'], { value: 5 });        // 4 × 10000 / 8000
      assert.deepEqual(r.indicators['early_help.assessments_started'], { value: 2 });
      assert.deepEqual(r.indicators['referrals.count'], { value: 8 });
      assert.deepEqual(r.indicators['referrals.rereferral_pct'], { value: 37.5, numerator: 3, denominator: 8 });
      assert.deepEqual(r.indicators['referrals.nfa_pct'], { value: 25, numerator: 2, denominator: 8 });
      // Earliest referral 2016-11-13 is later than 2016-10-01 (period start − 365 days).
      const short = r.warnings.filter((w) => w.message.includes(REREFERRAL_SHORT_EXTRACT));
      assert.equal(short.length, 1);
      assert.equal(short[0].list, 3);
      assert.equal(short[0].column, 'Date of referral');
      assert.match(short[0].message, /referrals\.rereferral_pct/);
    });

    test('the population comes from the option, else the council; without one rates are null', async () => {
      const id = await createSnapshot(db, { laCode, asAt: '2018-03-31', lists: { 1: [{ child_id: 'A', contact_date: '2018-01-01' }] } });
      assert.deepEqual((await computeIndicators(db, id)).indicators['contacts.rate_per_10k'], { value: 1.25 });
      assert.deepEqual((await computeIndicators(db, id, { population: 3 })).indicators['contacts.rate_per_10k'], { value: 10000 / 3 });
      const none = await computeIndicators(db, id, { population: null });
      assert.deepEqual(none.indicators['contacts.rate_per_10k'], { value: null });
      assert.deepEqual(none.indicators['contacts.count'], { value: 1 });
      const w = none.warnings.find((x) => x.message.includes('contacts.rate_per_10k'));
      assert.ok(w, 'a warning names the rate');
      assert.match(w.message, /population/);
      await assert.rejects(computeIndicators(db, id, { population: 0 }), RangeError);
    });

    test('no "extract too short" warning when referrals reach back to period start − 365 days', async () => {
      const enough = await createSnapshot(db, {
        laCode, asAt: '2018-03-31',
        lists: { 3: [referral('A', '2016-10-01'), referral('B', '2018-01-01')] },
      });
      const r = await computeIndicators(db, enough);
      assert.equal(r.warnings.filter((w) => w.message.includes(REREFERRAL_SHORT_EXTRACT)).length, 0);
      assert.deepEqual(r.indicators['referrals.rereferral_pct'], { value: 0, numerator: 0, denominator: 1 });
      const short = await createSnapshot(db, {
        laCode, asAt: '2018-03-31',
        lists: { 3: [referral('A', '2016-10-02'), referral('B', '2018-01-01')] },
      });
      const r2 = await computeIndicators(db, short);
      assert.equal(r2.warnings.filter((w) => w.message.includes(REREFERRAL_SHORT_EXTRACT)).length, 1);
    });

    test('an explicit period start is used as stored on the snapshot', async () => {
      const id = await createSnapshot(db, {
        laCode, asAt: '2018-03-31', periodStart: '2018-01-01',
        lists: { 1: [{ child_id: 'A', contact_date: '2017-12-31' }, { child_id: 'A', contact_date: '2018-01-01' }] },
      });
      const r = await computeIndicators(db, id);
      assert.equal(r.period_start, '2018-01-01');
      assert.deepEqual(r.indicators['contacts.count'], { value: 1 });
    });
  });
}
