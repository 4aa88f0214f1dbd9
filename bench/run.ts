// Import and indicator benchmarks: `npm run bench -- [--engine pglite|postgres] [--councils N] [--scale X]
// [--readers auto|inline|threads]`.
// Prints figures and the machine they ran on, and writes bench/results/<engine>-<councils>.json.
// One council (default): a Tower Hamlets-sized synthetic extract. --councils 150: a national set of
// councils of varied size (scales 0.2-3.0), written first as CSV folders by a child process, then
// imported one after another, then every council's indicators computed. On PostgreSQL it also times a plain COPY of the same CSV rows into
// all-text tables, the floor any validated import is compared with, and, when the server runs on
// this machine, where the time goes: CPU seconds a row of this process (the importer) and of the
// server's processes, during the imports and during the plain COPYs.
import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { closeSync, createReadStream, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import Papa from 'papaparse';
import { tmpdir, cpus, loadavg, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openPglite, openPostgres, type Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { upsertCouncil } from '../src/councils/councils-repository.ts';
import { checkAnnexA, importAnnexA } from '../src/ingest/import.ts';
import type { ReadersChoice } from '../src/ingest/parallel/readers.ts';
import { computeIndicators, computeIndicatorsForMany } from '../src/indicators/compute.ts';
import { generateAnnexA, writeAnnexACsv, rowCount } from '../src/demo/generator/index.ts';
import { parseFlags } from '../src/cli/command.ts';

const { flags } = parseFlags(process.argv.slice(2), { engine: 'value', councils: 'value', scale: 'value', 'as-at': 'value', readers: 'value',
  'generate-into': 'value' });
const engine = (flags.engine as string) ?? 'pglite';
const councils = Number(flags.councils ?? 1);
const baseScale = Number(flags.scale ?? 1);
const asAt = (flags['as-at'] as string) ?? '2018-08-31';
/** Where the importer reads lists (src/ingest/parallel/readers.ts): auto (the default), inline or threads. */
const readers = ((flags.readers as string) ?? 'auto') as ReadersChoice;
if (!['auto', 'inline', 'threads'].includes(readers)) throw new Error('--readers must be auto, inline or threads');
const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let peakRss = 0;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 25);
const mb = (b: number) => Math.round(b / 1048576);
const secs = (ms: number) => Math.round(ms) / 1000;
const perRow = (ms: number) => Math.round((ms * 1000 / rows) * 100) / 100;

async function openBenchDb(): Promise<{ db: Database; schema?: string }> {
  if (engine === 'pglite') {
    const db = await openPglite();
    await migrate(db);
    return { db };
  }
  const schema = 'bench_' + Date.now();
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = await openPostgres(pgUrl, { searchPath: schema });
  await migrate(db);
  return { db, schema };
}

/** Council i of a national set: a deterministic spread of sizes (0.2 to 3.0 times Tower Hamlets). */
const scaleOf = (i: number) => (councils === 1 ? baseScale : Math.round((0.2 + ((i * 37) % 150) / 150 * 2.8) * 100) / 100);
const laOf = (i: number) => String(300 + i).padStart(3, '0');

/**
 * The councils' synthetic extracts as CSV folders under `dir`, written by a process of their own
 * (this file with --generate-into): the imports are timed in a process whose heap holds only what a
 * server's would, not the generator's garbage (which lengthened every collection on the importing
 * thread). Returns the rows written.
 */
function generateAll(dir: string): number {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), '--generate-into', dir, '--councils', String(councils),
    '--scale', String(baseScale), '--as-at', asAt];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })).rows;
}

if (typeof flags['generate-into'] === 'string') {
  let written = 0;
  for (let i = 0; i < councils; i++) {
    const extract = generateAnnexA({ laCode: laOf(i), asAt, scale: scaleOf(i), seed: 1000 + i });
    await writeAnnexACsv(extract, join(flags['generate-into'], laOf(i)));
    written += rowCount(extract);
  }
  console.log(JSON.stringify({ rows: written }));
  process.exit(0);
}

/** A CSV's header line, for the number of its columns (read alone: not part of what COPY is timed on). */
function firstLine(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    return buf.toString('utf8', 0, readSync(fd, buf, 0, buf.length, 0)).split('\r\n', 1)[0];
  } finally {
    closeSync(fd);
  }
}

/**
 * CPU milliseconds used so far by the PostgreSQL server's processes on this machine (utime + stime
 * of every process named postgres, from /proc), or null where there is no /proc or no such process.
 */
function serverCpuMs(): number | null {
  let ticks = 0;
  let found = false;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // gone
      }
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (proc(5))
      found = true;
    }
  } catch {
    return null;
  }
  return found ? ticks * 10 : null; // USER_HZ is 100 on Linux
}

/** This process's CPU milliseconds so far, every thread. */
const ownCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Plain COPY of the same CSV files into all-text tables (PostgreSQL only): its milliseconds, and the
 * server's CPU milliseconds (taken before the connection, and its server process, ends).
 */
async function plainCopy(folder: string, schema: string): Promise<{ ms: number; serverCpu: number }> {
  const client = new pg.Client({ connectionString: pgUrl, options: `-c search_path=${schema}` });
  await client.connect();
  const server0 = cpu.serverSeen ? serverCpuMs()! : 0;
  const started = performance.now();
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.csv'))) {
    const header = firstLine(join(folder, file));
    const cols = Papa.parse<string[]>(header).data[0].length;
    const table = 'copy_' + file.replace(/\W/g, '_').toLowerCase();
    await client.query(`CREATE TABLE IF NOT EXISTS ${table} (${Array.from({ length: cols }, (_, i) => `c${i} text`).join(', ')})`);
    await pipeline(createReadStream(join(folder, file)), client.query(copyFrom(`COPY ${table} FROM STDIN WITH (FORMAT csv, HEADER true)`)));
  }
  const took = performance.now() - started;
  const serverCpu = cpu.serverSeen ? serverCpuMs()! - server0 : 0;
  await client.end();
  return { ms: took, serverCpu };
}

const loadBefore = loadavg().map((x) => Math.round(x * 100) / 100);
const { db, schema } = await openBenchDb();
const work = await mkdtemp(join(tmpdir(), 'uplift-bench-'));
let importMs = 0, copyMs = 0, imported = 0;
let generateMs = performance.now();
const rows = generateAll(work);
generateMs = performance.now() - generateMs;
/** CPU milliseconds: of this process while importing; of the server while importing and while copying. */
const cpu = { importer: 0, importServer: 0, copyServer: 0, serverSeen: engine === 'postgres' && serverCpuMs() !== null };
const snapshots: { la: string; id: number }[] = [];
try {
  for (let i = 0; i < councils; i++) {
    const la = laOf(i);
    await upsertCouncil(db, { laCode: la, name: `Bench council ${la}`, population0to17: 60000 });
    const folder = join(work, la);
    // A running server has imported before: the first import in a fresh process also compiles the
    // importer, so one untimed import comes first (rolled back: checkAnnexA stores nothing).
    if (i === 0) await checkAnnexA(db, { path: folder }, { laCode: la, asAt, synthetic: true, readers });
    const [own0, server0] = [ownCpuMs(), cpu.serverSeen ? serverCpuMs()! : 0];
    const t = performance.now();
    const result = await importAnnexA(db, { path: folder }, { laCode: la, asAt, synthetic: true, readers });
    importMs += performance.now() - t;
    cpu.importer += ownCpuMs() - own0;
    if (cpu.serverSeen) cpu.importServer += serverCpuMs()! - server0;
    if (!result.ok) throw new Error(`import failed for ${la}: ${result.errors[0]?.message}`);
    snapshots.push({ la, id: result.snapshotId! });
    if (schema) {
      const copied = await plainCopy(folder, schema);
      copyMs += copied.ms;
      cpu.copyServer += copied.serverCpu;
    }
    await rm(folder, { recursive: true, force: true });
    imported += Object.values(result.rowCounts).reduce((a, b) => a + b, 0);
    if (councils > 1 && (i + 1) % 10 === 0) console.error(`  ${i + 1} councils, ${imported.toLocaleString('en-GB')} rows, import ${secs(importMs)} s`);
  }
  // Indicators: each council once (warm-up), then timed: one council at a time (the time for one
  // council), then every council as the app computes many snapshots, several at a time.
  for (const s of snapshots.slice(0, 3)) await computeIndicators(db, s.id);
  const times: number[] = [];
  for (const s of snapshots) {
    const t = performance.now();
    await computeIndicators(db, s.id);
    times.push(performance.now() - t);
  }
  const allStarted = performance.now();
  await computeIndicatorsForMany(db, snapshots.map((s) => s.id));
  const allMs = performance.now() - allStarted;
  if (councils === 1) for (let k = 0; k < 4; k++) { const t = performance.now(); await computeIndicators(db, snapshots[0].id); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  const pgVersion = engine === 'postgres' ? (await db.query('SHOW server_version'))[0].server_version : 'PGlite (PostgreSQL 17 in WebAssembly)';
  const result = {
    ranAt: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), os: `${platform()} ${release()}`, node: process.version, database: pgVersion,
      loadAverageBefore: loadBefore, loadAverageAfter: loadavg().map((x) => Math.round(x * 100) / 100) },
    engine, councils, asAt, rows, readers,
    generateSeconds: secs(generateMs),
    importSeconds: secs(importMs), importRowsPerSecond: Math.round(rows / (importMs / 1000)),
    plainCopySeconds: schema ? secs(copyMs) : null, importOverCopy: schema ? Math.round((importMs / copyMs) * 10) / 10 : null,
    // Microseconds a row: wall time, and CPU time of the importer (this process, all its threads)
    // and of the server (null when it is not on this machine).
    microsecondsPerRow: {
      import: perRow(importMs), importerCpu: perRow(cpu.importer), importServerCpu: cpu.serverSeen ? perRow(cpu.importServer) : null,
      plainCopy: schema ? perRow(copyMs) : null, plainCopyServerCpu: cpu.serverSeen ? perRow(cpu.copyServer) : null,
    },
    indicatorsMedianSeconds: secs(times[Math.floor(times.length / 2)]), indicatorsMaxSeconds: secs(times[times.length - 1]),
    indicatorsAllCouncilsSeconds: secs(allMs),
    peakRssMb: mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024)),
  };
  console.log(JSON.stringify(result, null, 2));
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  await writeFile(new URL(`./results/${engine}-${councils}${readers === 'auto' ? '' : `-${readers}`}.json`, import.meta.url), JSON.stringify(result, null, 2) + '\n');
} finally {
  clearInterval(sampler);
  await rm(work, { recursive: true, force: true });
  if (schema) await db.exec(`DROP SCHEMA ${schema} CASCADE`);
  await db.close();
}
