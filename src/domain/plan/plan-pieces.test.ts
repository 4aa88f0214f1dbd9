// Coverage grid, evidence files and the investment summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { coverageGrid, type CoverageSource } from './coverage.ts';
import { attachmentHeader, checkEvidenceFile, safeFileName } from './evidence-files.ts';
import { byWorkstream, parseMoney, pounds, totals } from './investment.ts';

const src = (kind: CoverageSource['kind'], id: number, actions = 0): CoverageSource => ({ kind, id, label: `${kind} ${id}`, text: '', source: '',
  illustrative: false, actions: Array.from({ length: actions }, (_, i) => ({ id: i + 1, ref: `1.${i}`, title: 'x', rating: 'green' as const })) });

test('coverage: gaps first, strengths need no action, complete when every recommendation and area for improvement is answered', () => {
  const g = coverageGrid([src('recommendation', 1, 2), src('recommendation', 2), src('strength', 3), src('area_for_improvement', 4), src('strength', 5, 1)]);
  assert.deepEqual(g.rows.map((r) => [r.id, r.state]), [[2, 'uncovered'], [4, 'uncovered'], [1, 'covered'], [5, 'covered'], [3, 'not_required']]);
  assert.equal(g.required, 3);
  assert.equal(g.uncovered, 2);
  assert.equal(g.complete, false);
  assert.equal(coverageGrid([src('recommendation', 1, 1), src('strength', 2)]).complete, true);
});

test('coverage property: complete exactly when no recommendation or area for improvement lacks an action', () => {
  const arb = fc.array(fc.record({ kind: fc.constantFrom('recommendation' as const, 'strength' as const, 'area_for_improvement' as const), n: fc.nat(2) }));
  fc.assert(fc.property(arb, (xs) => {
    const g = coverageGrid(xs.map((x, i) => src(x.kind, i, x.n)));
    assert.equal(g.complete, xs.every((x) => x.kind === 'strength' || x.n > 0));
    const firstCovered = g.rows.findIndex((r) => r.state !== 'uncovered');
    assert.ok(firstCovered === -1 || g.rows.slice(firstCovered).every((r) => r.state !== 'uncovered'), 'gaps are all at the top');
  }));
});

test('evidence files are recognised by their contents, not only their names', () => {
  const pdf = new TextEncoder().encode('%PDF-1.4 minimal');
  assert.deepEqual(checkEvidenceFile('Audit report.pdf', pdf), { ok: true, fileName: 'Audit report.pdf', contentType: 'application/pdf' });
  assert.deepEqual(checkEvidenceFile('notes.txt', new TextEncoder().encode('Practice week notes')), { ok: true, fileName: 'notes.txt', contentType: 'text/plain; charset=utf-8' });
  assert.equal((checkEvidenceFile('page.html', new TextEncoder().encode('<script>')) as any).message,
    'The selected file must be a PDF, Word (.docx), Excel (.xlsx), PNG, JPEG or text (.txt)');
  assert.equal((checkEvidenceFile('fake.pdf', new TextEncoder().encode('<html>')) as any).message, 'The selected file is not a real PDF file');
  assert.equal((checkEvidenceFile('a.png', new Uint8Array()) as any).message, 'The selected file is empty');
  assert.equal((checkEvidenceFile('big.txt', new Uint8Array(10 * 1024 * 1024 + 1).fill(65)) as any).message, 'The selected file must be smaller than 10 MB');
  assert.equal(safeFileName('C:\\Users\\x\\..\\evil\r\n".pdf'), 'evil.pdf');
  assert.equal(attachmentHeader('Résumé "final".pdf'), `attachment; filename="R_sum_ final.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20final.pdf`);
});

test('investment: totals in pence, grouped by workstream in objective order', () => {
  assert.deepEqual(totals([{ planned: 0.1, spent: 0.2 }, { planned: 0.2, spent: 0 }]), { planned: 0.3, spent: 0.2, remaining: 0.1, spentPercent: 66.7, overspent: false });
  assert.equal(totals([]).spentPercent, null);
  const groups = byWorkstream([
    { id: 1, objectiveNumber: 2, objective: 'Workforce', workstream: 'Recruitment', title: 'Pay', planned: 1_000_000, spent: 1_200_000 },
    { id: 2, objectiveNumber: 1, objective: 'Practice', workstream: 'Front door', title: 'MASH', planned: 500_000, spent: 100_000 },
    { id: 3, objectiveNumber: 2, objective: 'Workforce', workstream: 'Recruitment', title: 'Training', planned: 300_000, spent: 0 }]);
  assert.deepEqual(groups.map((g) => [g.workstream, g.totals.planned, g.totals.spent, g.totals.overspent]),
    [['Front door', 500_000, 100_000, false], ['Recruitment', 1_300_000, 1_200_000, false]]);
  assert.equal(pounds(4_800_000), '£4,800,000');
  assert.deepEqual(['£1,200,000', '1.2m', '250k', '99.99', 'ten', '1.234'].map(parseMoney), [1_200_000, 1_200_000, 250_000, 99.99, null, null]);
});
