// Zip containers (an .xlsx workbook is one, and councils send zips of CSVs), read with yauzl by
// random access: any entry, in any order, without unpacking anything to disk.
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { type ByteBudget, InputError } from './budget.ts';

/** More entries than any Annex A workbook or zip has: a bigger directory is refused, unread. */
const MAX_ENTRIES = 10_000;

export class ZipArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly entries: ReadonlyMap<string, yauzl.Entry>,
  ) {}

  static async open(path: string, file: string): Promise<ZipArchive> {
    let zip: yauzl.ZipFile;
    try {
      // validateEntrySizes off: the budget counts the real inflated bytes instead of trusting the
      // sizes the archive declares.
      zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: false,
        decodeStrings: true, strictFileNames: false });
    } catch (err) {
      throw new InputError(file, `Not a readable zip file (${(err as Error).message})`);
    }
    if (zip.entryCount > MAX_ENTRIES) {
      zip.close();
      throw new InputError(file, `Holds ${zip.entryCount} files, more than the ${MAX_ENTRIES} an import reads`);
    }
    const entries = new Map<string, yauzl.Entry>();
    try {
      for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
    } catch (err) {
      zip.close();
      throw new InputError(file, `Not a readable zip file (${(err as Error).message})`);
    }
    return new ZipArchive(zip, entries);
  }

  /** An .xlsx workbook is a zip with a workbook part. */
  isWorkbook(): boolean {
    return this.entries.has('xl/workbook.xml');
  }

  /** What the archive says its entries unpack to. A fast first refusal only: it may lie. */
  declaredSize(): number {
    let total = 0;
    for (const e of this.entries.values()) total += e.uncompressedSize;
    return total;
  }

  async open(name: string, budget: ByteBudget, file: string): Promise<Readable> {
    const entry = this.entries.get(name);
    if (!entry) throw new InputError(file, `The zip has no ${name}`);
    try {
      return budget.counted(await this.zip.openReadStreamPromise(entry), file);
    } catch (err) {
      throw new InputError(file, `Cannot be read from the zip (${(err as Error).message})`);
    }
  }

  close(): void {
    this.zip.close();
  }
}
