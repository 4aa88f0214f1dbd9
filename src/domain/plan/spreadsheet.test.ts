import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkPlanSheet, columnLetter, PLAN_COLUMNS, problemInWords, type ImportContext } from './spreadsheet.ts';
import { measureToCell, milestoneToCell, parseMeasuresCell, parseMilestonesCell, type IndicatorInfo } from './measure-input.ts';

const indicators = new Map<string, IndicatorInfo>([
  ['assessments.within_45wd_pct', { title: 'Assessments completed within 45 working days', polarity: 'up', percent: true }],
  ['workforce.caseload_avg', { title: 'Average caseload', polarity: 'down', percent: false }],
  ['contacts.count', { title: 'Contacts', polarity: 'context', percent: false }],
]);
const ctx: ImportContext = {
  recommendations: new Map([[1, 101], [2, 102], [3, 103]]),
  findings: new Map([['MV5.1', 501], ['MV5.2', 502]]),
  indicators,
  accounts: new Map([['owner@uplift.demo', 7]]),
  existing: new Map([['1.1', []]]),
};
const headers = PLAN_COLUMNS.filter((c) => !c.exportOnly).map((c) => c.header);
const row = (over: Record<string, string> = {}) => {
  const v: Record<string, string> = { ref: '1.2', objective: 'Robust model of social work practice', workstream: 'Front door',
    title: 'Review thresholds with partners', stage: 'Front door', ownerName: 'Tom Okafor', ownerEmail: 'owner@uplift.demo',
    dueOn: '31/03/2018', startOn: '2017-06-01', status: 'On track', recommendations: 'R1; 3', findings: 'mv5.2',
    measures: 'assessments.within_45wd_pct: 80 by 2018-03-31\nPartners sign the threshold document by 2017-09-30',
    milestones: '2017-07-31 Draft agreed (done 2017-07-28)\n2017-09-30 Signed', dependencies: '1.1', evidenceLinks: 'https://example.org/thresholds', ...over };
  return PLAN_COLUMNS.filter((c) => !c.exportOnly).map((c) => v[c.key] ?? '');
};

test('a valid sheet gives every action with its links, measures and milestones', () => {
  const r = checkPlanSheet([headers, row(), row({ ref: '1.3', dependencies: '1.2', status: '', findings: '', recommendations: '' })], ctx);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
  const [a, b] = r.actions;
  assert.equal(a.row, 2);
  assert.equal(a.dueOn, '2018-03-31');
  assert.equal(a.ownerUserId, 7);
  assert.equal(a.status, 'on_track');
  assert.deepEqual(a.recommendationIds, [101, 103]);
  assert.deepEqual(a.findingIds, [502]);
  assert.deepEqual(a.measures, [
    { kind: 'indicator', indicatorId: 'assessments.within_45wd_pct', target: 80, targetOn: '2018-03-31' },
    { kind: 'described', description: 'Partners sign the threshold document', targetOn: '2017-09-30' }]);
  assert.deepEqual(a.milestones, [{ title: 'Draft agreed', dueOn: '2017-07-31', completedOn: '2017-07-28' }, { title: 'Signed', dueOn: '2017-09-30', completedOn: null }]);
  assert.deepEqual(b.dependencies, ['1.2']);
  assert.equal(b.status, null);
});

test('every problem is reported with its row and column, and no action is returned', () => {
  const r = checkPlanSheet([headers, row(), row({ ref: '1.2', dueOn: '31/02/2018', stage: 'Somewhere', ownerEmail: 'nobody@x.org',
    recommendations: 'R9', findings: 'MV9.9', measures: 'contacts.count: 5 by 2018-01-01', milestones: 'soon', evidenceLinks: 'javascript:alert(1)',
    status: 'Done-ish' }), [], row({ ref: '2.1', objective: '' })], ctx);
  assert.ok(!r.ok);
  assert.deepEqual(r.problems.map(problemInWords), [
    'Row 3, column A (Reference): Reference 1.2 is also on row 2',
    'Row 3, column G (Stage of the child\'s journey): Select the stage of the child\'s journey the action improves',
    'Row 3, column L (Due date): Due date must be a real date',
    'Row 3, column I (Owner email): No account of this council has the email address nobody@x.org',
    'Row 3, column M (Status): Status must be Not started, On track, At risk, Off track, Complete or Impact evidenced',
    'Row 3, column N (Recommendations answered): The inspection has no recommendation R9',
    'Row 3, column O (Monitoring findings answered): There is no monitoring finding MV9.9: write it as MV5.2 (visit 5, finding 2)',
    'Row 3, column P (Success measures): Contacts is a context figure with no better direction: choose an indicator where higher or lower is better',
    'Row 3, column Q (Milestones): Write each milestone as "date title", like "2017-09-30 Audit tool agreed"',
    'Row 3, column S (Evidence links): Evidence link javascript:alert(1) must be a web address starting with https:// or http://',
    'Row 5, column B (Objective): Enter the objective the action belongs to',
  ]);
});

test('a missing required column is reported on row 1; an empty sheet says so', () => {
  const r = checkPlanSheet([headers.filter((h) => h !== 'Due date'), []], ctx);
  assert.ok(!r.ok);
  assert.deepEqual(r.problems.map(problemInWords), ['Row 1, column (Due date): The column "Due date" is missing from the first row']);
  const empty = checkPlanSheet([headers, ['', '']], ctx);
  assert.ok(!empty.ok && empty.problems[0].message.startsWith('The sheet has no actions'));
});

test('dependencies in a circle across the sheet and the plan are refused', () => {
  const r = checkPlanSheet([headers, row({ ref: '1.2', dependencies: '1.3' }), row({ ref: '1.3', dependencies: '1.2' })], ctx);
  assert.ok(!r.ok);
  assert.equal(problemInWords(r.problems[0]), 'Row 2, column R (Depends on): These actions depend on each other in a circle: 1.2 → 1.3 → 1.2');
});

test('neutralised cells from an export read back as their text; columns letter past Z', () => {
  const r = checkPlanSheet([headers, row({ title: "'=Review thresholds" })], ctx);
  assert.ok(r.ok);
  assert.equal(r.actions[0].title, '=Review thresholds');
  assert.deepEqual([0, 25, 26, 51, 701, 702].map(columnLetter), ['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
});

test('measure and milestone cells: written the export\'s way they read back the same (property)', () => {
  const dateArb = fc.integer({ min: 0, max: 2000 }).map((n) => new Date(Date.UTC(2016, 0, 1 + n)).toISOString().slice(0, 10));
  const text = fc.stringMatching(/^[A-Za-z][A-Za-z ,%']{0,30}[A-Za-z%]$/);
  fc.assert(fc.property(
    fc.array(fc.oneof(
      fc.record({ kind: fc.constant('indicator' as const), indicatorId: fc.constantFrom('assessments.within_45wd_pct', 'workforce.caseload_avg'),
        target: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), targetOn: dateArb }),
      fc.record({ kind: fc.constant('described' as const), description: text, targetOn: dateArb })), { maxLength: 4 }),
    fc.array(fc.record({ title: text, dueOn: dateArb, completedOn: fc.option(dateArb) }), { maxLength: 4 }),
    (measures, milestones) => {
      const m = parseMeasuresCell(measures.map(measureToCell).join('\n'), indicators);
      assert.ok(m.ok, JSON.stringify(!m.ok && m.errors));
      assert.deepEqual(m.value, measures.map((x) => ({ ...x })));
      const ms = parseMilestonesCell(milestones.map(milestoneToCell).join('\n'));
      assert.ok(ms.ok);
      assert.deepEqual(ms.value, milestones.map((x) => ({ ...x })));
    }));
});
