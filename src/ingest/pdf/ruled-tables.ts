/**
 * Ruled (bordered) tables: grids from the page's rules, text placed into cells by position. A cell gets every
 * piece whose middle lies inside it, so a vertically centred "Yes" lands in its own row, and a vertically merged
 * cell's text goes to the cell where the merge starts (the rows below get `mergedFromAbove`).
 */
import type { Cell, Row } from '../document.js';
import { findGrids, gridBox, type Grid, type GridCell } from './grid.js';
import { looksLikeHeader } from './header-labels.js';
import { cellText, firstLine } from './text-lines.js';
import type { HSegment, PageTable, TextPiece, VSegment } from './types.js';

/** Index of the last boundary at or before v (clamped to a valid band/column). */
const slot = (bounds: number[], v: number): number => {
  let i = 0;
  while (i + 2 < bounds.length && v >= (bounds[i + 1] ?? Infinity)) i++;
  return i;
};

const middle = (p: TextPiece): [number, number] => [p.x + p.width / 2, p.y - 0.3 * p.size];

function cellAt(grid: Grid, row: number, col: number): GridCell | undefined {
  return grid.cells.find((c) => row >= c.row && row < c.row + c.rowSpan && col >= c.col && col < c.col + c.colSpan);
}

/** Page line number for a row with no text: the first text line below its top. */
function lineBelow(pieces: readonly TextPiece[], y: number): number {
  const below = pieces.filter((p) => p.y >= y);
  return firstLine(below) ?? Math.max(1, ...pieces.map((p) => p.line));
}

function toRows(grid: Grid, owned: Map<GridCell, TextPiece[]>, page: number, allPieces: readonly TextPiece[]): Row[] {
  const rows: Row[] = [];
  for (let band = 0; band + 1 < grid.ys.length; band++) {
    const inBand = grid.cells
      .filter((c) => band >= c.row && band < c.row + c.rowSpan)
      .sort((a, b) => a.col - b.col);
    const cells: Cell[] = inBand.map((c) => {
      const cell: Cell = c.row === band ? { text: cellText(owned.get(c) ?? []) } : { text: '', mergedFromAbove: true };
      if (c.colSpan > 1) cell.colSpan = c.colSpan;
      if (c.row === band && c.rowSpan > 1) cell.rowSpan = c.rowSpan;
      return cell;
    });
    const plainEmpty = cells.every((c) => !c.text && !c.mergedFromAbove && !c.rowSpan);
    if (plainEmpty) continue;
    const starting = inBand.filter((c) => c.row === band).flatMap((c) => owned.get(c) ?? []);
    rows.push({ cells, location: { page, line: firstLine(starting) ?? lineBelow(allPieces, grid.ys[band] ?? 0) } });
  }
  // Header rows: rows near the top whose cells read like column headings (a title row may come first).
  for (const row of rows.slice(0, 3)) if (looksLikeHeader(row.cells.map((c) => c.text))) row.header = true;
  return rows;
}

/** Ruled tables on one page, and the pieces that are not in any of them. */
export function findRuledTables(
  page: number,
  pieces: readonly TextPiece[],
  hSegments: readonly HSegment[],
  vSegments: readonly VSegment[],
): { tables: PageTable[]; rest: TextPiece[] } {
  const grids = findGrids(hSegments, vSegments);
  if (!grids.length) return { tables: [], rest: [...pieces] };
  const owned = grids.map(() => new Map<GridCell, TextPiece[]>());
  const rest: TextPiece[] = [];
  for (const p of pieces) {
    const [mx, my] = middle(p);
    const g = grids.findIndex((grid) => {
      const b = gridBox(grid);
      return mx >= b.left - 1 && mx <= b.right + 1 && my >= b.top - 1 && my <= b.bottom + 1;
    });
    const grid = grids[g];
    const cell = grid && cellAt(grid, slot(grid.ys, my), slot(grid.xs, mx));
    if (!grid || !cell) {
      rest.push(p);
      continue;
    }
    const map = owned[g] as Map<GridCell, TextPiece[]>;
    map.set(cell, [...(map.get(cell) ?? []), p]);
  }
  const tables = grids
    .map((grid, i): PageTable => {
      const b = gridBox(grid);
      return { page, top: b.top, bottom: b.bottom, columns: grid.xs, rows: toRows(grid, owned[i] as Map<GridCell, TextPiece[]>, page, pieces) };
    })
    .filter((t) => t.rows.length > 0);
  return { tables, rest };
}
