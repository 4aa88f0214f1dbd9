import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../db/database.ts';
import { DEFAULT_CONCURRENCY, mapSnapshots } from './many-snapshots.ts';

const engine = (name: Database['engine']) => ({ engine: name }) as Database;
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/** fn for mapSnapshots that records how many calls were running at once, and which ids started. */
function tracked(fail?: number) {
  const state = { running: 0, most: 0, started: [] as number[] };
  const fn = async (id: number) => {
    state.started.push(id);
    state.most = Math.max(state.most, ++state.running);
    await tick();
    state.running--;
    if (id === fail) throw new Error(`snapshot ${id} failed`);
    return id * 10;
  };
  return { state, fn };
}

const ids = Array.from({ length: 20 }, (_, i) => i + 1);

describe('mapSnapshots', () => {
  test('on PostgreSQL runs up to `concurrency` at once, results in the order of the ids', async () => {
    for (const concurrency of [1, 3, 7]) {
      const { state, fn } = tracked();
      assert.deepEqual(await mapSnapshots(engine('postgres'), ids, fn, concurrency), ids.map((id) => id * 10));
      assert.equal(state.most, concurrency);
    }
    const { state, fn } = tracked();
    await mapSnapshots(engine('postgres'), ids, fn);
    assert.equal(state.most, DEFAULT_CONCURRENCY);
  });

  test('on PGlite (one connection) runs one at a time', async () => {
    const { state, fn } = tracked();
    assert.deepEqual(await mapSnapshots(engine('pglite'), ids, fn, 8), ids.map((id) => id * 10));
    assert.equal(state.most, 1);
  });

  test('never more at once than there are ids; none for none', async () => {
    const { state, fn } = tracked();
    await mapSnapshots(engine('postgres'), [5, 6], fn, 10);
    assert.equal(state.most, 2);
    assert.deepEqual(await mapSnapshots(engine('postgres'), [], fn), []);
  });

  test('the first failure is thrown, after the running ones finish; nothing more is started', async () => {
    const { state, fn } = tracked(4);
    await assert.rejects(mapSnapshots(engine('postgres'), ids, fn, 3), /snapshot 4 failed/);
    assert.equal(state.running, 0);
    assert.ok(state.started.length < ids.length, `started ${state.started.length}`);
  });

  test('a concurrency that is not a whole number of at least 1 is refused', async () => {
    for (const concurrency of [0, -1, 1.5, Number.NaN]) {
      await assert.rejects(mapSnapshots(engine('postgres'), ids, async (id) => id, concurrency), RangeError);
    }
  });
});
