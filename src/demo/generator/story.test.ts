import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayOf } from './calendar.ts';
import { generateSeries } from './generate.ts';
import { COMPLIANCE, chanceOf, progressAt, type Measure } from './story.ts';
import { storyFigures } from './testing.ts';

describe('the improvement curve', () => {
  it('starts poor, moves slowly after the judgment and fast after the August 2018 visit', () => {
    assert.equal(progressAt(dayOf('2015-01-01')), 0);
    let last = -1;
    for (let d = dayOf('2015-01-01'); d <= dayOf('2022-12-31'); d += 7) {
      const p = progressAt(d);
      assert.ok(p >= last && p <= 1, 'monotone within [0, 1]');
      last = p;
    }
    const jump = progressAt(dayOf('2018-12-15')) - progressAt(dayOf('2018-08-15'));
    const year = progressAt(dayOf('2018-03-31')) - progressAt(dayOf('2017-04-07'));
    assert.ok(jump > year, 'the autumn of 2018 improves more than the whole first year');
  });

  it('keeps every chance between its poor and good values', () => {
    for (const m of Object.keys(COMPLIANCE) as Measure[]) {
      const [poor, good] = COMPLIANCE[m];
      for (const iso of ['2014-01-01', '2017-06-30', '2018-10-01', '2025-01-01']) {
        const c = chanceOf(m, dayOf(iso));
        assert.ok(c >= Math.min(poor, good) - 1e-9 && c <= Math.max(poor, good) + 1e-9, `${m} at ${iso}`);
      }
    }
    assert.equal(chanceOf('claAssessmentRenewedOnTime', dayOf('2018-08-01')), COMPLIANCE.claAssessmentRenewedOnTime[0]);
  });
});

describe('the story at scale 1 (a council the size of Tower Hamlets)', () => {
  const dates = ['2017-04-30', '2018-08-31', '2018-12-31', '2019-03-31'];
  const [spring2017, august2018, december2018, march2019] = [...generateSeries({ laCode: '211', scale: 1 }, dates)].map(storyFigures);

  it('has about 180 children in care without a current assessment at the August 2018 visit, a minority by December', () => {
    assert.ok(august2018.claWithoutCurrentAssessment >= 150 && august2018.claWithoutCurrentAssessment <= 210, `August 2018: ${august2018.claWithoutCurrentAssessment}`);
    assert.ok(december2018.claWithoutCurrentAssessment < 0.6 * august2018.claWithoutCurrentAssessment, `December 2018: ${december2018.claWithoutCurrentAssessment}`);
    assert.ok(december2018.claWithoutCurrentAssessment < december2018.claOpen / 2, 'the majority now have an up-to-date assessment');
  });

  it('has the volumes of an inner-London council', () => {
    for (const f of [spring2017, august2018, march2019]) {
      assert.ok(f.contacts > 9000 && f.contacts < 13000, `contacts in six months ${f.contacts}`);
      assert.ok(f.referrals > 1500 && f.referrals < 2200, `referrals in six months ${f.referrals}`);
      assert.ok(f.claOpen > 270 && f.claOpen < 380, `children in care ${f.claOpen}`);
      assert.ok(f.cpOpen > 190 && f.cpOpen < 320, `child protection plans ${f.cpOpen}`);
      assert.ok(f.careLeavers > 180 && f.careLeavers < 300, `care leavers ${f.careLeavers}`);
      assert.ok(f.rereferralPct! > 15 && f.rereferralPct! < 27, `re-referrals ${f.rereferralPct}%`);
      assert.ok(f.caseloadAvg! >= 15 && f.caseloadAvg! <= 25, `caseload ${f.caseloadAvg}`);
    }
  });

  it('improves practice from spring 2017 to early 2019', () => {
    const better = (k: keyof typeof spring2017, points: number) => {
      const before = spring2017[k] as number;
      const after = march2019[k] as number;
      assert.ok(after >= before + points, `${k}: ${before} -> ${after}`);
    };
    better('within45Pct', 15);
    better('icpcWithin15Pct', 15);
    better('cinSeenPct', 10);
    better('cpVisitPct', 10);
    better('claVisitPct', 10);
    better('claHealthPct', 5);
    better('claPermanencePct', 15);
    assert.ok(march2019.unallocatedChildren < spring2017.unallocatedChildren / 2, 'fewer unallocated children');
    assert.ok(march2019.caseloadAvg! < spring2017.caseloadAvg! - 3, 'smaller caseloads');
  });
});
