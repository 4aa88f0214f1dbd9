// The SQL calendar (migration 003) agrees with the TypeScript one (src/domain/calendar) on the
// bank holiday list and, on random dates, on wd, add_months and age_at.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { testDatabases } from '../helpers/databases.ts';
import type { Database } from '../../src/db/database.ts';
import { BANK_HOLIDAYS } from '../../src/domain/calendar/bank-holidays.ts';
import { addMonths, ageAt, fromDayNumber, toDayNumber } from '../../src/domain/calendar/dates.ts';
import { wd, workingDayIndex } from '../../src/domain/calendar/working-days.ts';

const arbDate = fc.integer({ min: toDayNumber('1895-01-01'), max: toDayNumber('2045-12-31') }).map(fromDayNumber);
const arbNearDate = fc.integer({ min: toDayNumber('2009-06-01'), max: toDayNumber('2036-06-30') }).map(fromDayNumber);
const arbDates = fc.array(fc.tuple(fc.oneof(arbDate, arbNearDate), fc.oneof(arbDate, arbNearDate)), { minLength: 1, maxLength: 300 });

for (const target of testDatabases()) {
  describe(`SQL calendar functions on ${target.name}`, () => {
    let db: Database;
    before(async () => { db = await target.open(); });
    after(() => db.close());

    test('bank_holidays holds the same list as the TypeScript calendar', async () => {
      const rows = await db.query('SELECT d AS date, title, notes FROM bank_holidays ORDER BY d');
      assert.deepEqual(rows, BANK_HOLIDAYS.map((h) => ({ ...h })));
    });

    test('wd and working_day_index agree with TypeScript on fixed edges', async () => {
      const [r] = await db.query(`SELECT wd('2017-12-22', '2018-02-28') AS christmas_45, wd('2017-12-22', '2018-03-01') AS christmas_46,
        wd('2018-03-29', '2018-04-03') AS easter, wd('2021-12-24', '2022-01-04') AS substitutes,
        wd('2018-12-31', '2017-12-31') AS backwards, wd('2018-03-01', '2018-03-01') AS same_day,
        working_day_index('1899-12-25') AS before_epoch, wd(NULL, '2018-01-01') AS blank`);
      assert.deepEqual(r, { christmas_45: 45, christmas_46: 46, easter: 1, substitutes: 4, backwards: -253, same_day: 0, before_epoch: -4, blank: null });
      assert.equal(workingDayIndex('1899-12-25'), -4);
    });

    test('wd agrees with TypeScript on random dates', async () => {
      await fc.assert(fc.asyncProperty(arbDates, async (pairs) => {
        const rows = await db.query<{ n: number }>(
          'SELECT wd(a, b) AS n FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS t(a, b, i) ORDER BY i',
          [pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
        assert.deepEqual(rows.map((r) => r.n), pairs.map(([a, b]) => wd(a, b)));
      }), { numRuns: 25 });
    });

    test('add_months agrees with TypeScript (clamped to the month end) on random dates', async () => {
      const cases = fc.array(fc.tuple(fc.oneof(arbDate, fc.constantFrom('2016-02-29', '2018-01-31', '2018-08-31', '2019-12-31')),
        fc.integer({ min: -60, max: 60 })), { minLength: 1, maxLength: 300 });
      await fc.assert(fc.asyncProperty(cases, async (pairs) => {
        const rows = await db.query<{ d: string }>(
          'SELECT add_months(d, n) AS d FROM unnest($1::date[], $2::int[]) WITH ORDINALITY AS t(d, n, i) ORDER BY i',
          [pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
        assert.deepEqual(rows.map((r) => r.d), pairs.map(([d, n]) => addMonths(d, n)));
      }), { numRuns: 25 });
      const [r] = await db.query(`SELECT add_months('2018-08-31', 3) AS a, add_months('2016-02-29', 12) AS b,
        add_months('2016-02-29', -12) AS c, add_months('2017-01-31', 1) AS d, add_months('2016-01-31', 1) AS e`);
      assert.deepEqual(r, { a: '2018-11-30', b: '2017-02-28', c: '2015-02-28', d: '2017-02-28', e: '2016-02-29' });
    });

    test('age_at agrees with TypeScript, 29 February birthdays included', async () => {
      const leapDob = fc.constantFrom('2000-02-29', '2004-02-29', '1996-02-29', '2012-02-29');
      const cases = fc.array(fc.tuple(fc.oneof(arbDate, leapDob), fc.oneof(arbDate, fc.constantFrom('2019-02-28', '2019-03-01', '2020-02-28', '2020-02-29'))),
        { minLength: 1, maxLength: 300 });
      await fc.assert(fc.asyncProperty(cases, async (pairs) => {
        const rows = await db.query<{ age: number }>(
          'SELECT age_at(dob, d) AS age FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS t(dob, d, i) ORDER BY i',
          [pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
        assert.deepEqual(rows.map((r) => r.age), pairs.map(([dob, d]) => ageAt(dob, d)));
      }), { numRuns: 25 });
      const [r] = await db.query(`SELECT age_at('2000-02-29', '2019-02-28') AS a, age_at('2000-02-29', '2019-03-01') AS b,
        age_at('2000-02-29', '2020-02-29') AS c, age_at('1999-03-31', '2018-03-31') AS d`);
      assert.deepEqual(r, { a: 18, b: 19, c: 20, d: 19 });
    });
  });
}
