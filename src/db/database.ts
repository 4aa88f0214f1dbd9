// One SQL dialect (PostgreSQL), two engines: PGlite embedded in the process (the default: a data
// folder, nothing to install) or a PostgreSQL server when DATABASE_URL is set. Everything above this
// file sees only the Database interface.
import type { Writable } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pgliteCopyIn } from './pglite-copy.ts';
import { postgresCopyIn } from './postgres-copy.ts';

export type Row = Record<string, any>;

export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Bulk loading: `COPY table (columns) FROM STDIN` in PostgreSQL's binary format (copy-binary.ts),
   * fed a chunk of whole rows at a time. Inside a transaction it is part of the transaction.
   */
  copyIn(table: string, columns: readonly string[]): Promise<CopyIn>;
}

export interface CopyIn {
  /** Sends whole rows in COPY's binary format (CopyTupleWriter); resolves when the database can take more. */
  write(rows: Uint8Array): Promise<void>;
  /** Everything is sent: resolves when the database has loaded it all. */
  end(): Promise<void>;
}

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs fn in one transaction: all of it is committed, or none of it. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Dates stay 'YYYY-MM-DD' strings: a calendar date has no time zone, and JS Date would give it one.
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const asNumber = (v: string) => (v === null ? null : Number(v));

pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(INT8_OID, asNumber as any);
pg.types.setTypeParser(NUMERIC_OID, asNumber as any);

/**
 * PostgreSQL's shared_buffers on PGlite, in MB (UPLIFT_PGLITE_SHARED_BUFFERS_MB overrides it). PGlite
 * runs PostgreSQL in this process's WebAssembly memory, which never shrinks, and PostgreSQL touches
 * every shared buffer as it starts: with initdb's 128MB an `uplift import` of 1 GB of CSV peaked at
 * 542 MB, over the 500 MB goal; with 16MB at 400-430 MB (bench/import-memory.ts's extract, this code
 * otherwise). Pages that do not fit are read back from the operating system's file cache: a
 * council's extract imports, and its indicators compute, no slower. The 1 GB extract imports about
 * 12% slower: its lists of millions of rows outgrow the buffers with their (snapshot_id, child_id)
 * indexes (48MB imported it in the time of 128MB, at about 30 MB more). wal_buffers follows
 * shared_buffers (PostgreSQL's default, 1/32 of it).
 */
export const PGLITE_SHARED_BUFFERS_MB = 16;

/**
 * `loadDataDir`: start from a copy of a data folder (a PGlite dumpDataDir tarball) instead of an
 * empty one. `sharedBuffersMb`: PostgreSQL's shared_buffers (default PGLITE_SHARED_BUFFERS_MB).
 */
export async function openPglite(dataDir?: string,
  opts: { loadDataDir?: Blob; sharedBuffersMb?: number } = {}): Promise<Database> {
  const lite = await PGlite.create(dataDir ?? 'memory://', {
    parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: asNumber, [NUMERIC_OID]: asNumber },
    loadDataDir: opts.loadDataDir,
    // On the command line, not PGlite's `postgresqlconf` option: that writes over the data folder's
    // postgresql.conf (initdb's, with the time zone and locale settings).
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${opts.sharedBuffersMb ?? PGLITE_SHARED_BUFFERS_MB}MB`],
  });
  const wrap = (q: { query: PGlite['query']; exec: PGlite['exec'] }): Queryable => ({
    async query(sql, params) {
      const r = await q.query(sql, params as any[]);
      return r.rows as any;
    },
    async exec(sql) {
      await q.exec(sql);
    },
    copyIn: async (table, columns) => pgliteCopyIn(q, table, columns),
  });
  // PGlite is single-connection: serialise transactions so two requests never interleave inside one.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    engine: 'pglite',
    ...wrap(lite),
    transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const run = queue.then(() => lite.transaction((tx) => fn(wrap(tx as any))));
      queue = run.catch(() => undefined);
      return run as Promise<T>;
    },
    close: () => lite.close(),
  };
}

export async function openPostgres(url: string, opts: { searchPath?: string; max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    options: opts.searchPath ? `-c search_path=${opts.searchPath}` : undefined,
  });
  await pool.query('select 1');
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable & { failCopy(): void } => {
    // A connection runs one statement at a time, and a COPY holds it until the database has loaded
    // everything sent: on a transaction's connection, what comes after a COPY waits for it here
    // (node-postgres's own queue is deprecated), and so does a COPY after another (postgres-copy.ts).
    // On the pool each statement takes a free connection.
    let busy: Promise<unknown> = Promise.resolve();
    let open: Writable | null = null;
    let failed = false;
    const cancel = (s: Writable) => { if (!s.writableEnded) s.destroy(new Error('The transaction failed')); };
    return {
      /** A transaction failed with a COPY still open: cancel it, and any not yet started, so that ROLLBACK can run. */
      failCopy() {
        failed = true;
        if (open) cancel(open);
      },
      async query(sql, params) {
        await busy;
        const r = await c.query(sql, params as any[]);
        return r.rows;
      },
      async exec(sql) {
        await busy;
        await c.query(sql);
      },
      async copyIn(table, columns) {
        if (c instanceof pg.Pool) {
          // Outside a transaction the COPY needs a connection of its own until it ends.
          const client = await c.connect();
          const { copy, done } = postgresCopyIn(Promise.resolve(client), table, columns);
          done.then(() => client.release(), () => client.release());
          return copy;
        }
        const ready = busy.then(() => {
          if (failed) throw new Error('The transaction failed');
          return c;
        });
        const { copy, started, done } = postgresCopyIn(ready, table, columns);
        busy = done.catch(() => undefined);
        started.then((s) => {
          open = s;
          if (failed) cancel(s); // started in the moment between the check above and failCopy
        }, () => undefined);
        return copy;
      },
    };
  };
  return {
    engine: 'postgres',
    ...wrap(pool),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      const tx = wrap(client);
      try {
        await tx.exec('BEGIN');
        const result = await fn(tx);
        await tx.exec('COMMIT');
        return result;
      } catch (err) {
        tx.failCopy();
        await tx.exec('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** DATABASE_URL wins; otherwise PGlite in the data folder. */
export function openDatabase(config: { databaseUrl?: string; dataDir: string; pgliteSharedBuffersMb?: number }): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl)
    : openPglite(`${config.dataDir}/pglite`, { sharedBuffersMb: config.pgliteSharedBuffersMb });
}
