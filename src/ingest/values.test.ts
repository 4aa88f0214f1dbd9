import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as codes from './codes.ts';
import {
  cellText, codePart, isBlank, isPostcode, parseAge, parseCode, parseCount, parseDate, parseOption, trimAll,
} from './values.ts';

const dateOf = (cell: Parameters<typeof parseDate>[0]) => {
  const r = parseDate(cell);
  return r.ok ? r.value : `error: ${r.message}`;
};

test('dates in every accepted spelling read as the same calendar date', () => {
  for (const s of ['05/09/2018', '5/9/2018', '05-09-2018', '5-9-2018', '2018-09-05', ' 05/09/2018 ',
    '2018-09-05 00:00:00', '2018-09-05T00:00:00.000Z', '05/09/2018 13:45']) {
    assert.equal(dateOf(s), '2018-09-05', s);
  }
  assert.equal(dateOf({ date: '2018-09-05' }), '2018-09-05');
  assert.equal(dateOf(43348), '2018-09-05');
});

test('anything else in a date column is an error for that cell', () => {
  assert.match(dateOf('31/02/2018'), /^error: Not a real calendar date/);
  assert.match(dateOf('29/02/2019'), /^error: Not a real calendar date/);
  assert.match(dateOf('2018-13-01'), /^error: Not a real calendar date/);
  assert.match(dateOf('5/9/18'), /^error: Not a date: use dd\/mm\/yyyy/);
  assert.match(dateOf('2018/09/05'), /^error: Not a date/);
  assert.match(dateOf('05/09-2018'), /^error: Not a date/);
  assert.match(dateOf('5th September 2018'), /^error: Not a date/);
  assert.match(dateOf('43348'), /^error: Not a date/, 'a serial number written as text is not a date');
  assert.match(dateOf('01/01/0219'), /^error: The year is outside 1900-2099/);
  assert.match(dateOf(60), /^error: Not a real calendar date/);
  assert.match(dateOf({ excelError: '#REF!' }), /Excel error #REF!/);
  assert.match(dateOf(true), /^error: Not a date/);
});

test('blank spellings', () => {
  for (const b of [null, '', '   ', '\u00a0', '#N/A', 'N/A', 'n/a', 'NULL', 'null', ' #n/a ', { excelError: '#N/A' }, Number.NaN]) {
    assert.equal(isBlank(b as any), true, JSON.stringify(b));
  }
  for (const v of ['0', 0, 'No', 'NA', false, { date: '2018-01-01' }, { excelError: '#REF!' }]) {
    assert.equal(isBlank(v as any), false, JSON.stringify(v));
  }
});

test('trimming takes non-breaking spaces too; a whole-number cell equals its decimal text', () => {
  assert.equal(trimAll('\u00a0 ABC123\u00a0\t'), 'ABC123');
  assert.equal(trimAll('Jo  Bloggs'), 'Jo  Bloggs');
  assert.equal(cellText(12345), '12345');
  assert.equal(cellText(12345.0), '12345');
  assert.equal(cellText(6.5), '6.5');
  assert.equal(cellText(1e21), '1000000000000000000000');
  assert.equal(cellText({ date: '2018-01-01' }), '2018-01-01');
});

const code = (cell: string | number, list: codes.CodeList) => {
  const r = parseCode(cell, list);
  return r.ok ? (r.unknown ? `unknown ${r.value}` : r.value) : `error: ${r.message}`;
};

/**
 * What parseCode gives for an unreadable value in a column a measure counts: not an error (one odd
 * cell must not stop an import) but blank, with a warning naming what was ignored.
 */
const blankWithWarning = (describe: string) =>
  ({ ok: true, value: null, unknown: true, message: `Not ${describe}: treated as blank in the measures` });

test('Yes/No with or without the option prefix', () => {
  for (const s of ['a) Yes', 'Yes', 'YES', 'Y', 'y', ' yes ', 'a)Yes', 'True']) assert.equal(code(s, codes.yesNo), 'true', s);
  for (const s of ['b) No', 'No', 'N', 'n', 'FALSE']) assert.equal(code(s, codes.yesNo), 'false', s);
  assert.deepEqual(parseCode('Maybe', codes.yesNo), blankWithWarning('Yes or No'));
  assert.deepEqual(parseCode('CS Assessment Updated', codes.yesNo), blankWithWarning('Yes or No'));
  assert.deepEqual(parseCode(1, codes.yesNo), blankWithWarning('Yes or No'), 'a number is not Yes or No');
});

test('gender: b) Female = Female = F = 2; Sex values alike', () => {
  for (const s of ['b) Female', 'Female', 'F', 'f', '2']) assert.equal(code(s, codes.gender), 'Female', s);
  assert.equal(code(2, codes.gender), 'Female');
  for (const s of ['a) Male', 'Male', 'M', '1']) assert.equal(code(s, codes.gender), 'Male', s);
  assert.equal(code('c) Not stated/recorded', codes.gender), 'Unknown');
  assert.equal(code('d) Neither', codes.gender), 'Indeterminate');
  assert.equal(code('Other', codes.gender), 'unknown OTHER');
});

test('codes with a description after a colon or a spaced hyphen', () => {
  for (const s of ['F1: Full time in higher education', 'F1 - Full time in higher education', 'F1', 'f1',
    'a) F1: Full time in higher education', 'F1 – Full time']) {
    assert.equal(code(s, codes.activity), 'F1', s);
  }
  assert.equal(code('G5: Not in education, employment or training - other', codes.activity), 'G5');
  assert.deepEqual(parseCode('X9: Something', codes.activity), blankWithWarning('an activity code (F1-F5, P1-P5, G1-G6)'));
  assert.equal(code('q) 6: Police', codes.referralSource), '6');
  assert.equal(code('b) 1B: Individual', codes.referralSource), '1B');
  assert.equal(code('e) PR4 - Private provision', codes.placementProvider), 'PR4');
  assert.equal(code('k) E47: Special Guardianship Orders - relative/friend', codes.reasonCeased), 'E47');
  assert.equal(code('N1 - Abuse or Neglect', codes.categoryOfNeed), 'N1');
  assert.equal(code('Y: Other accommodation', codes.accommodation), 'Y');
  assert.equal(code('a) WBRI', codes.ethnicity), 'WBRI');
  assert.equal(code('Physical abuse', codes.abuseCategory), 'PHY');
  assert.equal(code('Multiple/not recommended', codes.abuseCategory), 'MUL');
  assert.equal(code('PSRMEM - Support with memory and cognition', codes.primaryNeed), 'unknown PSRMEM');
  assert.equal(codePart('Foster placement - not FFA'), 'Foster placement');
});

test('closed lists an indicator counts: in touch, suitability, placement location', () => {
  for (const [s, v] of [['a) Yes', 'YES'], ['No', 'NO'], ['Died', 'DIED'], ['Refu', 'REFU'], ['NREQ', 'NREQ'],
    ['Rhom', 'RHOM'], ['REFU - Young person refuses contact', 'REFU']] as const) {
    assert.equal(code(s, codes.inTouch), v, s);
  }
  assert.deepEqual(parseCode('Sometimes', codes.inTouch), blankWithWarning('YES, NO, DIED, REFU, NREQ or RHOM'));
  assert.equal(code('a) Suitable', codes.accommodationSuitable), 'Suitable');
  assert.equal(code('b) Unsuitable', codes.accommodationSuitable), 'Unsuitable');
  assert.equal(code('In', codes.placementLocation), 'In');
  assert.equal(code('a) In', codes.placementLocation), 'In');
  assert.equal(code('b) Out', codes.placementLocation), 'Out');
  assert.equal(code('Out of area', codes.placementLocation), 'Out');
  assert.deepEqual(parseCode('Elsewhere', codes.placementLocation), blankWithWarning('In or Out'));
  assert.deepEqual(parseCode('Mostly', codes.accommodationSuitable), blankWithWarning('Suitable or Unsuitable'));
  assert.equal(code('Yes', codes.disability), 'Yes');
  assert.equal(code('b) No', codes.disability), 'No');
  assert.deepEqual(parseCode('Not known', codes.disability), { ok: true, value: 'Not known', unknown: true, message: 'Not Yes or No' },
    'a context-only column keeps what is written');
});

test('an Excel error value is still an error, in a column a measure counts or not', () => {
  for (const list of [codes.yesNo, codes.inTouch, codes.activity, codes.gender]) {
    assert.deepEqual(parseCode({ excelError: '#REF!' }, list),
      { ok: false, message: 'The cell holds the Excel error #REF!, not a value' }, list.describe);
  }
});

test('counts, ages, options and postcodes', () => {
  assert.deepEqual(parseCount('3'), { ok: true, value: 3 });
  assert.deepEqual(parseCount(3), { ok: true, value: 3 });
  assert.deepEqual(parseCount(' 0 '), { ok: true, value: 0 });
  assert.equal(parseCount('2.5').ok, false);
  assert.equal(parseCount(-1).ok, false);
  assert.equal(parseCount('three').ok, false);
  assert.deepEqual(parseAge(6.138261464750171), { ok: true, value: 6 });
  assert.deepEqual(parseAge('15'), { ok: true, value: 15 });
  assert.equal(parseAge('teen').ok, false);
  assert.equal(parseOption('b) Former relevant child'), 'Former relevant child');
  assert.equal(parseOption('Top Town Academy'), 'Top Town Academy');
  assert.equal(isPostcode('T28 2WB'), true);
  assert.equal(isPostcode('sw1a1aa'), true);
  assert.equal(isPostcode('M1'), true);
  assert.equal(isPostcode('nope'), false);
});
