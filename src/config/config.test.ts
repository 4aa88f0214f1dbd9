import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config.ts';

test('defaults: port 3000, demo on, a session secret generated once and kept in the data folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uplift-config-'));
  const first = loadConfig({ UPLIFT_DATA_DIR: dir });
  assert.equal(first.port, 3000);
  assert.equal(first.demo, true);
  assert.equal(first.databaseUrl, undefined);
  assert.ok(first.sessionSecret.length >= 32);
  assert.equal(loadConfig({ UPLIFT_DATA_DIR: dir }).sessionSecret, first.sessionSecret);
  assert.equal(readFileSync(join(dir, 'session-secret'), 'utf8').trim(), first.sessionSecret);
  assert.equal(statSync(join(dir, 'session-secret')).mode & 0o777, 0o600);
});

test('a bad setting stops start-up with a message naming the variable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uplift-config-'));
  assert.throws(() => loadConfig({ UPLIFT_DATA_DIR: dir, PORT: 'eighty' }), /PORT/);
  assert.throws(() => loadConfig({ UPLIFT_DATA_DIR: dir, UPLIFT_SESSION_SECRET: 'short' }), /UPLIFT_SESSION_SECRET must be at least 32 characters/);
  assert.throws(() => loadConfig({ UPLIFT_DATA_DIR: dir, DATABASE_URL: 'not a url' }), /DATABASE_URL/);
});

test('PORT, DATABASE_URL and demo mode are read from the environment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uplift-config-'));
  const c = loadConfig({ UPLIFT_DATA_DIR: dir, PORT: '8080', DATABASE_URL: 'postgres://u@h:5432/db', UPLIFT_DEMO: 'false' });
  assert.deepEqual([c.port, c.databaseUrl, c.demo], [8080, 'postgres://u@h:5432/db', false]);
});

test('UPLIFT_PGLITE_SHARED_BUFFERS_MB: unset leaves the database layer\'s default; a whole number of MB, 1 to 1024', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uplift-config-'));
  assert.equal(loadConfig({ UPLIFT_DATA_DIR: dir }).pgliteSharedBuffersMb, undefined);
  assert.equal(loadConfig({ UPLIFT_DATA_DIR: dir, UPLIFT_PGLITE_SHARED_BUFFERS_MB: '64' }).pgliteSharedBuffersMb, 64);
  for (const bad of ['0', '2048', '16MB', '1.5']) {
    assert.throws(() => loadConfig({ UPLIFT_DATA_DIR: dir, UPLIFT_PGLITE_SHARED_BUFFERS_MB: bad }), /UPLIFT_PGLITE_SHARED_BUFFERS_MB/);
  }
});
