import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countChanges, diffPlans, type PlanSnapshot, type SnapshotAction } from './version-diff.ts';

const action = (key: string, over: Partial<SnapshotAction> = {}): SnapshotAction => ({
  key, ref: `1.${key}`, title: `Action ${key}`, description: '', workstreamKey: 'w1', owner: 'Tom Okafor', leadOfficer: '',
  startOn: null, dueOn: '2018-03-31', stage: 'Front door', answers: ['Recommendation 1'], measures: [], milestones: [],
  dependencies: [], status: 'On track', ...over,
});
const plan = (actions: SnapshotAction[], wsTitle = 'Front door practice'): PlanSnapshot => ({
  objectives: [{ key: 'o1', number: 1, title: 'Robust model of social work practice', lead: 'Dana Mills' }],
  workstreams: [{ key: 'w1', objectiveKey: 'o1', title: wsTitle, lead: 'Sam Begum' }],
  actions,
});

test('a later version shows actions added, removed and changed, field by field', () => {
  const v1 = plan([action('1'), action('2'), action('3', { status: 'Not started' })]);
  const v2 = plan([action('1', { dueOn: '2018-06-30', answers: ['Recommendation 1', 'Recommendation 4'] }), action('3', { status: 'Complete' }), action('4')]);
  const changes = diffPlans(v1, v2);
  assert.deepEqual(changes, [
    { kind: 'changed', entity: 'action', key: '1', label: 'Action 1.1: Action 1', fields: [
      { field: 'Due date', before: '2018-03-31', after: '2018-06-30' },
      { field: 'Answers', before: 'Recommendation 1', after: 'Recommendation 1; Recommendation 4' }] },
    { kind: 'added', entity: 'action', key: '4', label: 'Action 1.4: Action 4' },
    { kind: 'removed', entity: 'action', key: '2', label: 'Action 1.2: Action 2' },
  ]);
  assert.deepEqual(countChanges(changes), { added: 1, removed: 1, changed: 1 });
});

test('renaming a workstream shows on the workstream and on each of its actions', () => {
  const changes = diffPlans(plan([action('1')]), plan([action('1')], 'Front door and MASH'));
  assert.deepEqual(changes.map((c) => [c.kind, c.entity, c.kind === 'changed' ? c.fields.map((f) => f.field) : []]), [
    ['changed', 'workstream', ['Title']], ['changed', 'action', ['Workstream']]]);
});

const arbAction = fc.record({
  key: fc.constantFrom('1', '2', '3', '4', '5'), title: fc.constantFrom('A', 'B'), dueOn: fc.constantFrom('2018-01-01', '2018-06-30'),
  owner: fc.constantFrom('X', 'Y'), answers: fc.subarray(['Recommendation 1', 'Recommendation 2']),
}).map((a) => action(a.key, a));
const arbPlan = fc.uniqueArray(arbAction, { selector: (a) => a.key, maxLength: 5 }).map((as) => plan(as));

test('properties: no change against itself; added and removed swap when the versions swap', () => {
  fc.assert(fc.property(arbPlan, arbPlan, (a, b) => {
    assert.deepEqual(diffPlans(a, a), []);
    const ab = diffPlans(a, b), ba = diffPlans(b, a);
    const keys = (cs: typeof ab, kind: string) => cs.filter((c) => c.kind === kind).map((c) => c.key).sort();
    assert.deepEqual(keys(ab, 'added'), keys(ba, 'removed'));
    assert.deepEqual(keys(ab, 'changed'), keys(ba, 'changed'));
    const bKeys = new Set(b.actions.map((x) => x.key));
    assert.deepEqual(keys(ab, 'added'), b.actions.map((x) => x.key).filter((k) => !a.actions.some((y) => y.key === k)).sort());
    for (const c of ab) if (c.kind === 'changed') assert.ok(bKeys.has(c.key) && c.fields.every((f) => f.before !== f.after));
  }));
});
