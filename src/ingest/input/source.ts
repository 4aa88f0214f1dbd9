// What the readers give the importer, whatever the container: one source per list present, each
// a stream of rows with their row numbers as a spreadsheet user sees them.
import type { RawCell } from '../values.ts';

export interface SourceRow {
  rowNo: number;
  cells: RawCell[];
}

/**
 * Where another thread can open the same rows again (../parallel): a CSV file, or a CSV inside a
 * zip. A workbook's sheets have none, and are read where they were opened.
 */
export type CsvOrigin = { path: string } | { zip: string; entry: string };

export interface ListSource {
  list: number;
  /** The file problems name: the workbook, or the CSV file. */
  file: string;
  /** Sheet or file name as written. */
  name: string;
  /**
   * Streams the rows a batch at a time (one await per batch, not per row: this loop is the
   * import's); never holds the list in memory.
   */
  rows(): AsyncIterable<SourceRow[]>;
  origin?: CsvOrigin;
}
