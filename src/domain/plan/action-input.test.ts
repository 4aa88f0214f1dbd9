import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dependencyCycle, validateAction, type RawAction } from './action-input.ts';
import { parseDateParts, parseDateText } from './fields.ts';
import { inJourneyOrder, journeyStageFromText } from './journey.ts';

const raw: RawAction = { ref: '1.3', title: 'Launch the practice model', description: '', stage: 'front_door', ownerName: 'Tom Okafor',
  leadOfficer: '', startOn: '2017-06-01', dueOn: '2017-12-31', dependencies: '1.1; 1.2' };
const ctx = { takenRefs: new Set(['1.1', '1.2']), knownRefs: new Set(['1.1', '1.2']) };

test('a complete action passes and its stage may be written as its label', () => {
  const r = validateAction({ ...raw, stage: 'Permanence and adoption' }, ctx);
  assert.ok(r.ok);
  assert.equal(r.value.stage, 'permanence_adoption');
  assert.deepEqual(r.value.dependencies, ['1.1', '1.2']);
});

test('every problem is reported against its field', () => {
  const r = validateAction({ ref: '1.1', title: '', description: 'x'.repeat(5001), stage: 'the middle', ownerName: '', leadOfficer: '',
    startOn: '2018-01-01', dueOn: '2017-12-31', dependencies: '9.9' }, ctx);
  assert.ok(!r.ok);
  assert.deepEqual(r.errors, [
    { field: 'ref', message: 'Another action already has the reference 1.1' },
    { field: 'title', message: 'Enter what the action is, in a short title' },
    { field: 'description', message: 'Description must be 5,000 characters or fewer' },
    { field: 'stage', message: 'Select the stage of the child\'s journey the action improves' },
    { field: 'ownerName', message: 'Enter the name of the action\'s owner' },
    { field: 'dueOn', message: 'Due date must be the same as or after the start date' },
    { field: 'dependencies', message: 'There is no action with the reference 9.9' },
  ]);
  const bad = validateAction({ ...raw, ref: '=1', dueOn: 'invalid', dependencies: '1.3' }, { ...ctx, knownRefs: new Set(['1.3']) });
  assert.ok(!bad.ok);
  assert.deepEqual(bad.errors.map((e) => e.message), [
    'Reference must start with a letter or digit and use only letters, digits, dots, dashes and slashes',
    'Due date must be a real date']);
  const self = validateAction({ ...raw, dependencies: '1.3' }, { ...ctx, knownRefs: new Set(['1.3']) });
  assert.ok(!self.ok && self.errors[0].message === 'An action cannot depend on itself');
});

test('dates: ISO or day/month/year text; the three boxes of a date input', () => {
  assert.equal(parseDateText('2019-03-31'), '2019-03-31');
  assert.equal(parseDateText('31/3/2019'), '2019-03-31');
  assert.equal(parseDateText('29/02/2019'), null);
  assert.equal(parseDateParts('31', '3', '2019'), '2019-03-31');
  assert.equal(parseDateParts('', '', ''), null);
  assert.equal(parseDateParts('31', '2', '2019'), 'invalid');
  assert.equal(parseDateParts('1', 'March', '2019'), 'invalid');
});

test('journey order: from early help to care leavers, cross-cutting last; stable within a stage', () => {
  const items = [{ stage: 'cross_cutting' as const, n: 1 }, { stage: 'care_leavers' as const, n: 2 },
    { stage: 'early_help' as const, n: 3 }, { stage: 'care_leavers' as const, n: 4 }];
  assert.deepEqual(inJourneyOrder(items).map((i) => i.n), [3, 2, 4, 1]);
  assert.equal(journeyStageFromText('Child Protection'), 'child_protection');
  assert.equal(journeyStageFromText('permanence & adoption'), 'permanence_adoption');
  assert.equal(journeyStageFromText(''), null);
});

test('dependency cycles are found, with the chain that makes them', () => {
  assert.equal(dependencyCycle(new Map([['1.1', ['1.2']], ['1.2', ['1.3']], ['1.3', []]])), null);
  assert.deepEqual(dependencyCycle(new Map([['1.1', ['1.2']], ['1.2', ['1.3']], ['1.3', ['1.1']]])), ['1.1', '1.2', '1.3', '1.1']);
});

test('property: a graph whose edges only point to earlier nodes has no cycle; adding a back edge makes one', () => {
  fc.assert(fc.property(fc.array(fc.array(fc.nat(20), { maxLength: 4 }), { minLength: 2, maxLength: 12 }), (adj) => {
    const g = new Map(adj.map((outs, i) => [`a${i}`, outs.filter((j) => j < i).map((j) => `a${j}`)]));
    assert.equal(dependencyCycle(g), null);
    const last = `a${adj.length - 1}`;
    g.set('a0', [...(g.get('a0') ?? []), last]);
    g.set(last, [...(g.get(last) ?? []), 'a0']);
    const cycle = dependencyCycle(g);
    assert.ok(cycle && cycle[0] === cycle[cycle.length - 1]);
  }));
});
