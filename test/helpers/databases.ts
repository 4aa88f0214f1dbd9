// Integration tests run on a real database: always PGlite, and also PostgreSQL when
// TEST_DATABASE_URL is set (CI sets it). Each PostgreSQL test database is a fresh schema.
//
// Each PGlite test database is a fresh in-memory PGlite loaded from a template: a data folder that
// has been through every migration, dumped once and cached in the temporary folder under a hash of
// the migrations (and of the PGlite version), so test files skip initdb and the migrations. Changing,
// adding or removing a migration changes the hash, and the next test builds a new template.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
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

/** A fresh, empty, fully migrated in-memory PGlite database of its own. */
export async function openMigratedPglite(): Promise<Database> {
  return openPglite(undefined, { loadDataDir: await migratedTemplate() });
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

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MIGRATIONS_DIR = join(ROOT, 'src/db/migrations');
const CACHE_DIR = join(tmpdir(), `uplift-test-pglite-${process.getuid?.() ?? 'user'}`);

let template: Promise<Blob> | undefined;

/** The migrated data folder as a tarball: read from the cache, or built and cached. One per process. */
function migratedTemplate(): Promise<Blob> {
  template ??= (async () => {
    const file = join(CACHE_DIR, `migrated-${templateKey()}.tar`);
    try {
      return new Blob([readFileSync(file)]);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    return buildTemplate(file);
  })();
  template.catch(() => { template = undefined; });
  return template;
}

/** Everything the migrated data folder depends on: every file in the migrations folder, the migration runner, PGlite's version. */
function templateKey(): string {
  const hash = createHash('sha256');
  const add = (label: string, content: string | Buffer) => hash.update(`${label}\0${content.length}\0`).update(content);
  add('pglite', JSON.parse(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version);
  add('src/db/migrate.ts', readFileSync(join(ROOT, 'src/db/migrate.ts')));
  for (const name of readdirSync(MIGRATIONS_DIR).sort()) add(name, readFileSync(join(MIGRATIONS_DIR, name)));
  return hash.digest('hex').slice(0, 32);
}

async function buildTemplate(file: string): Promise<Blob> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const work = mkdtempSync(join(CACHE_DIR, 'build-'));
  try {
    // Migrate through the application's own openPglite, in a data folder on disk; then dump that
    // folder, shut down cleanly, as the tarball PGlite.create({ loadDataDir }) starts from.
    const db = await openPglite(join(work, 'pgdata'));
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
    const lite = await PGlite.create(join(work, 'pgdata'));
    const tarball = Buffer.from(await (await lite.dumpDataDir('none')).arrayBuffer());
    await lite.close();
    // Write then rename: a test process running alongside reads the whole file or none of it.
    const partial = join(work, 'template.tar');
    writeFileSync(partial, tarball);
    renameSync(partial, file);
    removeStaleTemplates(file);
    return new Blob([tarball]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Templates of other migrations older than a day go, and build folders left by a killed run. */
function removeStaleTemplates(keep: string): void {
  const dayAgo = Date.now() - 86_400_000;
  for (const name of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, name);
    try {
      if (path !== keep && statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another test process got there first.
    }
  }
}
