/**
 * XLSX (a spreadsheet of the form) to the neutral document model, through exceljs, which keeps merged cells: each
 * sheet's used range becomes one table (its rows as the spreadsheet numbers them), under a heading paragraph with
 * the sheet's name. A horizontally merged range is one cell spanning its columns; the cells a vertical merge covers
 * are marked `mergedFromAbove`, as the DOCX reader marks them. Before exceljs sees the bytes, the zip guard checks
 * them as it checks a DOCX (zip bombs, crafted entries, checksums).
 */
import type { Block, Cell, Row } from '../document.js';
import { unreadable, type ReadResult } from '../read-result.js';
import type { ReaderLimits } from '../readers.js';
import { checkZip } from '../zip/zip-guard.js';

/** Cells beyond this many columns or rows of one sheet are not a self-assessment's (a runaway used range). */
const MAX_COLUMNS = 64;
const MAX_ROWS = 20_000;

interface ExcelCell {
  text: string;
  isMerged: boolean;
  master: ExcelCell;
  address: string;
  row: number;
  col: number;
}
interface ExcelRow {
  number: number;
  getCell(col: number): ExcelCell;
}
interface ExcelSheet {
  name: string;
  state?: string;
  actualColumnCount: number;
  columnCount: number;
  eachRow(options: { includeEmpty: boolean }, callback: (row: ExcelRow, rowNumber: number) => void): void;
}

/** A cell's text as the sheet shows it: line breaks kept, spaces tidied. */
const cellText = (cell: ExcelCell): string =>
  String(cell.text ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .trim();

function sheetRows(sheet: ExcelSheet, sheetNumber: number): Row[] {
  const width = Math.min(MAX_COLUMNS, Math.max(sheet.columnCount, sheet.actualColumnCount));
  const rows: Row[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rows.length >= MAX_ROWS) return;
    const cells: Cell[] = [];
    for (let col = 1; col <= width; col++) {
      const cell = row.getCell(col);
      const master = cell.isMerged ? cell.master : cell;
      if (master.address !== cell.address) {
        // Covered by a merge: to the right of its master (the master spans it), or below it (merged from above).
        if (master.row === cell.row) {
          const last = cells[cells.length - 1];
          if (last) last.colSpan = (last.colSpan ?? 1) + 1;
          continue;
        }
        cells.push({ text: '', mergedFromAbove: true });
        continue;
      }
      cells.push({ text: cellText(cell) });
    }
    // Trailing empty cells are the used range's, not the row's.
    while (cells.length > 0 && cells[cells.length - 1]?.text === '' && !cells[cells.length - 1]?.mergedFromAbove)
      cells.pop();
    if (cells.some((c) => c.text !== '')) rows.push({ cells, location: { sheet: sheetNumber, row: rowNumber } });
  });
  return rows;
}

export async function readXlsx(bytes: Uint8Array, limits: ReaderLimits): Promise<ReadResult> {
  if (bytes.length > limits.maxBytes) return unreadable('too-large', 'the spreadsheet is over the size limit');
  const zip = checkZip(bytes, {
    maxExpandedBytes: limits.maxExpandedBytes,
    kind: { label: 'XLSX', name: 'an Excel workbook (.xlsx)', part: 'xl/' },
  });
  if (!zip.ok) return zip;
  let sheets: ExcelSheet[];
  let title: string | undefined;
  try {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
    sheets = workbook.worksheets as unknown as ExcelSheet[];
    title = workbook.title || undefined;
  } catch {
    return unreadable('corrupt', 'cannot read the XLSX (the workbook is damaged)');
  }
  const blocks: Block[] = [];
  let table = 0;
  sheets.forEach((sheet, i) => {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') return;
    const rows = sheetRows(sheet, i + 1);
    if (rows.length === 0) return;
    table++;
    blocks.push({ kind: 'paragraph', text: sheet.name, heading: 2, location: { sheet: i + 1 } });
    blocks.push({ kind: 'table', rows, location: { sheet: i + 1, table } });
  });
  if (blocks.length === 0) return unreadable('empty', 'the workbook has no cells with text');
  return { ok: true, document: { format: 'xlsx', blocks, ...(title ? { title } : {}) } };
}
