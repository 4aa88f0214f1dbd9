import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnLetter, foldHeader, headerLookup, matchHeaders } from './headers.ts';
import { LISTS, listDef, listOfName } from './schema.ts';

test('headers fold case, spaces, punctuation, quotes and a (Y/N) marker', () => {
  assert.equal(foldHeader('Was the Child Seen Alone?'), foldHeader('WAS THE CHILD SEEN ALONE'));
  assert.equal(foldHeader("Number of Episodes the Child has been ‘Missing’ from their Placement"),
    foldHeader("Number of Episodes the Child has been 'Missing' from their Placement"));
  assert.equal(foldHeader('Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))'),
    foldHeader('Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months'));
  assert.equal(foldHeader('Date of Adoption Order '), foldHeader('date_of_adoption_order'));
});

test('no two columns of a list claim the same header or synonym', () => {
  for (const l of LISTS) assert.doesNotThrow(() => headerLookup(l), `list ${l.list}`);
});

test('synonyms: Gender = Sex; Child Unique ID = Child ID = ID; Age', () => {
  const l1 = listDef(1)!;
  for (const h of ['Child Unique ID', 'Child ID', 'ID', 'child unique id']) {
    assert.equal(headerLookup(l1).get(foldHeader(h))?.key, 'child_id', h);
  }
  assert.equal(headerLookup(l1).get(foldHeader('Sex'))?.key, 'gender');
  assert.equal(headerLookup(l1).get(foldHeader('Age'))?.key, 'age_years');
  assert.equal(headerLookup(listDef(9)!).get(foldHeader('Allocated Personal Adviser'))?.key, 'personal_adviser');
});

test('required columns are the bold ones of the spec, plus Child Unique ID on lists 1-10', () => {
  const required = Object.fromEntries(LISTS.map((l) => [l.list, l.columns.filter((c) => c.required).map((c) => c.header)]));
  assert.deepEqual(required, {
    1: ['Child Unique ID', 'Date of Contact'],
    2: ['Child Unique ID', 'Assessment start date'],
    3: ['Child Unique ID', 'Date of referral'],
    4: ['Child Unique ID', 'Continuous Assessment Start Date'],
    5: ['Child Unique ID', 'Strategy discussion initiating Section 47 Enquiry Start Date'],
    6: ['Child Unique ID', 'CIN Start Date'],
    7: ['Child Unique ID', 'Child Protection Plan Start Date'],
    8: ['Child Unique ID', 'Date Started to be Looked After'],
    9: ['Child Unique ID'],
    10: ['Child Unique ID', 'Date the Child Entered Care'],
    11: ['Individual adopter identifier'],
  });
});

test('matching a header row: present, unknown, doubled and missing columns', () => {
  const m = matchHeaders(listDef(1)!, ['Child ID', 'Sex', null, 'Notes', 'Gender', 'Contact Source']);
  assert.deepEqual([...m.present].sort(), ['child_id', 'contact_source', 'gender']);
  assert.deepEqual(m.warnings, [{ column: 'Notes', message: 'Not an Annex A column for this list: its values are kept aside, not used' }]);
  assert.deepEqual(m.errors, [
    { column: 'Gender', message: 'A second column for Gender (columns B and E): keep one' },
    { column: 'Date of Contact', message: 'Required column missing' },
  ]);
  assert.deepEqual(m.slots[0], { column: listDef(1)!.columns[0], header: 'Child ID' });
  assert.deepEqual(m.slots[2], { unnamed: true });
  assert.deepEqual(m.slots[4], { repeated: true });
});

test('sheet and file names say the list', () => {
  assert.equal(listOfName('List 1'), 1);
  assert.equal(listOfName('List 1 - Contacts'), 1);
  assert.equal(listOfName('list_8'), 8);
  assert.equal(listOfName('List_6_CIN'), 6);
  assert.equal(listOfName('list8.csv'), 8);
  assert.equal(listOfName('List 3 referrals.csv'), 3);
  assert.equal(listOfName('List 10'), 10);
  assert.equal(listOfName('Lists'), null);
  assert.equal(listOfName('Notes'), null);
  assert.equal(columnLetter(0), 'A');
  assert.equal(columnLetter(25), 'Z');
  assert.equal(columnLetter(26), 'AA');
  assert.equal(columnLetter(33), 'AH');
});
