import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rng, Weighted, hashUnit, mix32, mulberry32 } from './prng.ts';

describe('seeded random numbers', () => {
  it('repeats exactly for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 5 }, () => a());
    assert.deepEqual(xs, Array.from({ length: 5 }, () => b()));
    assert.notDeepEqual(xs, Array.from({ length: 5 }, () => c()));
    for (const x of xs) assert.ok(x >= 0 && x < 1);
    const r = new Rng(42);
    assert.deepEqual(Array.from({ length: 5 }, () => r.float()), xs, 'Rng is mulberry32');
  });

  it('draws integers in range, chances and Poisson counts with the right averages', () => {
    const r = new Rng(7);
    const n = 20000;
    let sum = 0;
    let hits = 0;
    let poisson = 0;
    let big = 0;
    for (let i = 0; i < n; i++) {
      const k = r.int(3, 5);
      assert.ok(k >= 3 && k <= 5 && Number.isInteger(k));
      sum += k;
      if (r.chance(0.3)) hits++;
      poisson += r.poisson(2.5);
      big += r.poisson(80);
    }
    assert.ok(Math.abs(sum / n - 4) < 0.03);
    assert.ok(Math.abs(hits / n - 0.3) < 0.015);
    assert.ok(Math.abs(poisson / n - 2.5) < 0.05);
    assert.ok(Math.abs(big / n - 80) < 0.5);
  });

  it('forks independent streams that consume one draw of the parent', () => {
    const a = new Rng(1);
    const b = new Rng(1);
    a.fork(9).float();
    b.u32();
    assert.equal(a.float(), b.float());
    assert.notEqual(new Rng(1).fork(1).float(), new Rng(1).fork(2).float());
  });

  it('picks weighted values in proportion', () => {
    const w = new Weighted([['a', 1], ['b', 3]] as const);
    const r = new Rng(3);
    let b = 0;
    for (let i = 0; i < 10000; i++) if (w.draw(r) === 'b') b++;
    assert.ok(Math.abs(b / 10000 - 0.75) < 0.02);
    assert.throws(() => new Weighted([['a', 0]]));
  });

  it('hashes parts to stable values', () => {
    assert.equal(mix32(1, 2, 3), mix32(1, 2, 3));
    assert.notEqual(mix32(1, 2, 3), mix32(1, 3, 2));
    const u = hashUnit(5, 6);
    assert.ok(u >= 0 && u < 1);
  });
});
