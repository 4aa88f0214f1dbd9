// Opening an Annex A input: an .xlsx workbook (one sheet per list), a folder or a .zip of .csv files
// (one per list), or one .csv file. Sheets and files belong to list N by name (annex-a-input.md):
// names that match no list are ignored with a warning; two for one list are an error.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open as openFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { listOfName } from '../schema.ts';
import type { Problem } from '../problems.ts';
import { ByteBudget, InputError, limitMessage } from './budget.ts';
import { csvRows, csvSource } from './csv.ts';
import type { ListSource } from './source.ts';
import { ZipArchive } from './zip.ts';

export interface OpenedInput {
  kind: 'xlsx' | 'zip' | 'folder' | 'csv';
  /** The bytes the lists unpack to, as far as can be known before reading (a zip may lie). */
  bytes: number;
  /** One per list present, in list order. */
  sources: ListSource[];
  errors: Problem[];
  warnings: Problem[];
  date1904: boolean;
  budget: ByteBudget;
  close(): void;
}

interface Named<T> {
  name: string;
  item: T;
}

const LIST_COUNT = 11;

/** Which list each sheet or file holds; the rest are ignored with a warning, clashes are errors. */
function assignLists<T>(items: Named<T>[], what: 'Sheet' | 'File', fileOf: (n: Named<T>) => string) {
  const chosen = new Map<number, Named<T>>();
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  for (const n of items) {
    const list = listOfName(n.name);
    if (list === null || list < 1 || list > LIST_COUNT) {
      warnings.push({ file: fileOf(n), list: null, row: null, column: null,
        message: `${what} "${n.name}" ignored: its name does not say which list (List 1 to List ${LIST_COUNT}) it holds` });
      continue;
    }
    const first = chosen.get(list);
    if (first) {
      errors.push({ file: fileOf(n), list, row: null, column: null,
        message: `Two ${what.toLowerCase()}s for list ${list}: "${first.name}" and "${n.name}": keep one` });
      continue;
    }
    chosen.set(list, n);
  }
  const sorted = [...chosen.entries()].sort((a, b) => a[0] - b[0]);
  return { sorted, errors, warnings };
}

const isCsvName = (name: string) => /\.csv$/i.test(name);
/** Files a computer adds that are nobody's data. */
const isClutter = (path: string) => basename(path).startsWith('.') || path.startsWith('__MACOSX/') || path.endsWith('/');

async function magic(path: string): Promise<Buffer> {
  const fh = await openFile(path, 'r');
  try {
    const buf = Buffer.alloc(8);
    const { bytesRead } = await fh.read(buf, 0, 8, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * sha256 of the input's bytes: the file, or each CSV of a folder (name, then bytes) in name order.
 * An import computes it while it reads the lists (`OpenedInput.checksum`): the reads overlap.
 */
export async function checksum(path: string, folderFiles?: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const name of folderFiles ?? [null]) {
    if (name !== null) hash.update(`${name}\0`);
    for await (const chunk of createReadStream(name === null ? path : join(path, name))) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

/** The input's checksum, being computed (the rejection, if any, is seen by whoever awaits it). */
function computing(path: string, folderFiles?: string[]): Promise<string> {
  const sum = checksum(path, folderFiles);
  sum.catch(() => undefined);
  return sum;
}

export async function openInput(path: string, fileName: string, maxBytes: number): Promise<OpenedInput & { checksum: Promise<string> }> {
  const budget = new ByteBudget(maxBytes);
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(fileName, 'No such file or folder');
  }
  if (info.isDirectory()) return openFolder(path, fileName, budget);
  const head = await magic(path);
  if (head[0] === 0x50 && head[1] === 0x4b) return openZip(path, fileName, budget);
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new InputError(fileName, 'Is an old-style Excel (.xls) workbook: save it as .xlsx');
  }
  if (!isCsvName(fileName)) {
    throw new InputError(fileName, 'Is not a file the import reads: give an .xlsx workbook, a .csv file, or a folder or .zip of .csv files');
  }
  const list = listOfName(fileName);
  if (list === null || list < 1 || list > LIST_COUNT) {
    throw new InputError(fileName, `The file name does not say which list it holds: name it like "list_8.csv"`);
  }
  if (info.size > maxBytes) throw new InputError(fileName, limitMessage(maxBytes), true);
  return {
    kind: 'csv', bytes: info.size, date1904: false, budget, errors: [], warnings: [], close() {},
    checksum: computing(path),
    sources: [csvSource(list, fileName, fileName, { path }, budget)],
  };
}

async function openFolder(path: string, folderName: string, budget: ByteBudget) {
  const dirents = (await readdir(path, { withFileTypes: true })).filter((d) => d.isFile() && !isClutter(d.name));
  dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const warnings: Problem[] = [];
  const csvs: Named<string>[] = [];
  for (const d of dirents) {
    if (isCsvName(d.name)) csvs.push({ name: d.name, item: d.name });
    else warnings.push({ file: d.name, list: null, row: null, column: null, message: 'Ignored: not a .csv file' });
  }
  const assigned = assignLists(csvs, 'File', (n) => n.item);
  const files = assigned.sorted.map(([, n]) => n.item);
  let total = 0;
  for (const f of files) total += (await stat(join(path, f))).size;
  if (total > budget.maxBytes) throw new InputError(folderName, limitMessage(budget.maxBytes), true);
  return {
    kind: 'folder' as const, bytes: total, date1904: false, budget, close() {},
    errors: assigned.errors, warnings: [...warnings, ...assigned.warnings],
    checksum: computing(path, [...files].sort()),
    sources: assigned.sorted.map(([list, n]) => csvSource(list, n.item, n.item, { path: join(path, n.item) }, budget)),
  };
}

async function openZip(path: string, fileName: string, budget: ByteBudget) {
  const sum = computing(path);
  const zip = await ZipArchive.open(path, fileName);
  try {
    if (zip.declaredSize() > budget.maxBytes) throw new InputError(fileName, limitMessage(budget.maxBytes), true);
    if (zip.isWorkbook()) {
      // Loaded only for a workbook: its reader (exceljs) is about 16 MB that a CSV import does not need.
      const { openWorkbook } = await import('./xlsx.ts');
      const book = await openWorkbook(zip, budget, fileName);
      const assigned = assignLists(book.sheets.map((s) => ({ name: s.name, item: s })), 'Sheet', () => fileName);
      return {
        kind: 'xlsx' as const, bytes: zip.declaredSize(), date1904: book.date1904, budget, checksum: sum,
        close: () => zip.close(),
        errors: assigned.errors, warnings: assigned.warnings,
        sources: assigned.sorted.map(([list, n]) => ({ list, file: fileName, name: n.name, rows: n.item.rows })),
      };
    }
    const warnings: Problem[] = [];
    const csvs: Named<string>[] = [];
    for (const name of zip.entries.keys()) {
      if (isClutter(name)) continue;
      if (isCsvName(name)) csvs.push({ name: basename(name), item: name });
      else warnings.push({ file: name, list: null, row: null, column: null, message: 'Ignored: not a .csv file' });
    }
    csvs.sort((a, b) => (a.item < b.item ? -1 : a.item > b.item ? 1 : 0));
    const assigned = assignLists(csvs, 'File', (n) => n.item);
    return {
      kind: 'zip' as const, bytes: zip.declaredSize(), date1904: false, budget, checksum: sum, close: () => zip.close(),
      errors: assigned.errors, warnings: [...warnings, ...assigned.warnings],
      sources: assigned.sorted.map(([list, n]) => ({ list, file: n.item, name: n.name, origin: { zip: path, entry: n.item },
        rows: async function* () {
          yield* csvRows(await zip.open(n.item, budget, n.item), n.item);
        } })),
    };
  } catch (err) {
    zip.close();
    throw err;
  }
}

