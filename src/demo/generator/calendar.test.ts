import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addMonths, addWorkingDays, ageAt, bankHolidays, dayOf, fromYmd, isIsoDate, isoOf, monthEnds, ukDate,
  workingDaysBetween, ymd,
} from './calendar.ts';

const iso = (days: number[]) => days.map(isoOf);

describe('calendar', () => {
  it('converts day numbers to and from dates as JavaScript does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const { y, m, d } = ymd(day);
        const js = new Date(day * 86_400_000);
        assert.deepEqual([y, m, d], [js.getUTCFullYear(), js.getUTCMonth() + 1, js.getUTCDate()]);
        assert.equal(fromYmd(y, m, d), day);
      }),
    );
  });

  it('reads and writes dates', () => {
    assert.equal(isoOf(dayOf('2018-08-31')), '2018-08-31');
    assert.equal(ukDate(dayOf('2018-08-01')), '01/08/2018');
    assert.equal(ukDate(dayOf('2018-08-01'), '-'), '01-08-2018');
    assert.equal(isIsoDate('2019-02-29'), false);
    assert.equal(isIsoDate('2020-02-29'), true);
    assert.equal(isIsoDate('2020-13-01'), false);
    assert.throws(() => dayOf('31/08/2018'), RangeError);
  });

  it('adds months clamped to the end of the month (indicators.md)', () => {
    assert.equal(isoOf(addMonths(dayOf('2019-01-31'), 1)), '2019-02-28');
    assert.equal(isoOf(addMonths(dayOf('2020-01-31'), 1)), '2020-02-29');
    assert.equal(isoOf(addMonths(dayOf('2018-03-31') + 1, -6)), '2017-10-01');
    assert.equal(isoOf(addMonths(dayOf('2024-02-29') + 1, -6)), '2023-09-01');
    assert.equal(isoOf(addMonths(dayOf('2018-12-15'), 3)), '2019-03-15');
  });

  it('counts age in completed years, a 29 February birthday on 1 March in common years', () => {
    assert.equal(ageAt(dayOf('2004-02-29'), dayOf('2022-02-28')), 17);
    assert.equal(ageAt(dayOf('2004-02-29'), dayOf('2022-03-01')), 18);
    assert.equal(ageAt(dayOf('2004-02-29'), dayOf('2024-02-29')), 20);
    assert.equal(ageAt(dayOf('2010-06-15'), dayOf('2018-06-14')), 7);
    assert.equal(ageAt(dayOf('2010-06-15'), dayOf('2018-06-15')), 8);
  });

  it('knows the England and Wales bank holidays, including the moved and one-off ones', () => {
    assert.deepEqual(iso(bankHolidays(2018)), [
      '2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26',
    ]);
    assert.deepEqual(iso(bankHolidays(2020)).slice(3, 4), ['2020-05-08']);
    assert.deepEqual(iso(bankHolidays(2021)).slice(-2), ['2021-12-27', '2021-12-28']);
    assert.deepEqual(iso(bankHolidays(2022)), [
      '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29',
      '2022-09-19', '2022-12-26', '2022-12-27',
    ]);
    assert.ok(iso(bankHolidays(2011)).includes('2011-04-29'));
    assert.ok(iso(bankHolidays(2012)).includes('2012-06-05'));
    assert.ok(iso(bankHolidays(2023)).includes('2023-05-08'));
  });

  it('counts working days as wd(a, b): a < d <= b, weekdays that are not bank holidays', () => {
    assert.equal(workingDaysBetween(dayOf('2018-08-24'), dayOf('2018-08-31')), 4); // Mon 27th is a bank holiday
    assert.equal(workingDaysBetween(dayOf('2018-12-21'), dayOf('2019-01-02')), 5); // 24, 27, 28, 31 Dec, 2 Jan
    assert.equal(workingDaysBetween(dayOf('2018-08-31'), dayOf('2018-08-31')), 0);
    assert.equal(isoOf(addWorkingDays(dayOf('2018-08-24'), 1)), '2018-08-28');
    fc.assert(
      fc.property(fc.integer({ min: dayOf('2000-01-01'), max: dayOf('2040-01-01') }), fc.integer({ min: 1, max: 200 }), (a, n) => {
        const b = addWorkingDays(a, n);
        assert.equal(workingDaysBetween(a, b), n);
        assert.equal(workingDaysBetween(a, b - 1), n - 1);
      }),
    );
  });

  it('lists month ends', () => {
    assert.deepEqual(monthEnds('2017-04-30', '2017-07-15'), ['2017-04-30', '2017-05-31', '2017-06-30', '2017-07-31']);
    assert.equal(monthEnds('2017-04-30', '2019-03-31').length, 24);
  });
});
