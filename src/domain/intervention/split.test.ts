import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitRecommendations } from './split-recommendations.ts';
import { findingsParagraphs, splitLetterFindings, splitSentences, suggestFindingKind } from './split-letter-findings.ts';

test('recommendations numbered "1." with wrapped lines and a heading', () => {
  const r = splitRecommendations(`Recommendations

1. Ensure that thresholds are understood and applied
   consistently across the partnership.
2. Improve the effectiveness of the multi-
agency safeguarding hub.

3. Strengthen management oversight.`);
  assert.deepEqual(r.items, [
    { number: 1, text: 'Ensure that thresholds are understood and applied consistently across the partnership.' },
    { number: 2, text: 'Improve the effectiveness of the multi-agency safeguarding hub.' },
    { number: 3, text: 'Strengthen management oversight.' },
  ]);
  assert.deepEqual(r.ignored, ['Recommendations']);
});

test('recommendations numbered "1)" and "(1)", numbers kept as written', () => {
  assert.deepEqual(splitRecommendations('1) First\n2) Second').items, [{ number: 1, text: 'First' }, { number: 2, text: 'Second' }]);
  assert.deepEqual(splitRecommendations('(4) Fourth\r\n(5) Fifth\r\n  goes on').items, [
    { number: 4, text: 'Fourth' }, { number: 5, text: 'Fifth goes on' },
  ]);
});

test('bullets become numbered items; under a numbered item they stay sub-points on their own lines', () => {
  assert.deepEqual(splitRecommendations('• Improve assessments\n• Reduce caseloads for\n  social workers\n- Stabilise the workforce').items, [
    { number: 1, text: 'Improve assessments' },
    { number: 2, text: 'Reduce caseloads for social workers' },
    { number: 3, text: 'Stabilise the workforce' },
  ]);
  assert.deepEqual(splitRecommendations('1. Improve planning, including:\na) permanence planning\nb) care plans that\nare clear\n2. Next').items, [
    { number: 1, text: 'Improve planning, including:\na) permanence planning\nb) care plans that are clear' },
    { number: 2, text: 'Next' },
  ]);
});

test('without markers each paragraph is one recommendation; empty input gives none', () => {
  assert.deepEqual(splitRecommendations('Improve the front door\nfor all children.\n\nStrengthen the LSCB.').items, [
    { number: 1, text: 'Improve the front door for all children.' },
    { number: 2, text: 'Strengthen the LSCB.' },
  ]);
  assert.deepEqual(splitRecommendations('   \n\n').items, []);
});

test('a number inside a wrapped line is not a new item', () => {
  assert.deepEqual(splitRecommendations('1. Ensure that the\n180 children without a current assessment are assessed.').items, [
    { number: 1, text: 'Ensure that the 180 children without a current assessment are assessed.' },
  ]);
});

test('sentences split after a full stop before a capital, not after abbreviations', () => {
  assert.deepEqual(splitSentences("Performance has been enhanced with 'practice weeks'. This provides insight. Staff, e.g. Social workers, agree."), [
    "Performance has been enhanced with 'practice weeks'.", 'This provides insight.', 'Staff, e.g. Social workers, agree.',
  ]);
  assert.deepEqual(splitSentences('Children aged 14 to 25 are included.'), ['Children aged 14 to 25 are included.']);
});

test('a letter without a Findings heading: the body after "Dear", up to the sign-off; page numbers dropped', () => {
  const letter = 'Ofsted\n\nDear Debbie\n\nPlans are thorough. However, not all visits are purposeful.\n\n2\n\nYours sincerely\n\nAn Inspector';
  assert.deepEqual(findingsParagraphs(letter), ['Plans are thorough. However, not all visits are purposeful.']);
  assert.deepEqual(splitLetterFindings(letter), [
    { paragraph: 1, sentence: 1, text: 'Plans are thorough.', suggestedKind: 'strength' },
    { paragraph: 1, sentence: 2, text: 'However, not all visits are purposeful.', suggestedKind: 'area_for_improvement' },
  ]);
});

test('suggested kinds follow the words that mark what still needs to change', () => {
  assert.equal(suggestFindingKind('The pace of these changes needs to accelerate.'), 'area_for_improvement');
  assert.equal(suggestFindingKind('Young children have remained in harmful situations for too long.'), 'area_for_improvement');
  assert.equal(suggestFindingKind('Morale is good.'), 'strength');
});
