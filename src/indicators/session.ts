// The session the indicator queries run in on PostgreSQL. They are short aggregate queries (a few
// to a few hundred milliseconds each), but on a larger council the planner's estimate for the
// correlated sub-queries (re-referrals; assessments of children in care) passes jit_above_cost,
// and compiling the query to machine code then takes 30-60 ms, longer than it saves: measured on
// PostgreSQL 15, a 3x Tower Hamlets council's re-referral query spent 60 of its 140 ms in JIT.
// So they run in a transaction with JIT off. SET LOCAL ends with the transaction: the pooled
// connection's next user gets the server's settings back. PGlite has no JIT.
import type { Database, Queryable } from '../db/database.ts';

/** Settings for the indicator queries, at the start of a transaction on `engine`. */
export async function tuneForIndicators(tx: Queryable, engine: Database['engine']): Promise<void> {
  if (engine === 'postgres') await tx.query('SET LOCAL jit = off');
}

const isDatabase = (q: Queryable): q is Database => 'transaction' in q && 'engine' in q;

/**
 * fn with the connection to run indicator queries on: given a PostgreSQL Database, a transaction
 * tuned for them (which also reads every list of the snapshot as of one moment); given a
 * transaction (the caller tunes it) or PGlite, q itself.
 */
export function inIndicatorSession<T>(q: Queryable, fn: (q: Queryable) => Promise<T>): Promise<T> {
  if (!isDatabase(q) || q.engine !== 'postgres') return fn(q);
  return q.transaction(async (tx) => {
    await tuneForIndicators(tx, q.engine);
    return fn(tx);
  });
}
