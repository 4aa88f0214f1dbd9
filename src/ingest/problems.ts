// Problems found in an import: errors (nothing is stored) and warnings (stored with the snapshot).
// Each names the file, the list, the 1-based row as a spreadsheet user sees it (header = 1), the
// column header and what was wrong (annex-a-input.md, "Bad input"). Never the value itself.

/** Problems returned to the caller, of each kind. */
export const MAX_KEPT = 1000;
/** Warnings stored with a snapshot; beyond this one more says how many were not stored. */
export const MAX_STORED_WARNINGS = 100_000;

export interface Problem {
  file: string;
  list: number | null;
  row: number | null;
  column: string | null;
  message: string;
}

/** `file, list N, row R, column "C": reason`, leaving out the parts a problem does not have. */
export function formatProblem(p: Problem): string {
  const where = [p.file];
  if (p.list !== null) where.push(`list ${p.list}`);
  if (p.row !== null) where.push(`row ${p.row}`);
  if (p.column !== null) where.push(`column "${p.column}"`);
  return `${where.join(', ')}: ${p.message}`;
}

/** Keeps the first `keep` problems and counts all of them: a broken file must not fill memory. */
export class ProblemList {
  readonly kept: Problem[] = [];
  count = 0;

  constructor(readonly keep: number) {}

  add(p: Problem): void {
    this.count++;
    if (this.kept.length < this.keep) this.kept.push(p);
  }
}
