import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rateAction, overrideInWords, type BragInput } from './brag.ts';
import type { Measure } from './measures.ts';

const base: BragInput = {
  status: 'on_track', startOn: '2017-06-01', dueOn: '2018-03-31', milestones: [], measures: [], impactEvidence: 0, override: null,
};
const texts = (r: { reasons: { text: string }[] }) => r.reasons.map((x) => x.text);

test('an action on its way with nothing late is green and says why', () => {
  const r = rateAction(base, '2018-03-01');
  assert.equal(r.rating, 'green');
  assert.equal(r.headline, 'Green: on track');
  assert.deepEqual(texts(r), [
    'It is due on 31 March 2018, in 30 days.', 'It has no milestones.', 'Its owner reports it on track.']);
});

test('the due date passing without completion makes it red, counting the days', () => {
  const r = rateAction(base, '2018-04-02');
  assert.equal(r.rating, 'red');
  assert.equal(r.headline, 'Red: off track');
  assert.equal(texts(r)[0], 'The due date, 31 March 2018, passed 2 days ago and the action is not complete.');
  assert.equal(rateAction(base, '2018-03-31').rating, 'green', 'due today is not overdue');
});

test('a late milestone is amber up to 30 days and red after', () => {
  const a = { ...base, milestones: [{ title: 'Audit tool agreed', dueOn: '2017-09-30', completedOn: null }] };
  assert.equal(rateAction(a, '2017-10-30').rating, 'amber');
  assert.equal(texts(rateAction(a, '2017-10-30'))[0], 'The milestone "Audit tool agreed" was due on 30 September 2017 and is 30 days late.');
  assert.equal(rateAction(a, '2017-10-31').rating, 'red');
  const done = { ...base, milestones: [{ title: 'Audit tool agreed', dueOn: '2017-09-30', completedOn: '2017-10-05' }] };
  assert.equal(rateAction(done, '2017-12-01').rating, 'green');
  assert.equal(rateAction(done, '2017-10-04').rating, 'amber', 'completed after the date being rated: still late then');
});

const timeliness: Measure = {
  kind: 'indicator', label: 'Assessments completed within 45 working days', indicatorId: 'assessments.within_45wd_pct',
  polarity: 'up', percent: true, target: 80, targetOn: '2018-01-31', latest: { value: 62.5, asAt: '2018-02-28' },
};

test('a measure that missed its target after its date makes the action red; before the date it does not count', () => {
  const a = { ...base, measures: [timeliness] };
  const r = rateAction(a, '2018-03-01');
  assert.equal(r.rating, 'red');
  assert.equal(texts(r)[0], 'A success measure missed its target: Assessments completed within 45 working days was 62.5% as at 28 February 2018, against a target of 80% or more by 31 January 2018.');
  assert.equal(rateAction({ ...a, measures: [{ ...timeliness, targetOn: '2018-06-30' }] }, '2018-03-01').rating, 'green');
  assert.equal(rateAction({ ...a, measures: [{ ...timeliness, latest: { value: 81, asAt: '2018-02-28' } }] }, '2018-03-01').rating, 'green');
});

test('lower-is-better measures meet their target at or below it', () => {
  const caseload: Measure = { kind: 'indicator', label: 'Average caseload', indicatorId: 'workforce.caseload_avg', polarity: 'down',
    percent: false, target: 18, targetOn: '2018-01-31', latest: { value: 18, asAt: '2018-02-28' } };
  assert.equal(rateAction({ ...base, measures: [caseload] }, '2018-03-01').rating, 'green');
  assert.equal(rateAction({ ...base, measures: [{ ...caseload, latest: { value: 18.4, asAt: '2018-02-28' } }] }, '2018-03-01').rating, 'red');
});

test('a measure past its date with no figure, or a described measure not yet judged, is amber', () => {
  const none = rateAction({ ...base, measures: [{ ...timeliness, latest: null }] }, '2018-03-01');
  assert.equal(none.rating, 'amber');
  assert.match(texts(none)[0], /cannot be checked: there is no figure for Assessments completed within 45 working days/);
  const described: Measure = { kind: 'described', label: 'Audits graded good or better', targetOn: '2018-01-31', judgment: null, judgedOn: null };
  assert.equal(rateAction({ ...base, measures: [described] }, '2018-03-01').rating, 'amber');
  assert.equal(rateAction({ ...base, measures: [{ ...described, judgment: 'off_target', judgedOn: '2018-02-10' }] }, '2018-03-01').rating, 'red');
  assert.equal(rateAction({ ...base, measures: [{ ...described, judgment: 'on_target', judgedOn: '2018-02-10' }] }, '2018-03-01').rating, 'green');
  assert.equal(rateAction({ ...base, measures: [{ ...described, judgment: 'on_target', judgedOn: '2018-03-10' }] }, '2018-03-01').rating, 'amber',
    'a judgment made after the date being rated is not known then');
});

test('the owner\'s report of at risk or off track counts; not started after the start date is amber', () => {
  assert.equal(rateAction({ ...base, status: 'at_risk' }, '2018-01-01').rating, 'amber');
  assert.equal(rateAction({ ...base, status: 'off_track' }, '2018-01-01').rating, 'red');
  const notStarted = rateAction({ ...base, status: 'not_started' }, '2018-01-01');
  assert.equal(notStarted.rating, 'amber');
  assert.deepEqual(texts(notStarted), ['It was due to start on 1 June 2017 and is reported as not started.']);
  assert.equal(rateAction({ ...base, status: 'not_started' }, '2017-05-01').rating, 'green');
});

test('complete is green, not blue; blue needs evidence of impact', () => {
  const complete = rateAction({ ...base, status: 'complete' }, '2019-01-01');
  assert.equal(complete.rating, 'green');
  assert.equal(complete.headline, 'Green: complete');
  const claimed = rateAction({ ...base, status: 'impact_evidenced' }, '2019-01-01');
  assert.equal(claimed.rating, 'green');
  assert.match(texts(claimed)[1], /no evidence is marked as showing that practice or outcomes changed, so it is not blue/);
  const blue = rateAction({ ...base, status: 'impact_evidenced', impactEvidence: 2 }, '2019-01-01');
  assert.equal(blue.rating, 'blue');
  assert.equal(blue.headline, 'Blue: impact evidenced');
  assert.deepEqual(texts(blue), ['Reported as impact evidenced, and 2 pieces of evidence show that practice or outcomes changed.']);
});

test('a complete action whose measure missed keeps green and notes the miss', () => {
  const r = rateAction({ ...base, status: 'complete', measures: [timeliness] }, '2018-03-01');
  assert.equal(r.rating, 'green');
  assert.ok(texts(r).some((t) => t.startsWith('Its success measure missed its target')));
});

test('an override replaces the rating but keeps the rule\'s rating and reasons, and says who and why', () => {
  const o = { rating: 'amber' as const, reason: 'Recruitment campaign delayed by the pay review', by: 'Priya Shah', on: '2018-02-01' };
  const r = rateAction({ ...base, override: o }, '2018-02-02');
  assert.equal(r.rating, 'amber');
  assert.equal(r.ruleRating, 'green');
  assert.equal(r.headline, 'Amber: at risk (set by hand)');
  assert.equal(texts(r)[0], 'It is due on 31 March 2018, in 57 days.');
  assert.equal(overrideInWords(o, r.ruleRating),
    'Priya Shah set the rating to Amber on 1 February 2018 (the rule gives Green). Their reason: Recruitment campaign delayed by the pay review');
});
