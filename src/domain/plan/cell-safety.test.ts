import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isFormulaLike, neutraliseCell, restoreCell } from './cell-safety.ts';

test('cells starting with =, +, -, @, tab or carriage return are quoted; others are left alone', () => {
  assert.equal(neutraliseCell('=HYPERLINK("http://x","y")'), `'=HYPERLINK("http://x","y")`);
  assert.equal(neutraliseCell('+44 20 7364 4651'), "'+44 20 7364 4651");
  assert.equal(neutraliseCell('-1'), "'-1");
  assert.equal(neutraliseCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(neutraliseCell('\t=1'), "'\t=1");
  assert.equal(neutraliseCell('Recruit 20 permanent social workers'), 'Recruit 20 permanent social workers');
  assert.equal(neutraliseCell("'quoted already"), "'quoted already");
  assert.equal(restoreCell("'=1+1"), '=1+1');
  assert.equal(restoreCell("'quoted"), "'quoted", 'a quote we did not add stays');
});

test('properties: no neutralised cell looks like a formula, and import restores the text exactly', () => {
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', '1', ' ') }), (s) => {
    const out = neutraliseCell(s);
    assert.equal(isFormulaLike(out), false);
    assert.equal(restoreCell(out), s);
  }));
});
