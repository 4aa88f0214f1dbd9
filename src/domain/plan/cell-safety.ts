// Spreadsheet formula injection: a cell whose text starts with =, +, - or @ (or a tab or carriage
// return, which some programs strip before reading the rest) can run as a formula when an exported
// file is opened. OWASP's advice: prefix such text with a single quote so it is shown as text.
// Importing reverses it, so an exported plan imports back unchanged.

const TRIGGER = /^[=+\-@\t\r]/;
// Text that already starts with quotes before a trigger character gets one more, so that restoring
// (which removes exactly one) gives back what was there: "'=x" → "''=x" → "'=x".
const QUOTED_TRIGGER = /^'*[=+\-@\t\r]/;

/** Text made safe to put in an exported cell. */
export function neutraliseCell(text: string): string {
  return QUOTED_TRIGGER.test(text) ? `'${text}` : text;
}

/** The text of an imported cell, with our own neutralising quote removed. */
export function restoreCell(text: string): string {
  return text.startsWith("'") && QUOTED_TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
}

export function isFormulaLike(text: string): boolean {
  return TRIGGER.test(text);
}
