// The `uplift` command itself, as a user runs it: a real process on a real data folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'uplift-cli-'));
function uplift(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['bin/uplift.js', ...args], {
    encoding: 'utf8', env: { ...process.env, UPLIFT_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('uplift help lists the commands', () => {
  const r = uplift(['help']);
  assert.equal(r.code, 0);
  for (const c of ['serve', 'migrate', 'users', 'demo']) assert.match(r.out, new RegExp(`^  ${c} `, 'm'));
});

test('demo, then users add, list and disable', () => {
  assert.match(uplift(['demo', '--no-child-data']).out, /Demo re-created/);
  const added = uplift(['users', 'add', '--email', 'new.officer@council.test', '--name', 'New Officer', '--role', 'officer',
    '--council', '211'], { UPLIFT_NEW_PASSWORD: 'a-good-long-password' });
  assert.equal(added.code, 0, added.err);
  assert.match(added.out, /Added new\.officer@council\.test \(officer, 211\)/);
  const listed = uplift(['users', 'list', '--council', '211']);
  assert.match(listed.out, /new\.officer@council\.test\tNew Officer\tofficer\t211\tactive/);
  assert.match(listed.out, /dcs@uplift\.demo/);
  assert.equal(uplift(['users', 'disable', '--email', 'new.officer@council.test']).code, 0);
  assert.match(uplift(['users', 'list']).out, /new\.officer@council\.test\tNew Officer\tofficer\t211\tdisabled/);
});

test('bad input gets a specific message and a non-zero exit', () => {
  const noPassword = uplift(['users', 'add', '--email', 'x@council.test', '--name', 'X', '--role', 'officer', '--council', '211']);
  assert.equal(noPassword.code, 2);
  assert.match(noPassword.err, /UPLIFT_NEW_PASSWORD/);
  const badRole = uplift(['users', 'add', '--email', 'x@council.test', '--name', 'X', '--role', 'wizard', '--council', '999'],
    { UPLIFT_NEW_PASSWORD: 'a-good-long-password' });
  assert.equal(badRole.code, 1);
  assert.match(badRole.err, /role: Select a role/);
  assert.equal(uplift(['users', 'frobnicate']).code, 2);
  assert.match(uplift(['users', 'list', '--colour', 'red']).err, /Unknown option --colour/);
  assert.equal(uplift(['nonsense']).code, 2);
});
