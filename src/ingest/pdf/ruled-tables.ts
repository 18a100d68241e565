/**
 * Ruled (bordered) tables: grids from the page's rules, text placed into cells by position. A cell gets every
 * piece whose middle lies inside it, so a vertically centred "Yes" lands in its own row, and a vertically merged
 * cell's text goes to the cell where the merge starts (the rows below get `mergedFromAbove`).
 */
import type { Cell, Row } from '../document.js';
import { findAllGrids, gridBox, type Grid, type GridCell } from './grid.js';
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
  // One pass, no copies: called for each row without text of its own.
  let below = Infinity;
  let last = 1;
  for (const p of pieces) {
    if (p.y >= y && p.line < below) below = p.line;
    if (p.line > last) last = p.line;
  }
  return below === Infinity ? last : below;
}

/** The box of one grid cell. */
const cellBox = (grid: Grid, c: GridCell) => ({
  left: grid.xs[c.col] ?? 0,
  right: grid.xs[c.col + c.colSpan] ?? 0,
  top: grid.ys[c.row] ?? 0,
  bottom: grid.ys[c.row + c.rowSpan] ?? 0,
});

const within = (
  inner: { left: number; right: number; top: number; bottom: number },
  outer: { left: number; right: number; top: number; bottom: number },
): boolean =>
  inner.left >= outer.left - 1 &&
  inner.right <= outer.right + 1 &&
  inner.top >= outer.top - 1 &&
  inner.bottom <= outer.bottom + 1;

/**
 * A cell's text with any table nested in it read row by row, cell by cell (as a Word reader folds it),
 * between the lines above and below it; without a nested table, its lines in order.
 */
function cellTextWithNested(pieces: readonly TextPiece[], nested: readonly Grid[]): string {
  if (nested.length === 0) return cellText(pieces);
  const parts: { top: number; text: string }[] = [];
  let rest = [...pieces];
  for (const inner of nested) {
    const b = gridBox(inner);
    const mine = rest.filter((p) => {
      const [mx, my] = middle(p);
      return mx >= b.left && mx <= b.right && my >= b.top && my <= b.bottom;
    });
    const taken = new Set(mine);
    rest = rest.filter((p) => !taken.has(p));
    const lines: string[] = [];
    for (let band = 0; band + 1 < inner.ys.length; band++) {
      const texts = inner.cells
        .filter((c) => c.row === band)
        .sort((a, z) => a.col - z.col)
        .map((c) => {
          const box = cellBox(inner, c);
          return cellText(
            mine.filter((p) => {
              const [mx, my] = middle(p);
              return mx >= box.left && mx < box.right && my >= box.top && my < box.bottom;
            }),
          ).replace(/\s*\n\s*/g, ' ');
        })
        .filter(Boolean);
      if (texts.length > 0) lines.push(texts.join(' '));
    }
    parts.push({ top: b.top, text: lines.join('\n') });
  }
  // The cell's own lines, split around the nested tables by position.
  const tops = parts.map((p) => p.top).sort((a, z) => a - z);
  const groups = new Map<number, TextPiece[]>();
  for (const p of rest) {
    const k = tops.filter((t) => t <= middle(p)[1]).length;
    const group = groups.get(k);
    if (group) group.push(p);
    else groups.set(k, [p]);
  }
  const ordered: string[] = [];
  for (let k = 0; k <= tops.length; k++) {
    const own = groups.get(k);
    if (own) ordered.push(cellText(own));
    const part = parts.find((p) => p.top === tops[k]);
    if (k < tops.length && part?.text) ordered.push(part.text);
  }
  return ordered.filter(Boolean).join('\n');
}

function toRows(
  grid: Grid,
  owned: Map<GridCell, TextPiece[]>,
  page: number,
  allPieces: readonly TextPiece[],
  nested: readonly Grid[],
): Row[] {
  const rows: Row[] = [];
  // Each band's cells (those it starts and those merged into it from above), left to right, in one pass.
  const bands: GridCell[][] = Array.from({ length: Math.max(0, grid.ys.length - 1) }, () => []);
  for (const c of grid.cells) for (let band = c.row; band < c.row + c.rowSpan; band++) bands[band]?.push(c);
  const nestedBoxes = nested.map((n) => ({ grid: n, box: gridBox(n) }));
  for (let band = 0; band + 1 < grid.ys.length; band++) {
    const inBand = (bands[band] as GridCell[]).sort((a, b) => a.col - b.col);
    const cells: Cell[] = inBand.map((c) => {
      const box = cellBox(grid, c);
      const inner = nestedBoxes.filter((n) => within(n.box, box)).map((n) => n.grid);
      const cell: Cell =
        c.row === band ? { text: cellTextWithNested(owned.get(c) ?? [], inner) } : { text: '', mergedFromAbove: true };
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
  const { outer: grids, nested } = findAllGrids(hSegments, vSegments);
  if (!grids.length) return { tables: [], rest: [...pieces] };
  const owned = grids.map(() => new Map<GridCell, TextPiece[]>());
  const rest: TextPiece[] = [];
  const boxes = grids.map(gridBox);
  for (const p of pieces) {
    const [mx, my] = middle(p);
    const g = boxes.findIndex((b) => mx >= b.left - 1 && mx <= b.right + 1 && my >= b.top - 1 && my <= b.bottom + 1);
    const grid = grids[g];
    const cell = grid && cellAt(grid, slot(grid.ys, my), slot(grid.xs, mx));
    if (!grid || !cell) {
      rest.push(p);
      continue;
    }
    const map = owned[g] as Map<GridCell, TextPiece[]>;
    const list = map.get(cell);
    if (list) list.push(p);
    else map.set(cell, [p]);
  }
  const tables = grids
    .map((grid, i): PageTable => {
      const b = gridBox(grid);
      return {
        page,
        top: b.top,
        bottom: b.bottom,
        columns: grid.xs,
        rows: toRows(grid, owned[i] as Map<GridCell, TextPiece[]>, page, pieces, nested),
      };
    })
    .filter((t) => t.rows.length > 0);
  return { tables, rest };
}
