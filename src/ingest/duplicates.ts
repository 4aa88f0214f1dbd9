// Which rows of a list might repeat an earlier one, cheaply and in bounded memory.
//
// Rows identical in every column are one row (indicators.md, Conventions). Finding them exactly
// takes a pass over the stored list in the database (load.ts removeDuplicates), which costs about
// as much as loading it. Most extracts have no duplicates, so while reading, each row's stored
// values are reduced to a 64-bit fingerprint kept in a hash set: a repeated row always repeats its
// fingerprint, and two different rows share one with a chance of about one in 10^10 for a list of
// 100,000 rows. Only a list with a repeated fingerprint is searched exactly, so a false alarm costs
// time, never a wrong answer. Past MAX_ROWS rows (16 bytes each) the set stops growing and the
// list is searched exactly: memory stays bounded whatever the file's size.
const MAX_ROWS = 1 << 21;
const FIRST_SLOTS = 1 << 12;

export class FingerprintSet {
  /** Fingerprints as pairs of 32-bit halves; a pair (0, 0) is an empty slot. */
  private table = new Int32Array(FIRST_SLOTS * 2);
  private size = 0;
  /**
   * Whether some row may repeat an earlier one, or the list is too long to follow: either way it
   * is searched exactly, and nothing more needs noting.
   */
  maybe = false;

  /** Notes a row's fingerprint (see load.ts RowEncoder): h1 and h2, its two 32-bit halves. */
  add(h1: number, h2: number): void {
    if (this.maybe) return;
    h2 |= 1; // never 0, so (h1, h2) is never an empty slot
    if (this.insert(h1, h2) || ++this.size >= MAX_ROWS) this.maybe = true;
    else if (this.size * 2 > this.table.length / 2) this.grow();
  }

  /** True when (h1, h2) was already there. */
  private insert(h1: number, h2: number): boolean {
    const t = this.table;
    const mask = (t.length >> 1) - 1;
    for (let slot = (h1 ^ (h2 >>> 7)) & mask; ; slot = (slot + 1) & mask) {
      const a = t[slot * 2];
      const b = t[slot * 2 + 1];
      if (a === 0 && b === 0) {
        t[slot * 2] = h1;
        t[slot * 2 + 1] = h2;
        return false;
      }
      if (a === h1 && b === h2) return true;
    }
  }

  /** Doubles the table, keeping it at most half full. */
  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] !== 0 || old[i + 1] !== 0) this.insert(old[i], old[i + 1]);
    }
  }
}
