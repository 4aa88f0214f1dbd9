import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ByteBudget, MB } from '../input/budget.ts';
import type { OpenedInput } from '../input/open.ts';
import type { ListSource } from '../input/source.ts';
import { chooseReaders, THREADS_MIN_BYTES, THREADS_MIN_CORES } from './readers.ts';

const csv = (list: number): ListSource => ({ list, file: `List ${list}.csv`, name: `List ${list}.csv`, origin: { path: `/x/List ${list}.csv` },
  rows: async function* () {} });
const input = (bytes: number, sources: ListSource[]): OpenedInput => ({ kind: 'folder', bytes, sources, errors: [], warnings: [],
  date1904: false, budget: new ByteBudget(1024 * MB), close() {} });
const ctx = { asAt: '2018-03-31', date1904: false };

/** What 'auto' chooses; the readers are closed at once (a reading a thread has started is cancelled). */
function auto(engine: 'pglite' | 'postgres', bytes: number, cores: number, sources = [csv(1), csv(3)]) {
  const readers = chooseReaders('auto', engine, input(bytes, sources), ctx, { target: null, loading: false }, cores);
  readers.close();
  return readers.kind;
}

test('auto reads on threads only for a large input on a PostgreSQL server with cores to spare', () => {
  assert.equal(auto('postgres', THREADS_MIN_BYTES, THREADS_MIN_CORES), 'threads');
  assert.equal(auto('postgres', THREADS_MIN_BYTES, 2), 'inline', 'on two cores one thread is faster');
  assert.equal(auto('postgres', THREADS_MIN_BYTES - 1, 8), 'inline', 'a small input gains nothing');
  assert.equal(auto('pglite', 100 * MB, 8), 'inline', 'the embedded database shares the memory threads would take');
  const sheet = { ...csv(1), origin: undefined };
  assert.equal(auto('postgres', 100 * MB, 8, [sheet]), 'inline', "a workbook's sheets are read where it was opened");
});

test('asked for, threads or one thread whatever the machine', () => {
  for (const choice of ['inline', 'threads'] as const) {
    const readers = chooseReaders(choice, 'postgres', input(1, [csv(1)]), ctx, { target: null, loading: false }, 2);
    readers.close();
    assert.equal(readers.kind, choice);
  }
});
