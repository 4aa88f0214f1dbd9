// Configuration comes only from documented environment variables (see docs/configuration.md).
// Secrets that are not given are generated once and kept in the data folder.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  UPLIFT_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  UPLIFT_SESSION_SECRET: z.string().min(32, 'UPLIFT_SESSION_SECRET must be at least 32 characters').optional(),
  UPLIFT_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  UPLIFT_DEMO: z.enum(['true', 'false']).default('true'),
  UPLIFT_MAX_UPLOAD_MB: z.coerce.number().int().min(1).default(1024),
  UPLIFT_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  UPLIFT_TODAY: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'UPLIFT_TODAY must be a date YYYY-MM-DD').optional(),
  UPLIFT_SIGN_IN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  // PGlite's WebAssembly memory is at most 2 GB (32768 pages of 64 KB: @electric-sql/pglite 0.5.16).
  UPLIFT_PGLITE_SHARED_BUFFERS_MB: z.coerce.number().int().min(1).max(1024).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/**
 * The demo's "today": the last of its monthly extracts (31 March 2019), after Ofsted's letter on the
 * fifth monitoring visit (17 January 2019) and a month before the council's target of "good by April 2019".
 */
export const DEMO_TODAY = '2019-03-31';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  sessionSecret: string;
  sessionIdleMinutes: number;
  demo: boolean;
  maxUploadBytes: number;
  secureCookies: boolean;
  signInLimitPerMinute: number;
  /** The date statuses are computed at; null = the real date. */
  today: string | null;
  logLevel: string;
  /** PostgreSQL's shared_buffers on PGlite (MB); unset: db/database.ts PGLITE_SHARED_BUFFERS_MB. */
  pgliteSharedBuffersMb?: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset (as in `DATABASE_URL= npm start`).
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.UPLIFT_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    sessionSecret: e.UPLIFT_SESSION_SECRET ?? keptSecret(dataDir, 'session-secret'),
    sessionIdleMinutes: e.UPLIFT_SESSION_IDLE_MINUTES,
    demo: e.UPLIFT_DEMO === 'true',
    maxUploadBytes: e.UPLIFT_MAX_UPLOAD_MB * 1024 * 1024,
    secureCookies: e.UPLIFT_SECURE_COOKIES === 'true',
    signInLimitPerMinute: e.UPLIFT_SIGN_IN_LIMIT_PER_MINUTE,
    today: e.UPLIFT_TODAY ?? (e.UPLIFT_DEMO === 'true' ? DEMO_TODAY : null),
    logLevel: e.LOG_LEVEL,
    pgliteSharedBuffersMb: e.UPLIFT_PGLITE_SHARED_BUFFERS_MB,
  };
}

/** A random secret generated on first start and kept (mode 600) in the data folder. */
function keptSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
