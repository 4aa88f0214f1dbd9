// The importer's own memory on a large extract: `npm run bench:memory -- [--engine postgres|pglite]
// [--size-mb 1024] [--format csv|zip] [--child-heap-mb 128]`. Prints figures and the machine they ran
// on, and writes bench/results/import-memory-<engine>[-zip]-<sizeMB>[-heap<N>].json.
//
// 1. Writes an Annex A extract of about --size-mb MB of CSV to a temp folder, streaming: one
//    Tower Hamlets-sized synthetic extract is generated, and its rows are written out again and
//    again, each copy's child, adopter and family identifiers suffixed (-r2, -r3, ...) so that no row
//    duplicates another (the importer would remove identical rows). With --format zip the same CSVs
//    go into one .zip, deflated as they are written (a small zip writer on node:zlib below).
// 2. Imports it in a separate process, exactly as a user would: `node bin/uplift.js import ...`,
//    into a fresh PostgreSQL database (created on BENCH_DATABASE_URL's server, dropped at the end) or
//    a fresh PGlite data folder. Only that process is measured: not this one (which holds the
//    generator), and not the PostgreSQL server's processes. With PGlite the database runs inside the
//    importing process, so its memory is part of the figure (its shared_buffers, recorded with the
//    result: UPLIFT_PGLITE_SHARED_BUFFERS_MB when set, else src/db/database.ts PGLITE_SHARED_BUFFERS_MB).
// 3. Samples the child's /proc/<pid>/status (VmRSS, VmHWM) every 50 ms, and which CSV it has open and
//    how far it has read, every 250 ms; runs it under /usr/bin/time -v when present for the kernel's
//    own maximum resident set size. Peak RSS is the largest of these. --child-heap-mb N gives the
//    import process alone --max-old-space-size=N: an import that still passes with a small heap
//    shows that RSS growth above it was uncollected garbage, not memory the import keeps.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createDeflateRaw, crc32 } from 'node:zlib';
import pg from 'pg';
import { parseFlags } from '../src/cli/command.ts';
import { upsertCouncil } from '../src/councils/councils-repository.ts';
import { openPglite, openPostgres, PGLITE_SHARED_BUFFERS_MB, type Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { csvFileName, generateAnnexA, type Generated } from '../src/demo/generator/index.ts';
import { csvLine } from '../src/demo/generator/writeCsv.ts';

const { flags } = parseFlags(process.argv.slice(2), {
  engine: 'value', 'size-mb': 'value', format: 'value', seed: 'value', 'as-at': 'value', 'child-heap-mb': 'value',
});
const engine = (flags.engine as string | undefined) ?? 'postgres';
const sizeMb = Number(flags['size-mb'] ?? 1024);
const format = (flags.format as string | undefined) ?? 'csv';
const seed = Number(flags.seed ?? 1000);
const asAt = (flags['as-at'] as string | undefined) ?? '2018-08-31';
/** --max-old-space-size for the import process only (MB), to tell garbage from growth; null: Node's default. */
const childHeapMb = flags['child-heap-mb'] === undefined ? null : Number(flags['child-heap-mb']);
const childNodeOptions = childHeapMb === null ? '' : `--max-old-space-size=${childHeapMb}`;
const laCode = '300';
const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
if (engine !== 'postgres' && engine !== 'pglite') throw new Error('--engine must be postgres or pglite');
if (format !== 'csv' && format !== 'zip') throw new Error('--format must be csv or zip');
if (!(sizeMb > 0)) throw new Error('--size-mb must be a positive number');
if (childHeapMb !== null && !(Number.isInteger(childHeapMb) && childHeapMb > 0)) throw new Error('--child-heap-mb must be a whole number of MB');
if (!existsSync('/proc/self/status')) throw new Error('This benchmark reads /proc: it runs on Linux only');

const MiB = 1024 * 1024;
const mb = (bytes: number) => Math.round((bytes / MiB) * 10) / 10;
const secs = (ms: number) => Math.round(ms) / 1000;
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** The import's own default limit (src/ingest/import.ts DEFAULT_MAX_UNPACKED_BYTES). */
const DEFAULT_LIMIT_MB = 1024;
const CHUNK_BYTES = 256 * 1024;

// --- Writing the extract, streaming ---------------------------------------------------------------

/** Columns whose values are made unique per copy: they identify a child, an adopter or a family. */
const ID_HEADERS = new Set(['Child Unique ID', 'Individual adopter identifier', 'Family identifier']);

/** One list's CSV, header then `copies` copies of the rows, in chunks of about CHUNK_BYTES. */
function* listCsv(list: Generated['lists'][number], copies: number): Generator<Buffer> {
  const idCols = list.headers.flatMap((h, i) => (ID_HEADERS.has(h) ? [i] : []));
  let chunk = csvLine(list.headers);
  for (let copy = 1; copy <= copies; copy++) {
    const suffix = copy === 1 ? '' : `-r${copy}`;
    for (const row of list.rows) {
      let cells: readonly string[] = row;
      if (suffix) {
        const c = row.slice();
        for (const i of idCols) if (c[i] !== '') c[i] += suffix;
        cells = c;
      }
      chunk += csvLine(cells);
      if (chunk.length >= CHUNK_BYTES) {
        yield Buffer.from(chunk, 'utf8');
        chunk = '';
      }
    }
  }
  if (chunk) yield Buffer.from(chunk, 'utf8');
}

/** Bytes of the list's header, of one copy of its rows as the first copy writes them, and its non-blank id cells. */
function listBytes(list: Generated['lists'][number]): { header: number; copy: number; idCells: number } {
  const idCols = list.headers.flatMap((h, i) => (ID_HEADERS.has(h) ? [i] : []));
  let copy = 0;
  let idCells = 0;
  for (const row of list.rows) {
    copy += Buffer.byteLength(csvLine(row));
    for (const i of idCols) if (row[i] !== '') idCells++;
  }
  return { header: Buffer.byteLength(csvLine(list.headers)), copy, idCells };
}

/**
 * A minimal streaming zip writer (deflate, sizes in a data descriptor after each entry, no Zip64):
 * nothing is held but the entry being deflated. jszip builds the whole archive in memory.
 */
class ZipWriter {
  private offset = 0;
  private readonly entries: { name: Buffer; crc: number; csize: number; usize: number; offset: number }[] = [];
  private readonly out: Writable;
  private readonly stamp: { time: number; date: number };

  constructor(path: string) {
    this.out = createWriteStream(path);
    const d = new Date();
    this.stamp = {
      time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
      date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    };
  }

  private async write(buf: Buffer): Promise<void> {
    this.offset += buf.length;
    if (!this.out.write(buf)) await new Promise((resolve) => this.out.once('drain', resolve));
  }

  async add(fileName: string, chunks: Iterable<Buffer>): Promise<void> {
    const name = Buffer.from(fileName, 'utf8');
    const entry = { name, crc: 0, csize: 0, usize: 0, offset: this.offset };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0808, 6); // bit 3: sizes in the data descriptor; bit 11: UTF-8 name
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(this.stamp.time, 10);
    local.writeUInt16LE(this.stamp.date, 12);
    local.writeUInt16LE(name.length, 26);
    await this.write(local);
    await this.write(name);
    const tap = function* (): Generator<Buffer> {
      for (const chunk of chunks) {
        entry.crc = crc32(chunk, entry.crc);
        entry.usize += chunk.length;
        yield chunk;
      }
    };
    const deflate = createDeflateRaw();
    const feeding = pipeline(Readable.from(tap()), deflate);
    for await (const compressed of deflate as AsyncIterable<Buffer>) {
      entry.csize += compressed.length;
      await this.write(compressed);
    }
    await feeding;
    if (entry.usize >= 2 ** 32 || this.offset >= 2 ** 32) throw new Error('The zip would need Zip64 (over 4 GB): use --format csv');
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(entry.crc >>> 0, 4);
    descriptor.writeUInt32LE(entry.csize, 8);
    descriptor.writeUInt32LE(entry.usize, 12);
    await this.write(descriptor);
    this.entries.push(entry);
  }

  async close(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) {
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4); // made by: 2.0
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(0x0808, 8);
      central.writeUInt16LE(8, 10);
      central.writeUInt16LE(this.stamp.time, 12);
      central.writeUInt16LE(this.stamp.date, 14);
      central.writeUInt32LE(e.crc >>> 0, 16);
      central.writeUInt32LE(e.csize, 20);
      central.writeUInt32LE(e.usize, 24);
      central.writeUInt16LE(e.name.length, 28);
      central.writeUInt32LE(e.offset, 42);
      await this.write(central);
      await this.write(e.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    await new Promise<void>((resolve, reject) => this.out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}

interface Written {
  /** What to import: the folder, or the .zip. */
  path: string;
  /** CSV bytes (unpacked). */
  csvBytes: number;
  /** Bytes on disk: the CSVs, or the zip. */
  fileBytes: number;
  rows: number;
  copies: number;
  lists: { list: number; file: string; bytes: number; rows: number }[];
}

async function writeExtract(work: string): Promise<Written> {
  const extract = generateAnnexA({ laCode, asAt, scale: 1, seed });
  const sizes = extract.lists.map(listBytes);
  const perCopy = sizes.reduce((n, s) => n + s.copy, 0);
  const idCells = sizes.reduce((n, s) => n + s.idCells, 0);
  // As many copies as fit in the size asked for (so that --size-mb 1024 stays within the import's
  // 1 GB default), at least one. Copy k's ids are longer by the suffix "-rk".
  let copies = 1;
  let bytes = sizes.reduce((n, s) => n + s.header, 0) + perCopy;
  for (;;) {
    const next = bytes + perCopy + idCells * `-r${copies + 1}`.length;
    if (next > sizeMb * MiB) break;
    bytes = next;
    copies++;
  }
  const lists = extract.lists.map((l) => ({ list: l.list as number, file: csvFileName(l.list), bytes: 0, rows: l.rows.length * copies }));
  let path: string;
  if (format === 'csv') {
    path = join(work, 'extract');
    await mkdir(path);
    for (const [i, l] of extract.lists.entries()) {
      const file = join(path, lists[i].file);
      await pipeline(Readable.from(listCsv(l, copies)), createWriteStream(file));
      lists[i].bytes = (await stat(file)).size;
    }
  } else {
    path = join(work, 'extract.zip');
    const zip = new ZipWriter(path);
    for (const [i, l] of extract.lists.entries()) {
      let bytes = 0;
      const counted = function* (): Generator<Buffer> {
        for (const chunk of listCsv(l, copies)) {
          bytes += chunk.length;
          yield chunk;
        }
      };
      await zip.add(lists[i].file, counted());
      lists[i].bytes = bytes;
    }
    await zip.close();
  }
  const csvBytes = lists.reduce((n, l) => n + l.bytes, 0);
  const fileBytes = format === 'csv' ? csvBytes : (await stat(path)).size;
  return { path, csvBytes, fileBytes, rows: lists.reduce((n, l) => n + l.rows, 0), copies, lists };
}

// --- The database the child imports into ----------------------------------------------------------

interface Target {
  /** The child's environment. */
  env: Record<string, string>;
  version: string;
  drop(): Promise<void>;
}

async function setUpCouncil(db: Database): Promise<string> {
  await migrate(db);
  await upsertCouncil(db, { laCode, name: `Bench council ${laCode}`, population0to17: 60000 });
  if (db.engine === 'postgres') {
    const [v] = await db.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    return `PostgreSQL ${v.v}`;
  }
  const [v] = await db.query<{ v: string }>('SELECT version() AS v');
  return `PGlite (${v.v.split(' on ')[0]} in WebAssembly)`;
}

async function prepareTarget(work: string): Promise<Target> {
  const dataDir = join(work, 'data');
  await mkdir(dataDir);
  if (engine === 'pglite') {
    // The CLI opens PGlite at `${UPLIFT_DATA_DIR}/pglite` (src/db/database.ts openDatabase).
    const db = await openPglite(join(dataDir, 'pglite'));
    try {
      const version = await setUpCouncil(db);
      return { env: { UPLIFT_DATA_DIR: dataDir, DATABASE_URL: '' }, version, drop: async () => {} };
    } finally {
      await db.close();
    }
  }
  // The CLI takes no search path (openDatabase passes none), so a fresh database instead of a schema.
  const dbName = `uplift_bench_memory_${Date.now()}_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${dbName}`);
  const drop = () => admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  try {
    const url = new URL(pgUrl);
    url.pathname = `/${dbName}`;
    const db = await openPostgres(url.toString(), { max: 1 });
    let version: string;
    try {
      version = await setUpCouncil(db);
    } finally {
      await db.close();
    }
    return { env: { UPLIFT_DATA_DIR: dataDir, DATABASE_URL: url.toString() }, version, drop };
  } catch (err) {
    await drop().catch(() => undefined);
    throw err;
  }
}

// --- Running and measuring the child --------------------------------------------------------------

interface Sample {
  ms: number;
  rssKb: number;
}

interface Measured {
  exitCode: number | null;
  signal: string | null;
  wallMs: number;
  stdout: string;
  stderr: string;
  peakRssKb: number;
  peakSource: string;
  sampledPeakRssKb: number;
  hwmKb: number;
  timeMaxRssKb: number | null;
  cpuUserSeconds: number | null;
  cpuSystemSeconds: number | null;
  samples: Sample[];
  /** Every 250 ms: which input file the child had open (the list's number for a CSV) and how far it had read. */
  reading: { ms: number; open: boolean; list: number | null; pos: number }[];
}

const statusField = (status: string, field: string): number => {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return m ? Number(m[1]) : 0;
};

/** The pid of the child's child (the node process under /usr/bin/time), or null until it exists. */
function childOf(pid: number): number | null {
  try {
    const listed = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return listed ? Number(listed.split(/\s+/)[0]) : null;
  } catch {
    // no /proc/.../children (a kernel without it): look through every process's parent
  }
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) return Number(name);
    } catch {
      // gone
    }
  }
  return null;
}

/**
 * Which list's CSV the process is importing, and its read position (fdinfo pos), or null. The
 * checksum is read alongside, in name order and far ahead of the import (which checks every
 * cell), so while both have a file open the import's is the lowest-numbered list open.
 */
function reading(pid: number, under: string): { list: number | null; pos: number } | null {
  let found: { list: number | null; pos: number } | null = null;
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      if (!target.startsWith(under)) continue;
      const pos = Number(/^pos:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'))?.[1] ?? 0);
      const match = /List (\d+) - /.exec(basename(target));
      const list = match ? Number(match[1]) : null;
      if (!found || (list !== null && (found.list === null || list < found.list))) found = { list, pos };
    }
  } catch {
    // the process has gone
  }
  return found;
}

const CAPTURE_LIMIT = 64 * 1024;

/** The process spawned (/usr/bin/time, or node) and the node process measured, while an import runs. */
const running: { spawned: number | null; measured: number | null } = { spawned: null, measured: null };

async function runImport(input: Written, env: Record<string, string>, work: string): Promise<Measured> {
  const maxMb = Math.ceil(input.csvBytes / MiB) + 1;
  const args = ['bin/uplift.js', 'import', input.path, '--council', laCode, '--as-at', asAt];
  if (maxMb > DEFAULT_LIMIT_MB) args.push('--max-mb', String(maxMb));
  const timeOut = join(work, 'time.txt');
  const useTime = existsSync('/usr/bin/time');
  const cmd = useTime ? '/usr/bin/time' : process.execPath;
  const cmdArgs = useTime ? ['-v', '-o', timeOut, process.execPath, ...args] : args;
  console.error(`  running: ${childNodeOptions ? `NODE_OPTIONS="${childNodeOptions}" ` : ''}node ${args.join(' ')}`);
  const started = performance.now();
  const childEnv = { ...process.env, ...env, NODE_OPTIONS: [process.env.NODE_OPTIONS, childNodeOptions].filter(Boolean).join(' ') };
  const child = spawn(cmd, cmdArgs, { cwd: repoRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  running.spawned = child.pid ?? null;
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => { if (stdout.length < CAPTURE_LIMIT) stdout += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { if (stderr.length < CAPTURE_LIMIT) stderr += d.toString(); });

  let nodePid: number | null = running.measured = useTime ? null : child.pid!;
  let sampledPeak = 0;
  let hwm = 0;
  const samples: Sample[] = [];
  const reads: Measured['reading'] = [];
  let lastRead = -Infinity;
  let lastProgress = performance.now();
  const sampler = setInterval(() => {
    if (nodePid === null) nodePid = running.measured = childOf(child.pid!);
    if (nodePid === null) return;
    let status: string;
    try {
      status = readFileSync(`/proc/${nodePid}/status`, 'utf8');
    } catch {
      return; // exited
    }
    const rss = statusField(status, 'VmRSS');
    hwm = Math.max(hwm, statusField(status, 'VmHWM'));
    sampledPeak = Math.max(sampledPeak, rss);
    const now = performance.now();
    samples.push({ ms: Math.round(now - started), rssKb: rss });
    if (now - lastRead >= 250) {
      lastRead = now;
      const r = reading(nodePid, input.path);
      reads.push({ ms: Math.round(now - started), open: r !== null, list: r?.list ?? null, pos: r?.pos ?? 0 });
      if (now - lastProgress >= 10_000) {
        lastProgress = now;
        const where = r ? (r.list ? `list ${r.list} at ${mb(r.pos)} MB` : `${basename(input.path)}`) : 'no input file open';
        console.error(`  ${Math.round((now - started) / 1000)} s: RSS ${Math.round(rss / 1024)} MB, peak ${Math.round(Math.max(hwm, sampledPeak) / 1024)} MB, ${where}`);
      }
    }
  }, 50);
  const [exitCode, signal] = await new Promise<[number | null, string | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, sig) => resolve([code, sig]));
  });
  clearInterval(sampler);
  running.spawned = running.measured = null;
  const wallMs = performance.now() - started;

  let timeMaxRssKb: number | null = null;
  let cpuUserSeconds: number | null = null;
  let cpuSystemSeconds: number | null = null;
  if (useTime) {
    const t = await readFile(timeOut, 'utf8').catch(() => '');
    const num = (label: string) => {
      const m = new RegExp(`${label}[^:]*:\\s+([\\d.]+)`).exec(t);
      return m ? Number(m[1]) : null;
    };
    timeMaxRssKb = num('Maximum resident set size');
    cpuUserSeconds = num('User time');
    cpuSystemSeconds = num('System time');
  }
  const candidates: [number, string][] = [[sampledPeak, 'VmRSS sampled every 50 ms'], [hwm, 'VmHWM']];
  if (timeMaxRssKb !== null) candidates.push([timeMaxRssKb, '/usr/bin/time maximum resident set size']);
  const [peakRssKb, peakSource] = candidates.reduce((a, b) => (b[0] > a[0] ? b : a));
  return { exitCode, signal, wallMs, stdout, stderr, peakRssKb, peakSource, sampledPeakRssKb: sampledPeak, hwmKb: hwm,
    timeMaxRssKb, cpuUserSeconds, cpuSystemSeconds, samples, reading: reads };
}

/** Rows per list the import reports ("  List 8 Children in care: 412 rows"). */
function importedRows(stdout: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of stdout.matchAll(/^\s+List (\d+) .*: (\d+) rows?$/gm)) counts[m[1]] = Number(m[2]);
  return counts;
}

/**
 * Peak RSS in each stretch of the run, by the record of the open input file (every 250 ms): start-up
 * (before the input is opened); for a folder, "list N" while that list is read (and its last batch
 * stored; the checksum is read alongside, see reading()); for a zip, "zip" while it is open; then
 * what follows (duplicates, commit, exit).
 */
function phases(m: Measured): { phase: string; fromSeconds: number; toSeconds: number; rssAtStartMb: number; peakRssMb: number }[] {
  const firstOpen = m.reading.findIndex((r) => r.open);
  let lastOpen = -1;
  m.reading.forEach((r, i) => {
    if (r.open) lastOpen = i;
  });
  const spans: { phase: string; from: number }[] = [];
  m.reading.forEach((r, i) => {
    let label: string;
    if (firstOpen < 0 || i < firstOpen) label = 'start-up (before the input is opened)';
    else if (i > lastOpen) label = 'after the input is closed (duplicates, commit, exit)';
    else if (r.list !== null) label = `list ${r.list}`;
    else if (r.open) label = 'zip';
    else label = spans[spans.length - 1].phase; // between two files: the last one's final batch
    if (spans[spans.length - 1]?.phase !== label) spans.push({ phase: label, from: spans.length ? r.ms : 0 });
  });
  return spans.map((s, i) => {
    const to = spans[i + 1]?.from ?? Infinity;
    const within = m.samples.filter((x) => x.ms >= s.from && x.ms < to);
    return {
      phase: s.phase, fromSeconds: secs(s.from), toSeconds: secs(Math.min(to, m.wallMs)),
      rssAtStartMb: mb((within[0]?.rssKb ?? 0) * 1024),
      peakRssMb: mb(Math.max(0, ...within.map((x) => x.rssKb)) * 1024),
    };
  });
}

/** The RSS curve, at most ~120 points (the maximum of each stretch). */
function timeline(samples: Sample[]): [number, number][] {
  const step = Math.max(1, Math.ceil(samples.length / 120));
  const out: [number, number][] = [];
  for (let i = 0; i < samples.length; i += step) {
    const part = samples.slice(i, i + step);
    out.push([secs(part[part.length - 1].ms), mb(Math.max(...part.map((p) => p.rssKb)) * 1024)]);
  }
  return out;
}

/** The commit, and how many files under src/ differ from it (the figures are for the working tree). */
function codeVersion(): { commit: string | null; uncommittedSrcFiles: number | null } {
  const git = (...a: string[]) => {
    try {
      return execFileSync('git', a, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return null;
    }
  };
  const status = git('status', '--porcelain', '--', 'src', 'bin');
  return { commit: git('rev-parse', '--short', 'HEAD')?.trim() ?? null,
    uncommittedSrcFiles: status === null ? null : status.split('\n').filter(Boolean).length };
}

// --- Main ------------------------------------------------------------------------------------------

const work = await mkdtemp(join(tmpdir(), 'uplift-bench-memory-'));
let target: Target | null = null;
let cleaning: Promise<void> | null = null;
/** Stops the import if it is still running, drops the database and removes the temp folder: once. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const pid of [running.measured, running.spawned]) {
      if (pid) try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
    }
    await target?.drop().catch((err) => console.error(`  could not drop the bench database: ${(err as Error).message}`));
    await rm(work, { recursive: true, force: true });
  })();
  return cleaning;
}
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    console.error(`  ${sig}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  const loadBefore = loadavg();
  console.error(`Writing about ${sizeMb} MB of Annex A ${format === 'zip' ? 'CSV into a zip' : 'CSV'} in ${work} ...`);
  let t = performance.now();
  const input = await writeExtract(work);
  const writeMs = performance.now() - t;
  console.error(`  ${mb(input.csvBytes)} MB of CSV${format === 'zip' ? ` (${mb(input.fileBytes)} MB zipped)` : ''}, `
    + `${input.rows.toLocaleString('en-GB')} rows (${input.copies} copies of one extract), in ${secs(writeMs)} s`);
  target = await prepareTarget(work);
  console.error(`Importing into ${engine} (${target.version}) ...`);
  const m = await runImport(input, target.env, work);
  if (m.exitCode !== 0) {
    throw new Error(`The import exited with ${m.signal ?? m.exitCode}:\n${m.stderr.slice(0, 4000)}${m.stdout.slice(0, 2000)}`);
  }
  const counts = importedRows(m.stdout);
  const rowsImported = Object.values(counts).reduce((a, b) => a + b, 0);
  const result = {
    ranAt: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model, cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), os: `${platform()} ${release()}`,
      node: process.version, database: target.version,
      loadAverageBefore: loadBefore.map((x) => Math.round(x * 100) / 100),
      loadAverageAfter: loadavg().map((x) => Math.round(x * 100) / 100),
    },
    code: codeVersion(),
    engine, format, asAt, council: laCode, seed, copies: input.copies, childHeapMb,
    // What the import process's PGlite ran with (it inherits this environment).
    pgliteSharedBuffersMb: engine === 'pglite' ? Number(process.env.UPLIFT_PGLITE_SHARED_BUFFERS_MB || PGLITE_SHARED_BUFFERS_MB) : null,
    sizeMbAsked: sizeMb, csvMb: mb(input.csvBytes), fileMb: mb(input.fileBytes),
    rowsWritten: input.rows, rowsImported,
    writeSeconds: secs(writeMs),
    importSeconds: secs(m.wallMs),
    startUpSeconds: secs(m.reading.find((r) => r.open)?.ms ?? NaN),
    importRowsPerSecond: Math.round(rowsImported / (m.wallMs / 1000)),
    importMbPerSecond: Math.round((mb(input.csvBytes) / (m.wallMs / 1000)) * 10) / 10,
    cpuUserSeconds: m.cpuUserSeconds, cpuSystemSeconds: m.cpuSystemSeconds,
    peakRssMb: mb(m.peakRssKb * 1024),
    peakRssSource: m.peakSource,
    peakRssMeasures: { sampledVmRssMb: mb(m.sampledPeakRssKb * 1024), vmHwmMb: mb(m.hwmKb * 1024),
      timeMaxRssMb: m.timeMaxRssKb === null ? null : mb(m.timeMaxRssKb * 1024) },
    measured: engine === 'pglite'
      ? 'the `uplift import` process, with the PGlite database inside it'
      : 'the `uplift import` process (the PostgreSQL server\'s own processes are not counted)',
    lists: input.lists.map((l) => ({ ...l, mb: mb(l.bytes), rowsImported: counts[String(l.list)] ?? 0 })),
    phases: phases(m),
    rssTimelineSecondsMb: timeline(m.samples),
  };
  const { lists: _lists, rssTimelineSecondsMb: _timeline, ...printed } = result;
  console.log(JSON.stringify(printed, null, 2));
  if (rowsImported !== input.rows) console.error(`  note: ${input.rows - rowsImported} rows written were not imported (duplicates?)`);
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  const name = `import-memory-${engine}${format === 'zip' ? '-zip' : ''}-${sizeMb}${childHeapMb === null ? '' : `-heap${childHeapMb}`}.json`;
  await writeFile(new URL(`./results/${name}`, import.meta.url), JSON.stringify(result, null, 2) + '\n');
  console.error(`Written bench/results/${name}`);
} finally {
  await cleanUp();
}
