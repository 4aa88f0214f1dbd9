import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, addMonths, ageAt, defaultPeriodStart, excelSerialToIso, isoDate, isIsoDate } from './dates.ts';

test('isoDate accepts only real calendar dates', () => {
  assert.equal(isoDate(2018, 2, 28), '2018-02-28');
  assert.equal(isoDate(2018, 2, 31), null);
  assert.equal(isoDate(2018, 2, 29), null);
  assert.equal(isoDate(2020, 2, 29), '2020-02-29');
  assert.equal(isoDate(1900, 2, 29), null);
  assert.equal(isoDate(2000, 2, 29), '2000-02-29');
  assert.equal(isoDate(2018, 13, 1), null);
  assert.equal(isoDate(2018, 4, 31), null);
  assert.equal(isIsoDate('2018-03-31'), true);
  assert.equal(isIsoDate('2018-3-31'), false);
  assert.equal(isIsoDate('2018-02-30'), false);
});

test('addMonths clamps to the last day of the month', () => {
  assert.equal(addMonths('2018-01-31', 1), '2018-02-28');
  assert.equal(addMonths('2020-01-31', 1), '2020-02-29');
  assert.equal(addMonths('2018-03-31', -1), '2018-02-28');
  assert.equal(addMonths('2018-12-15', 1), '2019-01-15');
  assert.equal(addMonths('2018-01-15', -13), '2016-12-15');
  assert.equal(addDays('2018-12-31', 1), '2019-01-01');
  assert.equal(addDays('2020-03-01', -1), '2020-02-29');
});

test('default period start: six months to the as-at date (indicators.md examples)', () => {
  assert.equal(defaultPeriodStart('2018-03-31'), '2017-10-01');
  assert.equal(defaultPeriodStart('2024-02-29'), '2023-09-01');
  assert.equal(defaultPeriodStart('2021-08-30'), '2021-02-28');
});

test('age in completed years; a 29 February birthday falls on 1 March in common years', () => {
  assert.equal(ageAt('2010-06-15', '2018-06-14'), 7);
  assert.equal(ageAt('2010-06-15', '2018-06-15'), 8);
  assert.equal(ageAt('2012-02-29', '2019-02-28'), 6);
  assert.equal(ageAt('2012-02-29', '2019-03-01'), 7);
  assert.equal(ageAt('2012-02-29', '2020-02-29'), 8);
  assert.equal(ageAt('2018-03-31', '2018-03-31'), 0);
});

test('Excel serial numbers, including the phantom 29/02/1900 and the 1904 system', () => {
  assert.equal(excelSerialToIso(1), '1900-01-01');
  assert.equal(excelSerialToIso(59), '1900-02-28');
  assert.equal(excelSerialToIso(60), null);
  assert.equal(excelSerialToIso(61), '1900-03-01');
  assert.equal(excelSerialToIso(43101), '2018-01-01');
  assert.equal(excelSerialToIso(43101.75), '2018-01-01');
  assert.equal(excelSerialToIso(44090), '2020-09-16');
  assert.equal(excelSerialToIso(41639, true), '2018-01-01');
  assert.equal(excelSerialToIso(0), null);
  assert.equal(excelSerialToIso(Number.NaN), null);
});

test('addDays and addMonths agree with each other on any date (property)', () => {
  const dates = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  fc.assert(fc.property(dates, fc.integer({ min: -4000, max: 4000 }), (d, n) => addDays(addDays(d, n), -n) === d));
  fc.assert(fc.property(dates, fc.integer({ min: -60, max: 60 }), (d, n) => {
    const moved = addMonths(d, n);
    return Number(moved.slice(8)) <= Number(d.slice(8)) && isIsoDate(moved);
  }));
});
