// Integration tests run on a real database: always PGlite, and also PostgreSQL when
// TEST_DATABASE_URL is set (CI sets it). Each PostgreSQL test database is a fresh schema.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [{ name: 'pglite', open: openMigratedPglite }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) list.push({ name: 'postgres', open: () => openMigratedPostgres(url) });
  return list;
}

async function openMigratedPglite(): Promise<Database> {
  const db = await openPglite();
  await migrate(db);
  return db;
}

async function openMigratedPostgres(url: string): Promise<Database> {
  const schema = 't_' + randomBytes(6).toString('hex');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = await openPostgres(url, { searchPath: schema, max: 4 });
  await migrate(db);
  const close = db.close;
  return Object.assign(db, {
    async close() {
      await db.exec(`DROP SCHEMA ${schema} CASCADE`);
      await close();
    },
  });
}
