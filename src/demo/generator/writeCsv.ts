// Writes a generated extract as one CSV file per list (RFC 4180: comma-separated, CRLF, quotes
// where needed, UTF-8), streaming rows in chunks so that large councils never need one huge string.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Generated, GeneratedList } from './generate.ts';
import { csvFileName, type ListNumber } from './headers.ts';

export interface WrittenFile {
  list: ListNumber;
  file: string;
  rows: number;
}

const CHUNK_CHARS = 64 * 1024;

export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

function* chunks(list: GeneratedList): Generator<string> {
  let chunk = csvLine(list.headers);
  for (const row of list.rows) {
    chunk += csvLine(row);
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Writes `List N - Title.csv` for every list in the extract into outDir (created if needed). */
export async function writeAnnexACsv(generated: Generated, outDir: string): Promise<WrittenFile[]> {
  await mkdir(outDir, { recursive: true });
  const written: WrittenFile[] = [];
  for (const list of generated.lists) {
    const file = join(outDir, csvFileName(list.list));
    await pipeline(Readable.from(chunks(list), { objectMode: false }), createWriteStream(file, { encoding: 'utf8' }));
    written.push({ list: list.list, file, rows: list.rows.length });
  }
  return written;
}
