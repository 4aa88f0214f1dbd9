// Rows of one CSV file, streaming: bytes -> text (csv-text.ts) -> records (csv-parse.ts) -> rows;
// and a list's CSV source from where its bytes are (a file, or a CSV in a zip).
// Row numbers are record numbers (header = 1), so a quoted cell spanning lines is one row, and a
// blank line is a row (as a spreadsheet shows it) that the importer skips.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { ByteBudget } from './budget.ts';
import { CsvParser } from './csv-parse.ts';
import { csvText } from './csv-text.ts';
import type { CsvOrigin, ListSource, SourceRow } from './source.ts';
import { ZipArchive } from './zip.ts';

export async function* csvRows(bytes: Readable, file: string): AsyncGenerator<SourceRow[]> {
  const parser = new CsvParser(file);
  const text = bytes.pipe(csvText(file));
  // An error reading the bytes (a size limit, a broken zip) must reach the reader of the text.
  const onError = (err: Error) => text.destroy(err);
  bytes.on('error', onError);
  let rowNo = 0;
  try {
    const numbered = (records: string[][]) => records.map((cells) => ({ rowNo: ++rowNo, cells }));
    for await (const chunk of text) {
      const records = parser.feed(chunk as string);
      if (records.length) yield numbered(records);
    }
    const last = parser.end();
    if (last.length) yield numbered(last);
  } finally {
    bytes.off('error', onError);
    bytes.destroy();
    text.destroy();
  }
}

/** A list's CSV source from where its bytes are. */
export function csvSource(list: number, file: string, name: string, origin: CsvOrigin, budget: ByteBudget): ListSource {
  return { list, file, name, origin, rows: () => csvOriginRows(origin, file, budget) };
}

/** The rows of a CSV file or of a CSV in a zip, opening the zip for itself (another thread's reading). */
async function* csvOriginRows(origin: CsvOrigin, file: string, budget: ByteBudget) {
  if ('path' in origin) {
    yield* csvRows(budget.counted(createReadStream(origin.path), file), file);
    return;
  }
  const zip = await ZipArchive.open(origin.zip, file);
  try {
    yield* csvRows(await zip.open(origin.entry, budget, file), file);
  } finally {
    zip.close();
  }
}
