// Rows of one CSV file, streaming: bytes -> text (csv-text.ts) -> papaparse -> rows. Row numbers
// are record numbers (header = 1), so a quoted cell spanning lines is one row, and a blank line is
// a row (as a spreadsheet shows it) that the importer skips.
import { pipeline } from 'node:stream';
import type { Duplex, Readable } from 'node:stream';
import Papa from 'papaparse';
import type { SourceRow } from './source.ts';
import { csvText } from './csv-text.ts';

export async function* csvRows(bytes: Readable, file: string): AsyncGenerator<SourceRow> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
  }) as unknown as Duplex;
  let failure: Error | null = null;
  pipeline(bytes, csvText(file), parser, (err) => {
    if (err) failure = err;
  });
  let rowNo = 0;
  try {
    for await (const cells of parser) {
      rowNo++;
      yield { rowNo, cells: cells as unknown as string[] };
    }
  } catch (err) {
    throw failure ?? err;
  } finally {
    bytes.destroy();
  }
  if (failure) throw failure;
}
