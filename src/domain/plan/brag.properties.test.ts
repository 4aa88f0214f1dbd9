// Properties of the BRAG rule over random actions and dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays } from '../calendar/dates.ts';
import { rateAction, type BragInput } from './brag.ts';
import { ACTION_STATUSES, OVERRIDE_RATINGS, isDelivered, ratingSeverity } from './status.ts';
import type { Measure } from './measures.ts';

const DAY0 = '2017-01-01';
const date = (max = 1200) => fc.integer({ min: 0, max }).map((n) => addDays(DAY0, n));

/** Facts (figures, judgments, completions) dated no later than `factsBy`, so time alone moves the rating. */
function action(factsBy = 1200) {
  const measure: fc.Arbitrary<Measure> = fc.oneof(
    fc.record({
      kind: fc.constant('indicator' as const), label: fc.constant('A figure'), indicatorId: fc.constant('x.y_pct'),
      polarity: fc.constantFrom('up' as const, 'down' as const, 'context' as const), percent: fc.boolean(),
      target: fc.integer({ min: 0, max: 100 }), targetOn: date(),
      latest: fc.option(fc.record({ value: fc.option(fc.integer({ min: 0, max: 100 })), asAt: date(factsBy) })),
    }),
    fc.record({
      kind: fc.constant('described' as const), label: fc.constant('A described measure'), targetOn: date(),
      judgment: fc.constantFrom(null, 'on_target' as const, 'off_target' as const), judgedOn: fc.option(date(factsBy)),
    }),
  );
  return fc.record({
    status: fc.constantFrom(...ACTION_STATUSES),
    startOn: fc.option(date()),
    dueOn: date(),
    milestones: fc.array(fc.record({ title: fc.constant('A milestone'), dueOn: date(), completedOn: fc.option(date(factsBy)) }), { maxLength: 4 }),
    measures: fc.array(measure, { maxLength: 3 }),
    impactEvidence: fc.integer({ min: 0, max: 3 }),
    override: fc.constant(null),
  }) as fc.Arbitrary<BragInput>;
}

test('blue exactly when reported impact evidenced with evidence of impact', () => {
  fc.assert(fc.property(action(), date(), (a, asAt) => {
    const blue = rateAction(a, asAt).rating === 'blue';
    assert.equal(blue, a.status === 'impact_evidenced' && a.impactEvidence > 0);
  }));
});

test('a delivered action is never red or amber by the rule', () => {
  fc.assert(fc.property(action(), date(), (a, asAt) => {
    if (!isDelivered(a.status)) return;
    assert.ok(['blue', 'green'].includes(rateAction(a, asAt).rating));
  }));
});

test('an undelivered action past its due date is red and the reasons name the due date', () => {
  fc.assert(fc.property(action(), fc.integer({ min: 1, max: 400 }), (a, after) => {
    if (isDelivered(a.status)) return;
    const r = rateAction(a, addDays(a.dueOn, after));
    assert.equal(r.rating, 'red');
    assert.ok(r.reasons.some((x) => x.level === 'red' && x.text.startsWith('The due date,')));
  }));
});

test('the rating is explained by at least one reason of its own level, and red never hides behind amber', () => {
  fc.assert(fc.property(action(), date(), (a, asAt) => {
    const r = rateAction(a, asAt);
    assert.ok(r.reasons.some((x) => x.level === r.rating), `${r.rating}: ${JSON.stringify(r.reasons)}`);
    if (r.rating !== 'red') assert.ok(!r.reasons.some((x) => x.level === 'red'));
    if (r.rating === 'green' || r.rating === 'blue') assert.ok(!r.reasons.some((x) => x.level === 'amber'));
  }));
});

test('with the facts fixed, time never improves an undelivered action\'s rating', () => {
  fc.assert(fc.property(action(600), fc.integer({ min: 600, max: 1500 }), fc.integer({ min: 0, max: 500 }), (a, d1, gap) => {
    if (isDelivered(a.status)) return;
    const early = rateAction(a, addDays(DAY0, d1));
    const late = rateAction(a, addDays(DAY0, d1 + gap));
    assert.ok(ratingSeverity(late.rating) >= ratingSeverity(early.rating), `${early.rating} then ${late.rating}`);
  }));
});

test('adding a milestone never improves the rating of an undelivered action', () => {
  fc.assert(fc.property(action(), date(), date(), fc.option(date()), (a, asAt, due, completed) => {
    if (isDelivered(a.status)) return;
    const more = { ...a, milestones: [...a.milestones, { title: 'Another', dueOn: due, completedOn: completed }] };
    assert.ok(ratingSeverity(rateAction(more, asAt).rating) >= ratingSeverity(rateAction(a, asAt).rating));
  }));
});

test('an override sets the shown rating and leaves the rule\'s rating and reasons as they were', () => {
  fc.assert(fc.property(action(), date(), fc.constantFrom(...OVERRIDE_RATINGS), (a, asAt, rating) => {
    const plain = rateAction(a, asAt);
    const o = rateAction({ ...a, override: { rating, reason: 'Known delay', by: 'A person', on: asAt } }, asAt);
    assert.equal(o.rating, rating);
    assert.equal(o.ruleRating, plain.rating);
    assert.deepEqual(o.reasons, plain.reasons);
    assert.match(o.headline, /\(set by hand\)$/);
  }));
});
