import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOGUE, INDICATOR_IDS, JOURNEY_STAGES, indicatorById } from './catalogue.ts';
import { LISTS } from './lists.ts';
import { ROW_RULE_BY_ID, ROW_RULES, RATE_OF, WORKFORCE_IDS } from './sql/index.ts';

// The ids of the contract (docs/indicators.md), in its order, with their polarity.
const CONTRACT: [string, 'up' | 'down' | 'context'][] = [
  ['contacts.count', 'context'], ['contacts.rate_per_10k', 'context'], ['early_help.assessments_started', 'context'],
  ['referrals.count', 'context'], ['referrals.rereferral_pct', 'down'], ['referrals.nfa_pct', 'context'],
  ['assessments.completed', 'context'], ['assessments.within_45wd_pct', 'up'], ['assessments.child_seen_pct', 'up'],
  ['assessments.no_further_action_pct', 'context'], ['assessments.open_over_45wd', 'down'],
  ['s47.count', 'context'], ['icpc.within_15wd_pct', 'up'], ['icpc.to_plan_pct', 'context'],
  ['cin.open', 'context'], ['cin.seen_within_20wd_pct', 'up'],
  ['cp.open', 'context'], ['cp.rate_per_10k', 'context'], ['cp.started', 'context'], ['cp.repeat_plan_pct', 'down'],
  ['cp.ended_2yrs_plus_pct', 'down'], ['cp.visit_within_10wd_pct', 'up'], ['cp.review_in_timescale_pct', 'up'],
  ['cla.open', 'context'], ['cla.rate_per_10k', 'context'], ['cla.started', 'context'], ['cla.started_under5', 'context'],
  ['cla.three_plus_placements_pct', 'down'], ['cla.visit_within_6wk_pct', 'up'], ['cla.review_in_timescale_pct', 'up'],
  ['cla.health_assessment_current_pct', 'up'], ['cla.dental_check_current_pct', 'up'], ['cla.permanence_plan_pct', 'up'],
  ['cla.assessment_current_pct', 'up'], ['cla.missing_pct', 'down'], ['cla.return_interview_offered_pct', 'up'],
  ['cla.placed_out_of_area_pct', 'down'],
  ['care_leavers.in_touch_pct', 'up'], ['care_leavers.suitable_accommodation_pct', 'up'], ['care_leavers.eet_pct', 'up'],
  ['care_leavers.pathway_plan_current_pct', 'up'], ['care_leavers.pa_allocated_pct', 'up'],
  ['adoption.days_care_to_placed_avg', 'down'], ['adoption.days_order_to_match_avg', 'down'],
  ['workforce.caseload_avg', 'down'], ['workforce.unallocated_children', 'down'],
];

test('the catalogue holds exactly the contract ids, in order, with their polarity', () => {
  assert.deepEqual([...INDICATOR_IDS], CONTRACT.map(([id]) => id));
  for (const [id, polarity] of CONTRACT) assert.equal(indicatorById(id)!.polarity, polarity, id);
  assert.equal(indicatorById('nope'), undefined);
});

test('kinds follow the id: _pct percentages, _avg averages, rate_per_10k rates, the rest counts', () => {
  for (const ind of CATALOGUE) {
    const want = ind.id.endsWith('_pct') ? 'pct' : ind.id.endsWith('_avg') ? 'avg' : ind.id.endsWith('rate_per_10k') ? 'rate' : 'count';
    assert.equal(ind.kind, want, ind.id);
    assert.equal(Boolean(ind.needsPopulation), want === 'rate', ind.id);
    assert.ok(ind.title.length > 3 && ind.definition.length > 20, ind.id);
    assert.ok(JOURNEY_STAGES[ind.stage], ind.id);
  }
});

test('every indicator has exactly one way to be computed, reading the lists it declares', () => {
  for (const ind of CATALOGUE) {
    const ways = [ROW_RULE_BY_ID.has(ind.id), ind.id in RATE_OF, (WORKFORCE_IDS as readonly string[]).includes(ind.id)];
    assert.equal(ways.filter(Boolean).length, 1, ind.id);
    const rule = ROW_RULE_BY_ID.get(RATE_OF[ind.id] ?? ind.id);
    if (rule) {
      assert.ok(String(rule.list) in ind.needs, `${ind.id} declares list ${rule.list}`);
      assert.equal(rule.kind, ind.kind === 'rate' ? 'count' : ind.kind, ind.id);
    }
  }
  assert.equal(ROW_RULES.length, ROW_RULE_BY_ID.size, 'no rule id twice');
  for (const rate of Object.keys(RATE_OF)) assert.deepEqual(indicatorById(rate)!.needs, indicatorById(RATE_OF[rate])!.needs, rate);
});

test('every column an indicator reads or excludes on has its Ofsted header, for warnings', () => {
  for (const ind of CATALOGUE) {
    for (const [list, columns] of Object.entries(ind.needs)) {
      for (const c of columns!) assert.ok(LISTS[Number(list) as keyof typeof LISTS].headers[c], `${ind.id}: list ${list} ${c}`);
    }
  }
  for (const rule of ROW_RULES) {
    for (const x of rule.exclude) {
      assert.ok(LISTS[rule.list].headers[x.column], `${rule.id}: ${x.column}`);
      assert.ok(indicatorById(rule.id)!.needs[rule.list]!.includes(x.column), `${rule.id} declares ${x.column}`);
    }
  }
});

test('only the five contract measures and the age measures leave rows out', () => {
  const withExclusions = ROW_RULES.filter((r) => r.exclude.length).map((r) => r.id).sort();
  assert.deepEqual(withExclusions, [
    'adoption.days_care_to_placed_avg', 'adoption.days_order_to_match_avg', 'assessments.within_45wd_pct',
    'care_leavers.eet_pct', 'care_leavers.in_touch_pct', 'care_leavers.suitable_accommodation_pct',
    'cla.health_assessment_current_pct', 'cla.started_under5', 'cp.ended_2yrs_plus_pct', 'icpc.within_15wd_pct',
  ]);
});

test('visit standards are parameters with the contract defaults', () => {
  assert.deepEqual(indicatorById('cin.seen_within_20wd_pct')!.parameters.map((p) => [p.name, p.default]), [['cin_visit_wd', 20]]);
  assert.deepEqual(indicatorById('cp.visit_within_10wd_pct')!.parameters.map((p) => [p.name, p.default]), [['cp_visit_wd', 10]]);
  assert.equal(CATALOGUE.filter((i) => i.parameters.length).length, 2);
});

test('docs/indicators.md defines every indicator', async () => {
  const { readFileSync } = await import('node:fs');
  const docs = readFileSync(new URL('../../docs/indicators.md', import.meta.url), 'utf8');
  for (const id of INDICATOR_IDS) assert.ok(docs.includes(`| \`${id}\` |`), id);
});
