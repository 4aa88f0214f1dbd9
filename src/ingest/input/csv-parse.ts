// CSV records from text fed a chunk at a time (line ends already "\n", see csv-text.ts). RFC 4180
// quoting, read the way Excel reads it: "" inside quotes is one quote; a quote inside an unquoted
// cell is kept as written (5'10" tall); text after a closing quote carries on the cell ("ab"c is
// abc). A record never ending (an unclosed quote would otherwise make the reader hold the rest of
// the file) and a NUL character (a binary file renamed .csv) are refused, naming the row.
//
// Written for speed, one pass over the characters with no per-character strings: this is the inner
// loop of every import (papaparse plus a separate quote guard took a third of an import's time).
import { InputError } from './budget.ts';

/** Longer than any real Annex A row by far. */
export const MAX_RECORD_CHARS = 1_000_000;

const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;
const NUL = 0;

const enum State { FieldStart, Unquoted, Quoted, QuotePending }

export class CsvParser {
  private state = State.FieldStart;
  /** The current cell's text from earlier chunks or before an escaped quote. */
  private partial = '';
  private row: string[] = [];
  private recordLength = 0;
  /** The record being read, 1 = the header. */
  record = 1;

  constructor(private readonly file: string) {}

  /** The records completed by this chunk. */
  feed(text: string): string[][] {
    const done: string[][] = [];
    const n = text.length;
    let i = 0;
    let recordStart = 0; // where the unfinished record starts in this chunk
    while (i < n) {
      if (this.state === State.FieldStart && this.row.length === 0) {
        // At a record's start. Most records are one line without quotes: split natively, which is
        // several times faster than reading character by character.
        const nl = text.indexOf('\n', i);
        if (nl >= 0) {
          const line = text.slice(i, nl);
          if (line.indexOf('"') < 0) {
            if (line.indexOf('\0') >= 0) this.refuseNul();
            this.row = line.split(',');
            done.push(this.endRecord());
            i = recordStart = nl + 1;
            continue;
          }
        }
      }
      i = this.scan(text, i, done);
      if (this.state === State.FieldStart && this.row.length === 0) recordStart = i;
    }
    this.recordLength += n - recordStart;
    if (this.recordLength > MAX_RECORD_CHARS) {
      throw new InputError(this.file, `Row ${this.record} is longer than ${MAX_RECORD_CHARS.toLocaleString('en-GB')} characters: `
        + 'is a quote (") left open?');
    }
    return done;
  }

  /**
   * Reads character by character from `from` to the end of the record (returning the index after
   * its line end) or of the chunk (returning its length).
   */
  private scan(text: string, from: number, done: string[][]): number {
    let state = this.state;
    let start = from; // where the current piece of the cell starts in this chunk
    const n = text.length;
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i);
      switch (state) {
        case State.FieldStart:
          if (c === QUOTE) {
            state = State.Quoted;
            start = i + 1;
            continue;
          }
          start = i;
          state = State.Unquoted;
        // falls through: the character belongs to an unquoted cell
        case State.Unquoted:
          if (c === COMMA) {
            this.endCell(text, start, i);
            state = State.FieldStart;
          } else if (c === NEWLINE) {
            this.endCell(text, start, i);
            done.push(this.endRecord());
            this.state = State.FieldStart;
            return i + 1;
          } else if (c === NUL) this.refuseNul();
          break;
        case State.Quoted:
          if (c === QUOTE) {
            this.partial += text.slice(start, i);
            state = State.QuotePending;
          } else if (c === NUL) this.refuseNul();
          break;
        case State.QuotePending:
          if (c === QUOTE) { // "" inside quotes: one quote, the cell goes on
            start = i;
            state = State.Quoted;
          } else if (c === COMMA) {
            this.endCell(text, i, i);
            state = State.FieldStart;
          } else if (c === NEWLINE) {
            this.endCell(text, i, i);
            done.push(this.endRecord());
            this.state = State.FieldStart;
            return i + 1;
          } else { // text after the closing quote carries on the cell
            start = i;
            state = State.Unquoted;
            i--;
          }
          break;
      }
    }
    if (state === State.Unquoted || state === State.Quoted) this.partial += text.slice(start, n);
    this.state = state;
    return n;
  }

  /** The input has ended: the last record, if it had no line end. */
  end(): string[][] {
    if (this.state === State.Quoted) {
      throw new InputError(this.file, `A quoted cell in row ${this.record} is never closed (a quote (") is missing)`);
    }
    if (this.state === State.FieldStart && this.row.length === 0) return [];
    this.row.push(this.partial);
    this.partial = '';
    this.state = State.FieldStart;
    return [this.row];
  }

  private endCell(text: string, start: number, end: number): void {
    this.row.push(this.partial ? this.partial + text.slice(start, end) : text.slice(start, end));
    this.partial = '';
  }

  private endRecord(): string[] {
    const row = this.row;
    this.row = [];
    this.record++;
    this.recordLength = 0;
    return row;
  }

  private refuseNul(): never {
    throw new InputError(this.file, `Row ${this.record} holds a NUL character (a zero byte): this is not a CSV text file. `
      + 'Export the list again as "CSV UTF-8"');
  }
}
