/**
 * An XLSX case log through exceljs: the first worksheet, its first non-empty row the header. A date cell comes
 * through as a Date (exceljs reads the cell's number format), a date typed as a number as its Excel serial,
 * rich text and formulas as their text and result. Loaded only for XLSX input, so CSV runs never pay for exceljs.
 */
import ExcelJS from 'exceljs';
import { caseFailure, type CaseFailure } from './failures.js';
import type { CellValue, LogItem, LogSource } from './read-log.js';

function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

export async function readXlsx(path: string): Promise<LogSource | CaseFailure> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    return caseFailure('unreadable', `not a readable XLSX workbook (${(e as Error).message.split('\n')[0]})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return caseFailure('unreadable', 'the workbook has no worksheet');
  const rows: { line: number; cells: CellValue[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    // row.values is 1-based: index 0 is always empty.
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellValue);
    if (values.some((v) => v !== null && String(v).trim() !== '')) rows.push({ line: row.number, cells: values });
  });
  const header = rows.shift();
  if (!header) return caseFailure('unreadable', 'no rows: not even a header');
  const headers = header.cells.map((c) => (c === null ? '' : String(c).trim()));
  async function* items(): AsyncGenerator<LogItem[]> {
    // A row may stop early (trailing blank cells are not stored); longer than the header is malformed.
    yield rows.map((row) =>
      row.cells.length > headers.length
        ? { line: row.line, problem: `${row.cells.length} cells where the header has ${headers.length}` }
        : { line: row.line, cells: [...row.cells, ...Array<CellValue>(headers.length - row.cells.length).fill(null)] },
    );
  }
  return { ok: true, format: 'xlsx', headers, rows: items() };
}
