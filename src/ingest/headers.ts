// Matching a sheet's header row to a list's columns. Headers match case-insensitively after
// folding spaces, punctuation and quotes (annex-a-input.md), and a "(Y/N)" marker is ignored, so
// "Was the Child Seen Alone" = "WAS THE CHILD SEEN ALONE?" and the sample's "... (Y/N))" matches.
import type { ColumnDef, ListDef } from './schema.ts';
import { cellText, isBlank, type RawCell, trimAll } from './values.ts';

export function foldHeader(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\(\s*y\s*\/\s*n\s*\)/g, '')
    .replace(/[^a-z0-9]/g, '');
}

const lookups = new WeakMap<ListDef, Map<string, ColumnDef>>();

/** Folded header or synonym -> column, per list. Two columns claiming one spelling is a bug. */
export function headerLookup(list: ListDef): Map<string, ColumnDef> {
  let map = lookups.get(list);
  if (map) return map;
  map = new Map();
  for (const col of list.columns) {
    for (const h of [col.header, ...col.synonyms]) {
      const key = foldHeader(h);
      const seen = map.get(key);
      if (seen && seen !== col) throw new Error(`List ${list.list}: "${h}" names both ${seen.key} and ${col.key}`);
      map.set(key, col);
    }
  }
  lookups.set(list, map);
  return map;
}

/** What each position of a row holds. */
/** `header` is the header as the file writes it: problems name the column the user sees. */
export type Slot =
  | { column: ColumnDef; header: string }
  | { extra: string } // an unknown column, kept aside
  | { unnamed: true } // no header
  | { repeated: true }; // a second column for one field (an error)

export interface HeaderProblem {
  column: string | null;
  message: string;
}

export interface HeaderMatch {
  slots: Slot[];
  /** Columns of the list found in the header. */
  present: Set<string>;
  errors: HeaderProblem[];
  warnings: HeaderProblem[];
}

/** Spreadsheet column letters for messages: 0 -> A, 26 -> AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function matchHeaders(list: ListDef, cells: RawCell[]): HeaderMatch {
  const lookup = headerLookup(list);
  const slots: Slot[] = [];
  const present = new Set<string>();
  const firstAt = new Map<string, number>();
  const extraNames = new Set<string>();
  const errors: HeaderProblem[] = [];
  const warnings: HeaderProblem[] = [];
  cells.forEach((cell, i) => {
    if (isBlank(cell)) {
      slots[i] = { unnamed: true };
      return;
    }
    const header = trimAll(cellText(cell));
    const col = lookup.get(foldHeader(header));
    if (!col) {
      let name = header;
      for (let n = 2; extraNames.has(name); n++) name = `${header} (${n})`;
      extraNames.add(name);
      slots[i] = { extra: name };
      warnings.push({ column: header, message: 'Not an Annex A column for this list: its values are kept aside, not used' });
      return;
    }
    const first = firstAt.get(col.key);
    if (first !== undefined) {
      errors.push({ column: header,
        message: `A second column for ${col.header} (columns ${columnLetter(first)} and ${columnLetter(i)}): keep one` });
      slots[i] = { repeated: true };
      return;
    }
    firstAt.set(col.key, i);
    present.add(col.key);
    slots[i] = { column: col, header };
  });
  for (const col of list.columns) {
    if (col.required && !present.has(col.key)) {
      errors.push({ column: col.header, message: 'Required column missing' });
    }
  }
  return { slots, present, errors, warnings };
}
