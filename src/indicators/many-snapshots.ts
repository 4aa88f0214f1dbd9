// Work over many snapshots (every council's latest import; every import of a council after its
// settings change). On PostgreSQL several snapshots are worked on at once, each on a pool
// connection of its own, so the server runs them on separate cores: the queries for one snapshot
// run one after another and use one core. PGlite has a single connection, so there they run one
// after another.
import type { Database } from '../db/database.ts';

/**
 * Snapshots worked on at once on PostgreSQL. A few more than the server's cores (2 measured) keep
 * every core busy while results travel back; few enough to leave the pool (10 connections by
 * default) for everyone else.
 */
export const DEFAULT_CONCURRENCY = 4;

export interface ManyOptions {
  /** Snapshots worked on at once on PostgreSQL (default DEFAULT_CONCURRENCY); PGlite: always 1. */
  concurrency?: number;
}

/**
 * fn for every id, at most `concurrency` at once on PostgreSQL; results in the order of `ids`. On
 * the first failure no further snapshot is started, the ones running finish, and it is thrown.
 */
export async function mapSnapshots<T>(
  db: Database, ids: readonly number[], fn: (id: number) => Promise<T>, concurrency = DEFAULT_CONCURRENCY,
): Promise<T[]> {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be a whole number of at least 1');
  const atOnce = Math.min(db.engine === 'postgres' ? concurrency : 1, ids.length);
  const results = new Array<T>(ids.length);
  const failures: unknown[] = [];
  let next = 0;
  async function worker() {
    while (failures.length === 0 && next < ids.length) {
      const i = next++;
      try {
        results[i] = await fn(ids[i]);
      } catch (err) {
        failures.push(err);
      }
    }
  }
  await Promise.all(Array.from({ length: atOnce }, worker));
  if (failures.length) throw failures[0];
  return results;
}
