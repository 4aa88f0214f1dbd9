// Reading one data row of a list: each cell to its stored form, with the row's errors (the import
// stores nothing) and warnings (stored with the snapshot). Rules: annex-a-input.md, indicators.md.
import { ageAt } from '../domain/calendar/index.ts';
import { ukDate } from './dates.ts';
import type { HeaderMatch } from './headers.ts';
import type { ColumnDef } from './schema.ts';
import {
  cellText, isBlank, isPostcode, parseAge, parseCode, parseCount, parseDate, parseOption, type RawCell, trimAll,
} from './values.ts';

/** A stored value in its text form: 'YYYY-MM-DD', '12', 'true', or text. Cast by the insert. */
export type Stored = string | null;

export interface CellProblem {
  column: string;
  message: string;
}

export interface ReadRow {
  /** Database column -> stored value, for the list's columns present in the file. */
  values: Map<string, Stored>;
  /** Unknown columns' values, kept aside (the `extra` jsonb column); null when none. */
  extra: Record<string, string> | null;
  errors: CellProblem[];
  warnings: CellProblem[];
  /** Positions of values under a column with no header (ignored; the importer warns once). */
  unnamed: number[];
}

export interface RowContext {
  asAt: string;
  date1904: boolean;
}

// No closures in here: this runs for every cell (and tsx wraps each closure it creates).
function readCell(col: ColumnDef, header: string, cell: RawCell, ctx: RowContext, out: ReadRow): Stored {
  switch (col.kind) {
    case 'id':
    case 'name':
      return trimAll(cellText(cell));
    case 'text':
      return cellText(cell);
    case 'option':
      return parseOption(cell);
    case 'postcode': {
      const s = trimAll(cellText(cell));
      if (!isPostcode(s)) out.warnings.push({ column: header, message: 'Not a UK postcode' });
      return s;
    }
    case 'date': {
      const d = parseDate(cell, ctx.date1904);
      if (!d.ok) {
        out.errors.push({ column: header, message: d.message });
        return null;
      }
      if (d.value > ctx.asAt) out.warnings.push({ column: header, message: `After the as-at date ${ukDate(ctx.asAt)}` });
      return d.value;
    }
    case 'count':
    case 'age': {
      const n = col.kind === 'count' ? parseCount(cell) : parseAge(cell);
      if (n.ok) return String(n.value);
      out.errors.push({ column: header, message: n.message });
      return null;
    }
    case 'code': {
      const c = parseCode(cell, col.codes!);
      if (!c.ok) {
        out.errors.push({ column: header, message: c.message });
        return null;
      }
      if (c.unknown) out.warnings.push({ column: header, message: c.message });
      return c.value;
    }
  }
}

export function readRow(header: HeaderMatch, cells: RawCell[], ctx: RowContext): ReadRow {
  const out: ReadRow = { values: new Map(), extra: null, errors: [], warnings: [], unnamed: [] };
  const width = Math.max(cells.length, header.slots.length);
  for (let i = 0; i < width; i++) {
    const slot = header.slots[i];
    const cell = cells[i] ?? null;
    if (slot && 'repeated' in slot) continue;
    if (!slot || 'unnamed' in slot) {
      if (!isBlank(cell)) out.unnamed.push(i);
      continue;
    }
    if ('extra' in slot) {
      if (!isBlank(cell)) (out.extra ??= {})[slot.extra] = cellText(cell);
      continue;
    }
    const col = slot.column;
    if (isBlank(cell)) {
      out.values.set(col.key, null);
      if (col.required) out.errors.push({ column: slot.header, message: 'Required, but blank' });
      continue;
    }
    if (cell && typeof cell === 'object' && 'excelError' in cell) {
      // #REF!, #VALUE! ...: whatever the cell should hold is unknown (#N/A is blank, above).
      out.values.set(col.key, null);
      out.errors.push({ column: slot.header, message: `The cell holds the Excel error ${cell.excelError}, not a value` });
      continue;
    }
    out.values.set(col.key, readCell(col, slot.header, cell, ctx, out));
  }
  ageMatchesBirth(header, out, ctx);
  return out;
}

/** Age of Child (Years) should be the completed years from Date of Birth to the as-at date. */
function ageMatchesBirth(header: HeaderMatch, out: ReadRow, ctx: RowContext) {
  const dob = out.values.get('dob');
  const age = out.values.get('age_years');
  if (!dob || !age || dob > ctx.asAt) return;
  if (ageAt(dob, ctx.asAt) !== Number(age)) {
    const slot = header.slots.find((s) => s && 'column' in s && s.column.key === 'age_years') as { header: string };
    out.warnings.push({ column: slot.header,
      message: `Does not match Date of Birth: the age at the as-at date ${ukDate(ctx.asAt)} is different` });
  }
}

/** A row with nothing in it (all blank) is skipped. */
export function isBlankRow(cells: RawCell[]): boolean {
  for (const c of cells) if (!isBlank(c)) return false;
  return true;
}
