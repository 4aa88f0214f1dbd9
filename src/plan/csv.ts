// Writing CSV (RFC 4180) for the plan's export: every field that holds a comma, a quote, a line
// break or surrounding spaces is quoted, quotes doubled; lines end CRLF; a byte-order mark first so
// that Excel reads UTF-8. Cells are neutralised against formula injection before they get here.
import { neutraliseCell } from '../domain/plan/cell-safety.ts';

export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map((c) => csvField(neutraliseCell(c))).join(',')).join('\r\n') + '\r\n';
}
