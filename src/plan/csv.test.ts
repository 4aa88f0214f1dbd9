import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import Papa from 'papaparse';
import { toCsv } from './csv.ts';
import { restoreCell } from '../domain/plan/cell-safety.ts';

test('fields with commas, quotes and line breaks are quoted; formulas are neutralised', () => {
  assert.equal(toCsv([['Ref', 'Action'], ['1.1', 'Review "front door", then MASH\nsecond line'], ['=1+1', '@cmd']]),
    '\uFEFFRef,Action\r\n1.1,"Review ""front door"", then MASH\nsecond line"\r\n\'=1+1,\'@cmd\r\n');
});

test('property: a CSV parser reads back exactly the cells written (after restoring neutralised ones)', () => {
  fc.assert(fc.property(fc.array(fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', '=', '-', "'", 'é') }), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (rows) => {
    const parsed = Papa.parse<string[]>(toCsv(rows).slice(1), { header: false, newline: '\r\n' });
    const back = parsed.data.filter((r, i) => i < rows.length).map((r) => r.map(restoreCell));
    assert.deepEqual(back, rows.map((r) => r.map((c) => c)));
  }));
});
