// Which rows of a list might repeat an earlier one, in fixed memory whatever the file's size.
//
// Rows identical in every column are one row (indicators.md, Conventions). Finding them exactly
// takes a pass over the stored list in the database (load.ts removeDuplicates), which costs about
// as much as loading it. Most extracts have no duplicates, so while reading, a Bloom filter of the
// rows' stored text answers "certainly new" or "maybe seen before": it never misses a repeat, and
// only a list with some "maybe" is searched exactly. 8 MB of bits and four probes: for a list of
// 100,000 rows a false "maybe" has a chance of about one in a million; for ten million rows one is
// likely, which only means that list is searched.
const BITS_LOG2 = 26;
const MASK = (1 << BITS_LOG2) - 1;
const PROBES = 4;

export class DuplicateFilter {
  private readonly bits = new Int32Array(1 << (BITS_LOG2 - 5));
  /** Rows that may repeat an earlier row. */
  maybe = 0;

  /** Adds a row's stored text; true when it may have been seen before. */
  add(text: string): boolean {
    // Two 32-bit hashes (FNV-1a and a multiply-rotate mix) combined by double hashing.
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul((h2 ^ c) << 13 | (h2 ^ c) >>> 19, 0x5bd1e995);
    }
    h2 |= 1;
    let seen = true;
    for (let k = 0; k < PROBES; k++) {
      const bit = (h1 + Math.imul(k, h2)) & MASK;
      const word = bit >>> 5;
      const flag = 1 << (bit & 31);
      if (!(this.bits[word] & flag)) {
        seen = false;
        this.bits[word] |= flag;
      }
    }
    if (seen) this.maybe++;
    return seen;
  }
}
