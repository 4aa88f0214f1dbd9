// `uplift indicators` as a process, through bin/uplift.js. It needs indicatorsCommand registered in
// src/cli/commands/index.ts.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvFolder, LIST_1, LIST_4 } from './cli-fixture.ts';

const BIN = fileURLToPath(new URL('../../bin/uplift.js', import.meta.url));
const dir = csvFolder({ 'list_1.csv': LIST_1, 'list_4.csv': LIST_4 });
after(() => rmSync(dir, { recursive: true, force: true }));

test('node bin/uplift.js indicators prints the JSON on stdout and exits 0', () => {
  const r = spawnSync(process.execPath, [BIN, 'indicators', dir, '--as-at', '2018-03-31', '--json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.period_start, '2017-10-01');
  assert.deepEqual(out.indicators['assessments.within_45wd_pct'], { value: 50, numerator: 1, denominator: 2 });
  assert.deepEqual(out.indicators['contacts.count'], { value: 1 });
});

test('an invalid extract exits non-zero with the errors on stderr', () => {
  const bad = csvFolder({ 'list_4.csv': LIST_4.replace('28/02/2018', '31/02/2018') });
  try {
    const r = spawnSync(process.execPath, [BIN, 'indicators', bad, '--as-at', '2018-03-31', '--json'], { encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /list_4\.csv, list 4, row 2, column "Continuous Assessment Date of Authorisation"/);
  } finally {
    rmSync(bad, { recursive: true, force: true });
  }
});
