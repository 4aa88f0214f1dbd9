// Caps on text length, the same in validation and in the database CHECK constraints
// (src/db/migrations/004_intervention.sql): generous for real documents, small enough that a
// mistaken paste of a whole report into a name field is refused.
export const LIMITS = {
  /** Names, titles, organisations, references. */
  short: 200,
  /** A legal basis, a source note, a list of inspectors, a service area. */
  line: 500,
  /** A recommendation, a finding, an instruction, a clause. */
  paragraph: 5_000,
  /** A summary, findings of a diagnostic review, terms of reference. */
  document: 50_000,
  /** The full text of an Ofsted letter. */
  letter: 100_000,
} as const;

/** Pseudonymous case references: letters, digits, '-' and '/', no spaces — so no name fits. */
export const CASE_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9/-]{0,29}$/;
