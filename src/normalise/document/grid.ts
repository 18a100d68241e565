/** Rows laid on a grid: each cell with the grid column it starts at and how many it spans. */
import type { Cell, Row } from '../../ingest/document.js';

export interface GridCell {
  readonly col: number;
  readonly span: number;
  readonly cell: Cell;
  /** Text with its line breaks kept, trailing spaces trimmed. */
  readonly text: string;
}

/**
 * Each row's grid cells, worked out once: header detection, card and heading tests and row collection all ask
 * for them, row by row. Rows are not changed once read, and callers do not change what they are given.
 */
const cellsOf = new WeakMap<Row, readonly GridCell[]>();

export function gridCells(row: Row): readonly GridCell[] {
  let out = cellsOf.get(row);
  if (!out) {
    const cells: GridCell[] = [];
    let col = 0;
    for (const cell of row.cells) {
      const span = Math.max(1, cell.colSpan ?? 1);
      cells.push({ col, span, cell, text: cell.text.replace(/[ \t]+$/gm, '').trim() });
      col += span;
    }
    out = cells;
    cellsOf.set(row, out);
  }
  return out;
}

export const gridWidth = (row: Row): number => row.cells.reduce((n, c) => n + Math.max(1, c.colSpan ?? 1), 0);

export const nonEmpty = (cells: readonly GridCell[]): GridCell[] => cells.filter((c) => c.text !== '');

/**
 * Whitespace (line breaks included) collapsed to single spaces: how every output value is written. A line
 * ending in a hyphen after a letter or digit and followed by a digit or lower-case letter is a word broken by
 * wrapping ("2024-03-" + "02") and is joined without a space, as the PDF reader joins it, so DOCX and PDF agree.
 */
export const collapseText = (text: string): string =>
  text
    .replace(/([\p{L}\p{N}]-)[ \t]*\n\s*(?=[\p{N}\p{Ll}])/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
