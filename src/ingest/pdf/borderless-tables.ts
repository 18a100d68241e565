/**
 * Borderless tables, rebuilt from text positions. A table starts at a header line (column labels on one
 * baseline, see header-labels.ts); the labels' x positions are the column starts. Following lines belong to the
 * table while they fit those columns, keep the font size and follow without a large gap. A new row starts where
 * the first column holds a provision id (6.13) or where text appears in the first column after a vertical gap.
 * A table still open at the bottom of a page continues on the next page when the first lines there fit its
 * columns (with or without a repeated header line). A page with no header line at all can still hold a table
 * when several lines start with a provision id and agree on their column starts (see inferColumns).
 */
import type { Cell, Row } from '../document.js';
import { looksLikeHeader } from './header-labels.js';
import { onDefaultTabStops } from './tab-gaps.js';
import { PROVISION_ID, cellText, firstLine, fragments } from './text-lines.js';
import type { PageTable, TextLine, TextPiece } from './types.js';

interface Columns {
  starts: number[];
  /** Body font size. */
  size: number;
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] ?? 0) : 0;
};

/** Column index of a piece: the last column starting at or before it (with a little slack). */
const columnOf = (cols: Columns, p: TextPiece): number => {
  let j = 0;
  while (j + 1 < cols.starts.length && p.x >= (cols.starts[j + 1] ?? Infinity) - 0.5 * cols.size) j++;
  return j;
};

export function headerColumns(line: TextLine): Columns | undefined {
  const frags = fragments(line);
  if (!looksLikeHeader(frags.map((f) => f.text)) || onDefaultTabStops(frags.map((f) => f.x))) return undefined;
  return { starts: frags.map((f) => f.x), size: line.size };
}

/**
 * Does the line sit in the table's columns (nothing left of
 * the first column, nothing running across two column starts)?
 */
function fits(cols: Columns, line: TextLine): boolean {
  if (line.size > cols.size * 1.35 || line.size < cols.size * 0.7) return false;
  return line.pieces.every((p) => {
    if (p.x < (cols.starts[0] ?? 0) - cols.size) return false;
    const next2 = cols.starts[columnOf(cols, p) + 2];
    return next2 === undefined || p.x + p.width <= next2;
  });
}

const gap = (above: TextLine, below: TextLine): number => below.top - above.bottom;

function col0Text(cols: Columns, line: TextLine): string {
  return line.pieces
    .filter((p) => columnOf(cols, p) === 0)
    .map((p) => p.str)
    .join(' ')
    .trim();
}

/** Lines after the header line that still belong to the header row: wrapped labels in the header's font. */
function headerLength(lines: TextLine[], rowGap: number): number {
  const fonts = new Set(lines[0]?.pieces.map((p) => p.font));
  let k = 1;
  while (k < lines.length) {
    const line = lines[k] as TextLine;
    if (gap(lines[k - 1] as TextLine, line) > rowGap || !line.pieces.every((p) => fonts.has(p.font))) break;
    k++;
  }
  return k;
}

/**
 * Splits a table's lines into rows: the index of each row's first line. The header row is the header line and
 * its wrapped labels. Body rows start at anchors (see the module comment): at the anchor line itself, unless
 * the anchor follows its previous line closely while a clear row gap comes a little earlier, in which case the
 * row's other cells start above its (vertically centred) id. Body lines before the first row start (the rest of
 * a row split by a page break) form a row of their own.
 */
function rowStarts(cols: Columns, lines: TextLine[], startsWithHeader: boolean): number[] {
  const gaps = lines.slice(1).map((l, i) => gap(lines[i] as TextLine, l));
  const gapBefore = (k: number) => gaps[k - 1] ?? 0;
  const rowGap = Math.max(median(gaps.filter((g) => g > -cols.size)) + 0.4 * cols.size, 0.5 * cols.size);
  const bodyFrom = startsWithHeader ? headerLength(lines, rowGap) : 0;
  const starts: number[] = startsWithHeader ? [0] : [];
  let floor = bodyFrom;
  for (let k = bodyFrom; k < lines.length; k++) {
    const text = col0Text(cols, lines[k] as TextLine);
    if (!text || !(k === bodyFrom || PROVISION_ID.test(text) || gapBefore(k) > rowGap)) continue;
    let start = k;
    if (k > floor && gapBefore(k) <= rowGap) {
      for (let s = k - 1; s >= floor && s > 0; s--) {
        if (gapBefore(s) > rowGap) {
          start = s;
          break;
        }
      }
    }
    if (!starts.length || start > (starts[starts.length - 1] ?? -1)) starts.push(start);
    floor = k + 1;
  }
  if (bodyFrom < lines.length && !starts.includes(bodyFrom)) starts.push(bodyFrom);
  return [...new Set(starts)].sort((a, b) => a - b);
}

/**
 * Column starts moved left to where the body text of a column really starts, for labels centred over their
 * column: when body text runs across a label's x without starting near the previous column's start, the column
 * starts where that run of text starts.
 */
function refineStarts(cols: Columns, body: readonly TextPiece[]): Columns {
  const spans = body.map((p) => [p.x, p.x + p.width] as const).sort((a, b) => a[0] - b[0]);
  const runs: [number, number][] = [];
  for (const [from, to] of spans) {
    const last = runs[runs.length - 1];
    if (last && from <= last[1] + 0.3 * cols.size) last[1] = Math.max(last[1], to);
    else runs.push([from, to]);
  }
  const starts = cols.starts.map((x, j) => {
    const prev = cols.starts[j - 1];
    if (prev === undefined) return x;
    const run = runs.find(([from, to]) => from < x - 0.5 * cols.size && to > x);
    return run && run[0] > prev + cols.size ? run[0] : x;
  });
  return { starts, size: cols.size };
}

function buildTable(page: number, cols: Columns, lines: TextLine[], startsWithHeader: boolean): PageTable {
  const starts = rowStarts(cols, lines, startsWithHeader);
  const body = lines.slice(startsWithHeader ? (starts[1] ?? lines.length) : 0).flatMap((l) => l.pieces);
  const assign = refineStarts(cols, body);
  const rows: Row[] = starts.map((start, n) => {
    const end = starts[n + 1] ?? lines.length;
    const pieces = lines.slice(start, end).flatMap((l) => l.pieces);
    const byColumn = cols.starts.map((): TextPiece[] => []);
    for (const p of pieces) byColumn[columnOf(assign, p)]?.push(p);
    const cells: Cell[] = byColumn.map((ps) => ({ text: cellText(ps) }));
    const row: Row = { cells, location: { page, line: firstLine(pieces) ?? 1 } };
    if (n === 0 && startsWithHeader) row.header = true;
    return row;
  });
  return { page, top: lines[0]?.top ?? 0, bottom: lines[lines.length - 1]?.bottom ?? 0, columns: cols.starts, rows };
}

/**
 * Columns for a table without a header line: from lines that start with a provision id and hold at least
 * two more separate runs of text, when at least two such lines agree on where their columns start.
 */
export function inferColumns(lines: readonly TextLine[]): Columns | undefined {
  const rows = lines.map(fragments).filter((f) => f.length >= 3 && PROVISION_ID.test(f[0]?.text ?? ''));
  if (rows.length < 2) return undefined;
  const size = median(lines.map((l) => l.size));
  const xs = rows.flatMap((f) => f.map((x) => x.x)).sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const x of xs) {
    const last = clusters[clusters.length - 1];
    if (last && x - (last[last.length - 1] ?? x) <= size) last.push(x);
    else clusters.push([x]);
  }
  const starts = clusters.filter((c) => c.length >= Math.max(1, 0.2 * rows.length)).map((c) => c[0] ?? 0);
  return starts.length >= 3 && !onDefaultTabStops(starts) ? { starts, size } : undefined;
}

const startsHeaderless = (cols: Columns | undefined, line: TextLine): boolean => {
  const f = fragments(line);
  return cols !== undefined && f.length >= 2 && PROVISION_ID.test(f[0]?.text ?? '') && fits(cols, line);
};

export interface BorderlessPage {
  tables: PageTable[];
  /** Lines outside the tables. */
  rest: TextLine[];
}

/**
 * Finds borderless tables on one page. `open` is the table still open at the bottom of the previous page, if
 * any; the result's `open` is the one left open at the bottom of this page.
 */
export function findBorderlessTables(
  page: number,
  lines: readonly TextLine[],
  open: Columns | undefined,
): BorderlessPage & { open: Columns | undefined } {
  const tables: PageTable[] = [];
  const rest: TextLine[] = [];
  let current: { cols: Columns; lines: TextLine[]; header: boolean } | undefined;
  const inferred = lines.some(headerColumns) ? undefined : inferColumns(lines);
  const first = lines[0];
  if (open && first && !headerColumns(first) && fits(open, first)) current = { cols: open, lines: [], header: false };
  /** `more`: lines follow on this page. A header line with none of them under it is text (a flattened table's). */
  const close = (more: boolean) => {
    if (more && current?.header && current.lines.length === 1) rest.push(...current.lines);
    else if (current?.lines.length) tables.push(buildTable(page, current.cols, current.lines, current.header));
    current = undefined;
  };
  for (const line of lines) {
    const header = headerColumns(line);
    if (current) {
      const prev = current.lines[current.lines.length - 1];
      const continues = !header && fits(current.cols, line) && (!prev || gap(prev, line) <= 1.8 * current.cols.size);
      if (continues) {
        current.lines.push(line);
        continue;
      }
      close(true);
    }
    if (header) current = { cols: header, lines: [line], header: true };
    else if (inferred && startsHeaderless(inferred, line)) current = { cols: inferred, lines: [line], header: false };
    else rest.push(line);
  }
  const stillOpen = current ? current.cols : undefined;
  close(false);
  return { tables, rest, open: stillOpen };
}

export type { Columns };
