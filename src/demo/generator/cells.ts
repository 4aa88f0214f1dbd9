// How the generator writes values into cells, with a little realistic variety: Ofsted's coded
// option most of the time, sometimes the bare label or code; dates as dd/mm/yyyy, a few as
// dd-mm-yyyy or d/m/yyyy; a few optional cells left blank. Every choice hangs on the record and the
// column, so a record looks the same in every monthly extract.
import { type Day, NEVER, ukDate, ymd } from './calendar.ts';
import { type Spellings, YES, NO } from './codes.ts';
import { hashUnit } from './prng.ts';

export class Cells {
  constructor(private readonly seed: number) {}

  private unit(key: number, column: number): number {
    return hashUnit(this.seed, key, column);
  }

  /** One of a value's spellings: the first three times in four, the others the rest. */
  spell(spellings: Spellings, key: number, column: number): string {
    const u = this.unit(key, column);
    const i = u < 0.75 ? 0 : u < 0.93 ? 1 : 2;
    return spellings[Math.min(i, spellings.length - 1)];
  }

  yesNo(value: boolean, key: number, column: number): string {
    return this.spell(value ? YES : NO, key, column);
  }

  /** A date, or '' for NEVER. */
  date(day: Day, key: number, column: number): string {
    if (day === NEVER) return '';
    const u = this.unit(key, column + 500);
    if (u < 0.003) return ukDate(day, '-');
    if (u < 0.005) {
      const { y, m, d } = ymd(day);
      return `${d}/${m}/${y}`;
    }
    return ukDate(day);
  }

  /** True for the small share of optional cells a busy practitioner left empty. */
  leftBlank(key: number, column: number, share: number): boolean {
    return this.unit(key, column + 900) < share;
  }
}
