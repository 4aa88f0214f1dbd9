// Rows of one CSV file, streaming: bytes -> text (csv-text.ts) -> records (csv-parse.ts) -> rows.
// Row numbers are record numbers (header = 1), so a quoted cell spanning lines is one row, and a
// blank line is a row (as a spreadsheet shows it) that the importer skips.
import type { Readable } from 'node:stream';
import { CsvParser } from './csv-parse.ts';
import { csvText } from './csv-text.ts';
import type { SourceRow } from './source.ts';

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
