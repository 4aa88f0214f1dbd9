#!/usr/bin/env node
// Runs every test file through node's test runner (Node 20's runner does not expand globs itself).
// Usage: node scripts/test.mjs [folder-or-file ...]   (default: src and test)
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

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
const result = spawnSync(process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
