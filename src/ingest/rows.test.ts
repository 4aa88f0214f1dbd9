import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchHeaders } from './headers.ts';
import { RowReader } from './rows.ts';
import { listDef } from './schema.ts';

const def = listDef(1)!;
const HEADER = ['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)', 'Date of Contact', 'Contact Source', 'Notes'];
const reader = () => new RowReader(def, matchHeaders(def, HEADER), { asAt: '2018-03-31', date1904: false });

test('a row with nothing in it is skipped: no value, and no "Required, but blank" for its empty cells', () => {
  const r = reader();
  assert.equal(r.read([]), null);
  assert.equal(r.read(['', ' ', '#N/A', null, 'NULL', '\u00a0', 'N/A', '']), null, 'every spelling of blank');
  assert.equal(r.read(['', '', '', '', '', '', '', '', '', '']), null, 'more cells than headers, all blank');
});

test('one value anywhere makes a row: its blank required cells are errors, a value past the header is noted', () => {
  const r = reader();
  const onlyNotes = r.read(['', '', '', '', '', '', '', 'a note']);
  assert.ok(onlyNotes);
  assert.deepEqual(onlyNotes.errors.map((e) => [e.column, e.message]),
    [['Child Unique ID', 'Required, but blank'], ['Date of Contact', 'Required, but blank']]);
  assert.deepEqual(onlyNotes.extra, { Notes: 'a note' });
  const beyond = r.read(['C1', 'F', 'WBRI', '01/02/2010', '8', '01/03/2018', '6', '', '', 'stray']);
  assert.ok(beyond);
  assert.deepEqual(beyond.errors, []);
  assert.deepEqual(beyond.unnamed, [9]);
  assert.deepEqual(beyond.values, ['C1', 'Female', 'WBRI', '2010-02-01', '8', '2018-03-01', '6']);
});
