// `uplift indicators` end to end through the real importer: CSV files in a temporary folder, the
// command's run() with a capturing io.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indicatorsCommand } from '../../src/cli/commands/indicators.ts';
import { UsageError } from '../../src/cli/command.ts';
import { INDICATOR_IDS } from '../../src/indicators/catalogue.ts';
import { csvFolder, LIST_1, LIST_4 } from './cli-fixture.ts';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await indicatorsCommand.run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('uplift indicators', () => {
  const dirs: string[] = [];
  const folder = (files: Record<string, string>) => { const d = csvFolder(files); dirs.push(d); return d; };
  after(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

  let good: string;
  before(() => { good = folder({ 'list_1.csv': LIST_1, 'List 4 assessments.csv': LIST_4 }); });

  test('--json prints one object in the contract shape, computed through the importer', async () => {
    const { code, out, err } = await run([good, '--as-at', '2018-03-31', '--population', '4000', '--json']);
    assert.equal(code, 0, err);
    assert.equal(out.split('\n').length, 1, 'one line of JSON');
    const r = JSON.parse(out);
    assert.deepEqual(Object.keys(r), ['as_at', 'period_start', 'indicators', 'warnings']);
    assert.equal(r.as_at, '2018-03-31');
    assert.equal(r.period_start, '2017-10-01');
    assert.deepEqual(Object.keys(r.indicators), [...INDICATOR_IDS]);
    assert.deepEqual(r.indicators['contacts.count'], { value: 1 });              // the duplicate is one row
    assert.deepEqual(r.indicators['contacts.rate_per_10k'], { value: 2.5 });
    assert.deepEqual(r.indicators['assessments.completed'], { value: 3 });
    assert.deepEqual(r.indicators['assessments.within_45wd_pct'], { value: 50, numerator: 1, denominator: 2 });
    assert.deepEqual(r.indicators['assessments.child_seen_pct'], { value: 200 / 3, numerator: 2, denominator: 3 });
    assert.deepEqual(r.indicators['cla.open'], { value: null });
    for (const w of r.warnings) assert.deepEqual(Object.keys(w), ['list', 'row', 'column', 'message']);
    assert.ok(r.warnings.some((w: any) => w.list === 1 && w.row === 3 && /Duplicate of row 2/.test(w.message)));
    assert.ok(r.warnings.some((w: any) => w.list === 4 && w.row === 4 && w.column === 'Continuous Assessment Date of Authorisation'
      && /assessments\.within_45wd_pct/.test(w.message)));
    assert.ok(r.warnings.some((w: any) => w.list === 8 && w.row === null && /cla\.open/.test(w.message)));
  });

  test('without --json a readable table; without --population rates are not available', async () => {
    const { code, out } = await run([good, '--as-at', '2018-03-31', '--period-start', '2018-01-01']);
    assert.equal(code, 0);
    assert.match(out, /^Indicators as at 2018-03-31, reporting period 2018-01-01 to 2018-03-31/);
    assert.match(out, /Assessments completed within 45 working days\s+50\.0%\s+1 of 2/);
    assert.match(out, /Contacts per 10,000 children\s+not available/);
    assert.match(out, /No population aged 0-17/);
  });

  test('an invalid extract prints each error with file, list, row and column, and exits 1', async () => {
    const bad = folder({ 'list_4.csv': LIST_4.replace('28/02/2018', '31/02/2018') });
    const { code, out, err } = await run([bad, '--as-at', '2018-03-31', '--json']);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /list_4\.csv, list 4, row 2, column "Continuous Assessment Date of Authorisation": /);
  });

  test('bad options are usage errors', async () => {
    await assert.rejects(run([good, '--json']), UsageError);
    await assert.rejects(run([good, '--as-at', '2018-02-30']), UsageError);
    await assert.rejects(run([good, '--as-at', '2018-03-31', '--period-start', '2018-04-01']), UsageError);
    await assert.rejects(run([good, '--as-at', '2018-03-31', '--population', '0']), UsageError);
    await assert.rejects(run([good, '--as-at', '2018-03-31', '--population', '12.5']), UsageError);
    await assert.rejects(run(['--as-at', '2018-03-31']), UsageError);
    const empty = join(tmpdir(), `uplift-none-${process.pid}`);
    mkdirSync(empty, { recursive: true });
    dirs.push(empty);
    const { code, err } = await run([empty, '--as-at', '2018-03-31']);
    assert.equal(code, 1);
    assert.match(err, /No Annex A lists found/);
  });
});
