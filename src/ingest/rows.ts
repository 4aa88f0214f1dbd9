// Reading one data row of a list: each cell to its stored form, with the row's errors (the import
// stores nothing) and warnings (stored with the snapshot). Rules: annex-a-input.md, indicators.md.
import { ukDate } from './dates.ts';
import type { HeaderMatch } from './headers.ts';
import type { ColumnDef, ListDef } from './schema.ts';
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
  /** Stored values of the list's columns present in the file, in the order of RowReader.columns. */
  values: Stored[];
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

/** What one position of a row holds, resolved once per list from its header. */
type Step =
  | { at: 'column'; column: ColumnDef; header: string; index: number }
  | { at: 'extra'; name: string }
  | { at: 'unnamed' }
  | { at: 'repeated' };

/**
 * Reads the data rows of one list. The header is resolved once into a step per position, so
 * that reading a row (done for every row of every import) is a loop over plain arrays.
 */
export class RowReader {
  /** The list's columns present in the file, in the list's order: the order of ReadRow.values. */
  readonly columns: ColumnDef[];
  private readonly steps: Step[];
  private readonly dob: number;
  private readonly age: number;
  private readonly ageHeader: string;

  constructor(def: ListDef, header: HeaderMatch, private readonly ctx: RowContext) {
    this.columns = def.columns.filter((c) => header.present.has(c.key));
    const index = new Map(this.columns.map((c, i) => [c.key, i]));
    this.steps = header.slots.map((slot): Step => {
      if (!slot || 'unnamed' in slot) return { at: 'unnamed' };
      if ('repeated' in slot) return { at: 'repeated' };
      if ('extra' in slot) return { at: 'extra', name: slot.extra };
      return { at: 'column', column: slot.column, header: slot.header, index: index.get(slot.column.key)! };
    });
    this.dob = index.get('dob') ?? -1;
    this.age = index.get('age_years') ?? -1;
    this.ageHeader = (header.slots.find((s) => s && 'column' in s && s.column.key === 'age_years') as { header: string } | undefined)?.header ?? '';
  }

  /** The row read, or null for a row with nothing in it (all blank), which is skipped. */
  read(cells: RawCell[]): ReadRow | null {
    const out: ReadRow = { values: new Array<Stored>(this.columns.length).fill(null), extra: null, errors: [], warnings: [], unnamed: [] };
    const width = Math.max(cells.length, this.steps.length);
    let blank = true;
    for (let i = 0; i < width; i++) {
      const step = i < this.steps.length ? this.steps[i] : null;
      const cell = i < cells.length ? cells[i] ?? null : null;
      // Each cell is looked at once, for the row and for whether the row is blank (this runs for every cell).
      if (isBlank(cell)) {
        if (step !== null && step.at === 'column' && step.column.required) out.errors.push({ column: step.header, message: 'Required, but blank' });
        continue;
      }
      blank = false;
      if (step === null || step.at === 'unnamed') {
        out.unnamed.push(i);
        continue;
      }
      if (step.at === 'repeated') continue;
      if (step.at === 'extra') {
        (out.extra ??= {})[step.name] = cellText(cell);
        continue;
      }
      if (typeof cell === 'object' && cell !== null && 'excelError' in cell) {
        // #REF!, #VALUE! ...: whatever the cell should hold is unknown (#N/A is blank, above).
        out.errors.push({ column: step.header, message: `The cell holds the Excel error ${cell.excelError}, not a value` });
        continue;
      }
      out.values[step.index] = readCell(step.column, step.header, cell, this.ctx, out);
    }
    if (blank) return null;
    if (this.dob >= 0 && this.age >= 0) this.ageMatchesBirth(out);
    return out;
  }

  /** Age of Child (Years) should be the completed years from Date of Birth to the as-at date. */
  private ageMatchesBirth(out: ReadRow): void {
    const dob = out.values[this.dob];
    const age = out.values[this.age];
    const asAt = this.ctx.asAt;
    if (!dob || !age || dob > asAt) return;
    // ageAt (src/domain/calendar) on two 'YYYY-MM-DD' dates, without parsing them again: the
    // completed years are the difference of the years, less one before the birthday ('MM-DD').
    const years = Number(asAt.slice(0, 4)) - Number(dob.slice(0, 4)) - (asAt.slice(5) < dob.slice(5) ? 1 : 0);
    if (years !== Number(age)) {
      out.warnings.push({ column: this.ageHeader,
        message: `Does not match Date of Birth: the age at the as-at date ${ukDate(asAt)} is different` });
    }
  }
}

/** A row with nothing in it (all blank) is skipped; before the header (after it, RowReader.read says so). */
export function isBlankRow(cells: RawCell[]): boolean {
  for (const c of cells) if (!isBlank(c)) return false;
  return true;
}
