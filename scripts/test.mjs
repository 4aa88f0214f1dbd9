#!/usr/bin/env node
// Runs every test file through node's test runner (Node 20's runner does not expand globs itself).
// Usage: node scripts/test.mjs [folder-or-file ...]   (default: src and test)
//
// Two runs, one after the other: first the files outside an e2e folder, UPLIFT_TEST_CONCURRENCY
// (default 2) files at a time, each in its own process with its own databases; then the browser
// tests in e2e folders one at a time (Chromium beside another test file is slower than the two in
// turn). When both run, their summaries are followed by one for the whole, in the runner's own
// "ℹ pass N" / "ℹ fail N" form, which CI reads.
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { spawn } from 'node:child_process';

function find(path) {
  if (statSync(path).isFile()) return path.endsWith('.test.ts') ? [path] : [];
  return readdirSync(path).sort().flatMap((name) => (name === 'node_modules' || name.startsWith('.') ? [] : find(join(path, name))));
}

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['src', 'test'];
const files = roots.flatMap(find);
if (!files.length) {
  console.error('No test files found');
  process.exit(1);
}
const concurrency = Number(process.env.UPLIFT_TEST_CONCURRENCY ?? 2);
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.error('UPLIFT_TEST_CONCURRENCY must be a whole number, 1 or more');
  process.exit(1);
}
const isBrowserTest = (file) => file.split(sep).includes('e2e');
const runs = [
  { files: files.filter((f) => !isBrowserTest(f)), concurrency },
  { files: files.filter(isBrowserTest), concurrency: 1 },
].filter((r) => r.files.length);

const SUMMARY = /^ℹ (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ([\d.]+)$/;
const totals = {};
let status = 0;
const started = performance.now();
for (const run of runs) {
  const { code, summary } = await runTests(run.files, run.concurrency);
  if (code !== 0) status = code || 1;
  for (const [key, n] of Object.entries(summary)) totals[key] = (totals[key] ?? 0) + n;
}
if (runs.length > 1) {
  totals.duration_ms = performance.now() - started;
  console.log('\nAll test files:');
  for (const [key, n] of Object.entries(totals)) console.log(`ℹ ${key} ${key === 'duration_ms' ? n.toFixed(3) : n}`);
}
process.exit(status);

/** Runs the files, passing the output through as it comes, and reads the runner's summary from it. */
function runTests(files, concurrency) {
  const child = spawn(process.execPath,
    ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
    { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) } });
  const summary = {};
  let partial = '';
  const read = (text) => {
    const lines = (partial + text).split('\n');
    partial = lines.pop();
    for (const line of lines) {
      const m = SUMMARY.exec(line.replace(/\x1b\[[0-9;]*m/g, '').trimEnd());
      if (m) summary[m[1]] = Number(m[2]);
    }
  };
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text) => {
    process.stdout.write(text);
    read(text);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      read('\n');
      resolve({ code: code ?? (signal ? 1 : 0), summary });
    });
  });
}
