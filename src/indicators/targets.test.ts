import { test } from 'node:test';
import assert from 'node:assert/strict';
import { targetStatus } from './targets.ts';

test('higher is better: met at or above the target, near within the tolerance below it', () => {
  const t = { target: 80, tolerance: 5 };
  assert.equal(targetStatus(80, t, 'up'), 'met');
  assert.equal(targetStatus(92.5, t, 'up'), 'met');
  assert.equal(targetStatus(75, t, 'up'), 'near');
  assert.equal(targetStatus(74.99, t, 'up'), 'not met');
});

test('lower is better: met at or below the target, near within the tolerance above it', () => {
  const t = { target: 20, tolerance: 2 };
  assert.equal(targetStatus(20, t, 'down'), 'met');
  assert.equal(targetStatus(12, t, 'down'), 'met');
  assert.equal(targetStatus(22, t, 'down'), 'near');
  assert.equal(targetStatus(22.5, t, 'down'), 'not met');
});

test('no status for a missing figure or a context indicator', () => {
  assert.equal(targetStatus(null, { target: 1, tolerance: 0 }, 'up'), null);
  assert.equal(targetStatus(50, { target: 1, tolerance: 0 }, 'context'), null);
  assert.equal(targetStatus(50, { target: 50, tolerance: 0 }, 'down'), 'met');
  assert.equal(targetStatus(50.5, { target: 50, tolerance: 0 }, 'down'), 'not met');
});
