// Reading an uploaded plan spreadsheet into rows of text: an Excel workbook (.xlsx, the sheet named
// "Plan" or else the first) or a CSV (UTF-8, or Windows-1252 from older Excel). Dates written as
// dates in Excel come back as 'YYYY-MM-DD'; every other value as the text the cell shows.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import iconv from 'iconv-lite';

export class SheetError extends Error {}

export const MAX_SHEET_BYTES = 5 * 1024 * 1024;

export async function readSheet(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  if (bytes.length === 0) throw new SheetError('The selected file is empty');
  if (bytes.length > MAX_SHEET_BYTES) throw new SheetError('The selected file must be smaller than 5 MB');
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1].toLowerCase();
  if (ext === 'xlsx') return readXlsx(bytes);
  if (ext === 'csv') return readCsv(bytes);
  throw new SheetError('The selected file must be an Excel workbook (.xlsx) or a CSV file');
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as any);
  } catch {
    throw new SheetError('The selected file could not be read as an Excel workbook: save it as .xlsx and try again');
  }
  const sheet = wb.getWorksheet('Plan') ?? wb.worksheets[0];
  if (!sheet) throw new SheetError('The workbook has no sheets');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    rows[n - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);   // exceljs reads date cells as UTC midnight
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return '';
    return '';
  }
  return String(v);
}

function readCsv(bytes: Uint8Array): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = iconv.decode(Buffer.from(bytes), 'win1252');
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false });
  const bad = parsed.errors.find((e) => e.type === 'Quotes');
  if (bad) throw new SheetError(`Row ${(bad.row ?? 0) + 1} of the CSV file has a quote that is never closed`);
  return parsed.data;
}
