/**
 * An XLSX case log through exceljs, streamed: the first worksheet, its first non-empty row the header. A date
 * cell comes through as a Date (exceljs reads the cell's number format), a date typed as a number as its Excel
 * serial, rich text and formulas as their text and result. Loaded only for XLSX input: CSV runs never pay for
 * exceljs.
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

const BATCH = 1000;

const rowCells = (row: ExcelJS.Row): CellValue[] => (row.values as ExcelJS.CellValue[]).slice(1).map(cellValue);
const isBlank = (cells: readonly CellValue[]): boolean => cells.every((v) => v === null || String(v).trim() === '');

/** Streamed with exceljs's WorkbookReader: the first worksheet's rows as they are read, never the whole workbook. */
export async function readXlsx(path: string): Promise<LogSource | CaseFailure> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date cell from a number: without them every date would come out as its serial.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  let rows: AsyncGenerator<ExcelJS.Row>;
  let header: { line: number; cells: CellValue[] } | undefined;
  try {
    const sheet = await reader[Symbol.asyncIterator]().next();
    if (sheet.done) return caseFailure('unreadable', 'the workbook has no worksheet');
    rows = sheet.value[Symbol.asyncIterator]();
    for (;;) {
      const next = await rows.next();
      if (next.done) break;
      const cells = rowCells(next.value);
      if (!isBlank(cells)) {
        header = { line: next.value.number, cells };
        break;
      }
    }
  } catch (e) {
    return caseFailure('unreadable', `not a readable XLSX workbook (${(e as Error).message.split('\n')[0]})`);
  }
  if (!header) return caseFailure('unreadable', 'no rows: not even a header');
  const headers = header.cells.map((c) => (c === null ? '' : String(c).trim()));
  // A row may stop early (trailing blank cells are not stored); longer than the header is malformed.
  const item = (line: number, cells: CellValue[]): LogItem =>
    cells.length > headers.length
      ? { line, problem: `${cells.length} cells where the header has ${headers.length}` }
      : {
          line,
          cells:
            cells.length < headers.length
              ? [...cells, ...Array<CellValue>(headers.length - cells.length).fill(null)]
              : cells,
        };
  async function* items(): AsyncGenerator<LogItem[]> {
    let batch: LogItem[] = [];
    try {
      for (;;) {
        const next = await rows.next();
        if (next.done) break;
        const cells = rowCells(next.value);
        if (!isBlank(cells)) batch.push(item(next.value.number, cells));
        if (batch.length >= BATCH) {
          yield batch;
          batch = [];
        }
      }
    } catch (e) {
      batch.push({
        line: 0,
        problem: `the workbook could not be read past here: ${(e as Error).message.split('\n')[0]}`,
      });
    }
    if (batch.length > 0) yield batch;
  }
  return { ok: true, format: 'xlsx', headers, rows: items() };
}
