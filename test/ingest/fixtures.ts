// Builds real Annex A input files for the import tests in a temporary folder: CSVs in any
// encoding, folders and zips of them (including a zip whose headers lie about its size), and .xlsx
// workbooks written by exceljs.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import yauzl from 'yauzl';
import type { Database } from '../../src/db/database.ts';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/annex-a');
export const SAMPLE = join(FIXTURES, 'liia-tools-Annex_A-sample.xlsx');

export interface TempDir {
  path: string;
  file(name: string, data: string | Buffer): string;
  remove(): void;
}

export function tempDir(): TempDir {
  const path = mkdtempSync(join(tmpdir(), 'uplift-annex-a-'));
  return {
    path,
    file(name, data) {
      const p = join(path, name);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, data);
      return p;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** CSV text from rows: cells with a comma, quote or line break are quoted. */
export function csv(rows: (string | number | null)[][], newline = '\r\n'): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(',')).join(newline) + newline;
}

export const utf8 = (text: string, bom = false) => Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
export const win1252 = (text: string) => iconv.encode(text, 'win1252');

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** What the headers claim the entry unpacks to (default: the truth). */
  declaredSize?: number;
}

/** A deflated zip, written by hand so that a test can make its headers lie. */
export function zipBytes(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = deflateRawSync(e.data);
    const crc = crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The entries of a zip file (to write it again, lying). */
export async function unzipEntries(path: string): Promise<ZipEntry[]> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  const out: ZipEntry[] = [];
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const c of await zip.openReadStreamPromise(entry)) chunks.push(c as Buffer);
    out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
  }
  zip.close();
  return out;
}

export type XlsxCell = string | number | boolean | Date | null | { error: string }
  | { formula: string; result: number | string; date?: boolean };

/** An .xlsx with these sheets. Date values become real date cells. */
export async function writeXlsx(path: string, sheets: { name: string; rows: XlsxCell[][] }[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (v instanceof Date) {
          cell.value = v;
          cell.numFmt = 'dd/mm/yyyy';
        } else if (typeof v === 'object' && 'error' in v) {
          cell.value = { error: v.error } as ExcelJS.CellErrorValue;
        } else if (typeof v === 'object') {
          cell.value = { formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue;
          if (v.date) cell.numFmt = 'dd/mm/yyyy';
        } else {
          cell.value = v;
        }
      });
    });
  }
  await wb.xlsx.writeFile(path);
  return path;
}

/** A calendar date as a JS Date at UTC midnight, as exceljs writes date cells. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function addCouncil(db: Database, laCode = '211', name = 'Tower Hamlets'): Promise<void> {
  await db.query('INSERT INTO councils (la_code, name) VALUES ($1, $2)', [laCode, name]);
}

export const ANNEX_TABLES = ['snapshots', 'snapshot_warnings', 'audit_log', 'annex_contacts', 'annex_early_help',
  'annex_referrals', 'annex_assessments', 'annex_s47', 'annex_cin', 'annex_cp', 'annex_cla',
  'annex_care_leavers', 'annex_adoption', 'annex_adopters'];

/** Rows in every table an import writes. */
export async function tableCounts(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ANNEX_TABLES) {
    const [r] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`);
    out[t] = r.n;
  }
  return out;
}

/** The person block's headers for lists 1-3 and a row of it. */
export const PERSON = ['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)'];
