// The letter splitter on the real Ofsted letter of 17 January 2019 (as stored by the demo seed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsParagraphs, splitLetterFindings } from '../../src/domain/intervention/split-letter-findings.ts';
import { MONITORING_LETTER_2019_01_17, VISIT_5_FINDINGS } from '../../src/demo/intervention-seed.ts';

test('the Findings section of the real letter: eight paragraphs, the page break mended', () => {
  const paragraphs = findingsParagraphs(MONITORING_LETTER_2019_01_17);
  assert.equal(paragraphs.length, 8);
  assert.ok(paragraphs[0].startsWith('For those children who become looked after, decision-making is timely.'));
  // The PDF page break fell inside the fourth paragraph ("... in the quality of" / "work in frontline teams.").
  assert.match(paragraphs[3], /improved performance in the quality of work in frontline teams\. Detailed feedback/);
  assert.ok(paragraphs[7].endsWith("to address young people's immediate concerns."));
  assert.ok(!paragraphs.some((p) => p.includes('Overview') || p.includes('I am copying this letter')), 'only the Findings section');
});

test('every sentence of the Findings is a candidate, verbatim and in order: the seed\'s findings exactly', () => {
  const candidates = splitLetterFindings(MONITORING_LETTER_2019_01_17);
  assert.deepEqual(candidates.map((c) => c.text), VISIT_5_FINDINGS.map(([, text]) => text));
  assert.deepEqual(candidates.slice(0, 2).map((c) => [c.paragraph, c.sentence]), [[1, 1], [1, 2]]);
  assert.deepEqual(candidates.at(-1)!.paragraph, 8);
});

test('the suggested kinds agree with the demo\'s reading on the clear cases', () => {
  const byText = new Map(splitLetterFindings(MONITORING_LETTER_2019_01_17).map((c) => [c.text, c.suggestedKind]));
  const suggested = (start: string) => [...byText].find(([t]) => t.startsWith(start))![1];
  assert.equal(suggested('Further work is needed'), 'area_for_improvement');
  assert.equal(suggested('However, this practice is not yet consistent'), 'area_for_improvement');
  assert.equal(suggested('The pace of these changes needs to accelerate'), 'area_for_improvement');
  assert.equal(suggested('In a minority of these cases'), 'area_for_improvement');
  assert.equal(suggested('Morale is good'), 'strength');
  assert.equal(suggested('Pathway plans are thorough'), 'strength');
  // Agreement over the whole letter: a suggestion, so not perfect, but right for most sentences.
  const agree = VISIT_5_FINDINGS.filter(([kind, text]) => byText.get(text) === kind).length;
  assert.ok(agree >= VISIT_5_FINDINGS.length - 2, `${agree} of ${VISIT_5_FINDINGS.length} agree`);
});
