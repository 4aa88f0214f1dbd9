// The importer's own date helpers. Calendar arithmetic (addMonths, ageAt, defaultPeriodStart ...)
// is src/domain/calendar's, tested there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../domain/calendar/index.ts';
import { excelSerialToIso, isoDate, ukDate } from './dates.ts';

test('isoDate accepts only real calendar dates', () => {
  assert.equal(isoDate(2018, 2, 28), '2018-02-28');
  assert.equal(isoDate(2018, 2, 31), null);
  assert.equal(isoDate(2018, 2, 29), null);
  assert.equal(isoDate(2020, 2, 29), '2020-02-29');
  assert.equal(isoDate(1900, 2, 29), null);
  assert.equal(isoDate(2000, 2, 29), '2000-02-29');
  assert.equal(isoDate(2018, 13, 1), null);
  assert.equal(isoDate(2018, 4, 31), null);
  assert.equal(isoDate(2018, 0, 1), null);
  assert.equal(isoDate(2018, 1, 0), null);
  assert.equal(isoDate(2018.5, 1, 1), null);
  assert.equal(isoDate(Number.NaN, 1, 1), null);
  assert.equal(isoDate(10000, 1, 1), null);
  assert.equal(isoDate(0, 1, 1), null);
  assert.equal(isoDate(1, 1, 1), '0001-01-01');
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
  assert.equal(excelSerialToIso(1, true), '1904-01-02');
  assert.equal(excelSerialToIso(60, true), '1904-03-01', 'the 1904 system has no phantom day');
  assert.equal(excelSerialToIso(2958465), '9999-12-31', "Excel's last date");
  assert.equal(excelSerialToIso(2958466), null);
  assert.equal(excelSerialToIso(1e300), null);
  assert.equal(excelSerialToIso(0), null);
  assert.equal(excelSerialToIso(-5), null);
  assert.equal(excelSerialToIso(Number.NaN), null);
  assert.equal(excelSerialToIso(Number.POSITIVE_INFINITY), null);
});

test('a serial from 61 on is that many days after 30/12/1899, as JavaScript counts them (property)', () => {
  fc.assert(fc.property(fc.integer({ min: 61, max: 2_958_465 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (serial, time) => {
    const utc = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
    assert.equal(excelSerialToIso(serial + time), utc);
    assert.equal(excelSerialToIso(serial - 1462, true), serial - 1462 >= 1 ? utc : null, '1904 serials are 1462 days fewer');
  }), { numRuns: 2000 });
  assert.equal(toDayNumber(excelSerialToIso(25569)!), 0, 'serial 25569 is 1970-01-01');
  assert.equal(excelSerialToIso(25569 + 17000), fromDayNumber(17000));
});

test('dates in messages are written dd/mm/yyyy', () => {
  assert.equal(ukDate('2018-03-31'), '31/03/2018');
  assert.equal(ukDate('2021-01-05'), '05/01/2021');
  assert.throws(() => ukDate('2018-02-30'), RangeError);
});
