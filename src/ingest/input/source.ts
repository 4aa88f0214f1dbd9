// What the readers give the importer, whatever the container: one source per list present, each
// a stream of rows with their row numbers as a spreadsheet user sees them.
import type { RawCell } from '../values.ts';

export interface SourceRow {
  rowNo: number;
  cells: RawCell[];
}

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
}
