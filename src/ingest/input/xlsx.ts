// Sheets of an .xlsx workbook, streaming, with exceljs's streaming parsers.
//
// Why not exceljs's WorkbookReader as it stands: it reads the zip front to back, and when the
// sheets come before the shared-string table (as openpyxl and pandas write them, and as the public
// liia-tools sample has them) it stops after the last sheet without reading the strings or the
// styles, giving {sharedString: n} for text and numbers for dates (seen with exceljs 4.4.0).
// So yauzl opens the zip by random access; the workbook, relationships, styles and shared strings
// are parsed first with the WorkbookReader's own parsers, then each sheet streams through
// exceljs's WorksheetReader one row at a time.
//
// Memory: rows stream; what a workbook holds in memory is its shared-string table (each distinct
// text value once), which the format requires.
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { isoDate } from '../dates.ts';
import type { RawCell } from '../values.ts';
import { type ByteBudget, InputError } from './budget.ts';
import type { SourceRow } from './source.ts';
import type { ZipArchive } from './zip.ts';

const require = createRequire(import.meta.url);

/** The parts of exceljs's streaming reader used here (not in its published types). */
interface WorkbookParser {
  options: Record<string, string>;
  model?: { sheets?: { name: string; id: number; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  properties?: { model?: { date1904?: boolean } };
  sharedStrings?: unknown[];
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseRels(stream: Readable): Promise<void>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncIterable<unknown>;
}
interface ExcelCell {
  value: unknown;
  numFmt?: string;
}
interface ExcelRow {
  number: number;
  eachCell(opts: { includeEmpty: boolean }, fn: (cell: ExcelCell, col: number) => void): void;
}
type WorksheetReaderClass = new (args: {
  workbook: WorkbookParser; id: number; iterator: Readable; options: Record<string, string>;
}) => AsyncIterable<ExcelRow>;

const WorkbookReader = (ExcelJS as unknown as { stream: { xlsx: { WorkbookReader: new (input: unknown,
  options: Record<string, string>) => WorkbookParser } } }).stream.xlsx.WorkbookReader;
const WorksheetReader = require('exceljs/lib/stream/xlsx/worksheet-reader.js') as WorksheetReaderClass;

export interface Sheet {
  name: string;
  rows(): AsyncIterable<SourceRow[]>;
}

export interface Workbook {
  sheets: Sheet[];
  date1904: boolean;
}

export async function openWorkbook(zip: ZipArchive, budget: ByteBudget, file: string): Promise<Workbook> {
  const options = { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' };
  const parser = new WorkbookReader(null, options);
  const part = (name: string) => zip.open(name, budget, file);
  try {
    await parser._parseWorkbook(await part('xl/workbook.xml'));
    if (zip.entries.has('xl/_rels/workbook.xml.rels')) await parser._parseRels(await part('xl/_rels/workbook.xml.rels'));
    if (zip.entries.has('xl/styles.xml')) await parser._parseStyles(await part('xl/styles.xml'));
    parser.sharedStrings = [];
    if (zip.entries.has('xl/sharedStrings.xml')) {
      for await (const _ of parser._parseSharedStrings(await part('xl/sharedStrings.xml')));
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, `Is not a readable .xlsx workbook (${(err as Error).message})`);
  }
  const date1904 = parser.properties?.model?.date1904 === true;
  const rels = new Map((parser.workbookRels ?? []).map((r) => [r.Id, r.Target]));
  const sheets: Sheet[] = [];
  for (const s of parser.model?.sheets ?? []) {
    const target = rels.get(s.rId);
    if (!target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, '/');
    if (!zip.entries.has(path)) continue;
    sheets.push({
      name: s.name,
      rows: () => sheetRows(part, path, s.id, parser, options, date1904, file),
    });
  }
  return { sheets, date1904 };
}

/** Rows handed over at once. */
const XLSX_BATCH = 500;

async function* sheetRows(part: (name: string) => Promise<Readable>, path: string, id: number,
  workbook: WorkbookParser, options: Record<string, string>, date1904: boolean, file: string): AsyncGenerator<SourceRow[]> {
  const stream = await part(path);
  const reader = new WorksheetReader({ workbook, id, iterator: stream, options });
  let batch: SourceRow[] = [];
  try {
    for await (const row of reader) {
      const cells: RawCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        cells[col - 1] = rawCell(cell, date1904);
      });
      batch.push({ rowNo: row.number, cells });
      if (batch.length === XLSX_BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, `A sheet cannot be read (${(err as Error).message})`);
  } finally {
    stream.destroy();
  }
}

/** Excel's test for a date number format (as exceljs's): d, m, y, h or s outside quotes and []. */
function isDateFormat(fmt: unknown): boolean {
  if (typeof fmt !== 'string') return false;
  return /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function fromDate(d: Date): RawCell {
  const iso = Number.isNaN(d.getTime()) ? null : isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  return iso ? { date: iso } : { excelError: '#VALUE!' };
}

function fromSerial(n: number, date1904: boolean): RawCell {
  // exceljs's own conversion, so date cells and formula dates read alike.
  const ms = Math.round((n - (date1904 ? 24107 : 25569)) * 86_400_000);
  return fromDate(new Date(ms));
}

/** An exceljs cell value as a RawCell. */
export function rawCell(cell: ExcelCell, date1904: boolean): RawCell {
  const v = cell.value as any;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isNaN(v) ? null : v;
  if (v instanceof Date) return fromDate(v);
  if (Array.isArray(v.richText)) return v.richText.map((r: { text?: string }) => r.text ?? '').join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const r = v.result;
    if (r === undefined || r === null) return null;
    if (typeof r === 'number') {
      if (Number.isNaN(r)) return null; // an error result (#N/A and the like) has no value
      return isDateFormat(cell.numFmt) ? fromSerial(r, date1904) : r;
    }
    if (r instanceof Date) return fromDate(r);
    if (typeof r === 'object' && 'error' in r) return { excelError: String(r.error) };
    return typeof r === 'string' || typeof r === 'boolean' ? r : null;
  }
  if ('error' in v) return { excelError: String(v.error) };
  if ('text' in v) return rawCell({ value: v.text }, date1904);
  return null;
}
