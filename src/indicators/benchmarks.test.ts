import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BENCHMARKS, benchmarksFor } from './benchmarks.ts';
import { indicatorById } from './catalogue.ts';
import { isIsoDate } from '../domain/calendar/dates.ts';

test('every benchmark maps to a catalogue indicator and names its source', () => {
  for (const b of BENCHMARKS) {
    const ind = indicatorById(b.indicatorId);
    assert.ok(ind, b.indicatorId);
    assert.ok(isIsoDate(b.date) && b.date.endsWith('-03-31'), `${b.indicatorId} is at or to a 31 March`);
    assert.ok(b.source.publisher && b.source.title.length > 10);
    if (ind.kind === 'pct') assert.ok(b.value > 0 && b.value < 100);
    // Annual figures only for measures over a period, figures "at" a date only for counts at D.
    assert.equal(b.basis, /\.open$|rate_per_10k$/.test(b.indicatorId) && b.indicatorId !== 'contacts.rate_per_10k' ? 'at' : 'year', b.indicatorId);
  }
});

test('benchmarks for an indicator, latest first', () => {
  assert.deepEqual(benchmarksFor('cla.open').map((b) => [b.date, b.value]), [['2018-03-31', 75420], ['2017-03-31', 72670]]);
  assert.deepEqual(benchmarksFor('referrals.rereferral_pct').map((b) => b.value), [22.6]);
  assert.deepEqual(benchmarksFor('workforce.caseload_avg'), []);
});
