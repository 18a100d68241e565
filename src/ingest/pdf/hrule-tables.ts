/**
 * Tables drawn with horizontal rules only: no vertical lines, cells often vertically centred (a "horizontal
 * borders only" table style, a design tool's table, a boxed list). The rows are the bands between consecutive
 * rules that start and end together; the columns come from the text's alignment across those rows, as the
 * "stream" modes of pdfplumber and Camelot find them: the x-extents of the text of every row that holds two or
 * more separate runs of text are merged, and a column gap is a vertical band that no such text crosses (however
 * narrow: a writer without cell padding leaves less than a space). Words a writer placed one by one stay one run
 * unless the next starts at a column's left edge.
 *
 * - A band of one run whose text crosses a column gap (a heading, a paragraph between two tables drawn with the
 *   same rules), or set in a heading's font size, is not part of the table: the stack of rules splits there. A
 *   row whose text runs into the next column (a long web address) does not close that column when the other
 *   rows agree on it.
 * - Between two rules, a blank line's height with no text across the width parts two rows (tables ruled only
 *   between their rows, one under the other).
 * - Lines just above the first rule or below the last one, when they sit in the columns and read as a header
 *   or fill two or more columns, are a row too (tables ruled only between their rows).
 * - A table that ends its page and one that starts the next page with rules of the same extent are one table:
 *   their columns are found over both, so the page holding only the rest of a split row gets them too.
 * - Rules and columns alone are a weak sign, so a table is only taken when it reads as part of a form: a header
 *   row, two rows whose first cell is a provision id, or three whose first cell is a form label (key/value
 *   cards). Rules that do not separate the rows (several ids in one band, a body without rules under a ruled
 *   header) and anything else stay text for the other readers, as before.
 */
import type { Row } from '../document.js';
import { mergeH } from './grid.js';
import { labelKind, looksLikeHeader } from './header-labels.js';
import { marginBand } from './page-furniture.js';
import { PROVISION_ID, cellText, firstLine, fragments, groupLines } from './text-lines.js';
import type { HSegment, PageTable, TextLine, TextPiece } from './types.js';

/** One page's text and horizontal rules outside its ruled tables. */
export interface RulePage {
  page: number;
  width: number;
  height: number;
  pieces: TextPiece[];
  hSegments: HSegment[];
  /** Vertical extents of the page's ruled tables. */
  ruled: { top: number; bottom: number }[];
}

type Span = [number, number];

interface Band {
  top: number;
  bottom: number;
  pieces: TextPiece[];
  /** The x-extents of its text (see runsOf). */
  runs: Span[];
  /** Its text lines' font sizes, and the top of the first and bottom of the last (for the cell padding). */
  lineSizes: number[];
  textTop: number;
  textBottom: number;
}

interface Group {
  page: number;
  x1: number;
  x2: number;
  bands: Band[];
  /** Column gaps found from this page alone (none when no band has two runs). */
  gaps: Span[];
  /** Body font size. */
  size: number;
  /** Left edges of its columns (see leftEdges). */
  edges: Edges;
  /** Rows go on below its last rule without rules between them: not a table ruled between its rows. */
  unruled?: boolean;
}

/** Rules of one table start and end together, within this. */
const EXTENT_TOL = 3;
/** Rules closer than this are one (a double rule). */
const SAME_RULE = 3;
/** A rule shorter than this share of the page width is an underline or a separator, not a table's. */
const MIN_RULE_SHARE = 0.25;
/** Pieces on one line closer than this (em) are one run of text. */
const JOIN = 0.5;
/** Runs closer than this (points) touch: a column gap is wider. */
const TOUCH = 0.05;
/** More long rules than this on a page (a drawing, a chart) and none is read as a table's. */
const MAX_RULES = 1000;
/**
 * A band set in a font size this far (share) from the table's is not one of its rows; for a band of one run of
 * text (a heading between two tables drawn with the same rules, "Stage 2"), a tenth.
 */
const SIZE_TOL = 0.25;
const SIZE_TOL_ONE_RUN = 0.1;

const mid = (p: TextPiece): [number, number] => [p.x + p.width / 2, p.y - 0.3 * p.size];

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] ?? 0) : 0;
};

/**
 * Column left edges: x ranges (within a point) where text starts, with nothing just left of it on its line, in
 * three rows or more.
 */
type Edges = readonly Span[];

function leftEdges(bands: readonly TextPiece[][]): Edges {
  const starts: { x: number; band: number }[] = [];
  bands.forEach((pieces, band) => {
    for (const line of groupLines(pieces)) {
      let right = -Infinity;
      for (const p of line.pieces) {
        if (p.x - right > JOIN * p.size) starts.push({ x: p.x, band });
        right = Math.max(right, p.x + p.width);
      }
    }
  });
  starts.sort((a, b) => a.x - b.x);
  const edges: Span[] = [];
  let cluster: { x: number; band: number }[] = [];
  const flush = () => {
    const first = cluster[0];
    const last = cluster[cluster.length - 1];
    if (first && last && new Set(cluster.map((c) => c.band)).size >= 3) edges.push([first.x, last.x]);
    cluster = [];
  };
  for (const s of starts) {
    if (cluster.length && s.x - (cluster[cluster.length - 1]?.x ?? s.x) > 1) flush();
    cluster.push(s);
  }
  flush();
  return edges;
}

const onEdge = (edges: Edges, x: number): boolean => edges.some(([a, b]) => x >= a - 0.5 && x <= b + 0.5);

/**
 * The x-extents of a band's text. On each line, pieces closer than half an em are one run (words a writer placed
 * one by one), unless the next one starts at a column's left edge (columns can sit closer than a space); the
 * lines' runs are then merged where they overlap, so a hole between runs, however narrow, is a hole.
 */
function runsOf(pieces: readonly TextPiece[], edges: Edges, lines = groupLines(pieces)): Span[] {
  const fragments: Span[] = [];
  for (const line of lines) {
    let current: Span | undefined;
    for (const p of line.pieces) {
      if (current && p.x <= current[1] + JOIN * p.size && (p.x < current[1] || !onEdge(edges, p.x)))
        current[1] = Math.max(current[1], p.x + p.width);
      else fragments.push((current = [p.x, p.x + p.width]));
    }
  }
  fragments.sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const [from, to] of fragments) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + TOUCH) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

function makeBand(top: number, bottom: number, pieces: TextPiece[], edges: Edges): Band {
  const lines = groupLines(pieces);
  return {
    top,
    bottom,
    pieces,
    runs: runsOf(pieces, edges, lines),
    lineSizes: lines.map((l) => sizeOf(l.pieces)),
    textTop: lines[0]?.top ?? top,
    textBottom: lines[lines.length - 1]?.bottom ?? bottom,
  };
}

const defining = (bands: readonly Band[]): Band[] => bands.filter((b) => b.runs.length >= 2);

/** The runs of several bands, each with its band's index, by where they start. */
type OwnedRun = { from: number; to: number; band: number };

const ownedRuns = (bands: readonly { runs: Span[] }[]): OwnedRun[] =>
  bands.flatMap((b, band) => b.runs.map(([from, to]) => ({ from, to, band }))).sort((a, b) => a.from - b.from);

/** The holes in the merged runs, leaving out those of the bands in `skip`. */
function holes(runs: readonly OwnedRun[], skip: ReadonlySet<number>): Span[] {
  const out: Span[] = [];
  let end: number | undefined;
  for (const r of runs) {
    if (skip.has(r.band)) continue;
    if (end !== undefined && r.from > end + TOUCH) out.push([end, r.from]);
    end = end === undefined ? r.to : Math.max(end, r.to);
  }
  return out;
}

/** Column gaps: the holes in the merged runs of the bands with two runs or more. */
export function columnGaps(bands: readonly { runs: Span[] }[]): Span[] {
  return holes(ownedRuns(bands.filter((b) => b.runs.length >= 2)), new Set());
}

const crosses = (runs: readonly Span[], gaps: readonly Span[]): boolean =>
  runs.some(([from, to]) => gaps.some(([a, b]) => from < a && to > b));

/**
 * Column gaps all rows but stray ones agree on: with four rows of two runs or more, a row whose text crosses a
 * gap every other row leaves open (a web address running into the next column) does not close it; the row is
 * still read, its pieces going to the column their middle falls in.
 */
export function consensusGaps(bands: readonly { runs: Span[] }[]): Span[] {
  const def = bands.filter((b) => b.runs.length >= 2);
  const runs = ownedRuns(def);
  if (def.length < 4) return holes(runs, new Set());
  const strays = new Set(def.flatMap((b, i) => (crosses(b.runs, holes(runs, new Set([i]))) ? [i] : [])));
  return holes(runs, strays.size * 4 <= def.length ? strays : new Set());
}

const sizeOf = (pieces: readonly TextPiece[]): number => median(pieces.map((p) => p.size));
const sizeOff = (pieces: readonly TextPiece[], runs: readonly Span[], size: number): boolean =>
  pieces.length > 0 && Math.abs(sizeOf(pieces) - size) > (runs.length < 2 ? SIZE_TOL_ONE_RUN : SIZE_TOL) * size;

/** Stacks of long rules that start and end together, top to bottom, narrowest stack first. */
function ruleStacks(segments: readonly HSegment[], width: number): { x1: number; x2: number; ys: number[] }[] {
  const long = mergeH(segments)
    .filter((s) => s.x2 - s.x1 >= MIN_RULE_SHARE * width)
    .sort((a, b) => a.y - b.y);
  if (long.length > MAX_RULES) return [];
  const stacks: { x1: number; x2: number; ys: number[] }[] = [];
  for (const s of long) {
    const stack = stacks.find((o) => Math.abs(o.x1 - s.x1) <= EXTENT_TOL && Math.abs(o.x2 - s.x2) <= EXTENT_TOL);
    if (!stack) stacks.push({ x1: s.x1, x2: s.x2, ys: [s.y] });
    else if (s.y - (stack.ys[stack.ys.length - 1] ?? -Infinity) > SAME_RULE) stack.ys.push(s.y);
  }
  return stacks.filter((s) => s.ys.length >= 2).sort((a, b) => a.x2 - a.x1 - (b.x2 - b.x1));
}

/** A band of one run whose text crosses the gaps (a stray row of two runs or more is read all the same). */
const crossesAll = (b: Band, def: readonly Band[], gaps: readonly Span[]): boolean =>
  !def.includes(b) && crosses(b.runs, gaps);

/** A band holding a line in a heading's font size (a heading above a header row drawn without a rule between). */
const headed = (b: Band, size: number): boolean => b.lineSizes.some((s) => Math.abs(s - size) > SIZE_TOL * size);

/**
 * Splits a stack's bands into groups at bands that cross the column gaps or change the font size, until every
 * group's own gaps hold (fewer bands can only open more gaps). Empty bands at either end are dropped.
 */
function splitStack(page: number, x1: number, x2: number, bands: Band[], edges: Edges): Group[] {
  let groups = [bands];
  for (let round = 0; round <= bands.length; round++) {
    const next: Band[][] = [];
    for (const g of groups) {
      const def = defining(g);
      if (def.length === 0) {
        next.push(g);
        continue;
      }
      const size = sizeOf(def.flatMap((b) => b.pieces));
      const gaps = consensusGaps(g);
      let current: Band[] = [];
      for (const b of g) {
        if (b.pieces.length > 0 && (crossesAll(b, def, gaps) || sizeOff(b.pieces, b.runs, size) || headed(b, size))) {
          next.push(current);
          current = [];
        } else current.push(b);
      }
      next.push(current);
    }
    const settled = next.filter((g) => g.some((b) => b.pieces.length > 0));
    const changed = settled.length !== groups.length;
    groups = settled;
    if (!changed) break;
  }
  return groups.map((g) => {
    let from = 0;
    let to = g.length;
    while (from < to && g[from]?.pieces.length === 0) from++;
    while (to > from && g[to - 1]?.pieces.length === 0) to--;
    const kept = g.slice(from, to);
    const def = defining(kept);
    const size = sizeOf((def.length ? def : kept).flatMap((b) => b.pieces));
    return { page, x1, x2, bands: kept, gaps: def.length ? consensusGaps(kept) : [], size, edges };
  });
}

const top = (g: Group): number => g.bands[0]?.top ?? 0;
const bottom = (g: Group): number => g.bands[g.bands.length - 1]?.bottom ?? 0;
const piecesOf = (g: Group): TextPiece[] => g.bands.flatMap((b) => b.pieces);

/** Column index of each piece: how many gap middles lie left of its middle. */
const columnOf = (gaps: readonly Span[], p: TextPiece): number =>
  gaps.filter(([a, b]) => mid(p)[0] > (a + b) / 2).length;

const cellsOf = (gaps: readonly Span[], pieces: readonly TextPiece[]): string[] => {
  const byColumn = Array.from({ length: gaps.length + 1 }, (): TextPiece[] => []);
  for (const p of pieces) byColumn[columnOf(gaps, p)]?.push(p);
  return byColumn.map((ps) => cellText(ps));
};

/**
 * Lines next to the group's first or last rule that make one more row: close to the rule (no further than the
 * table's own cell padding allows), in the table's columns and font size, and reading as a header (above) or
 * filling two or more columns (or, with `rest`, one: the rest of a row split by the page break, below the rule
 * under a repeated header). Taken from `free`; the group gets the row as an open band.
 */
function extend(g: Group, free: Set<TextPiece>, rest = false): void {
  if (g.gaps.length === 0) return;
  const size = g.size;
  const pads = g.bands.flatMap((b) => (b.pieces.length > 0 ? [b.textTop - b.top, b.bottom - b.textBottom] : []));
  const reach = Math.max(0, Math.min(...pads, size)) + JOIN * size;
  const candidates = groupLines([...free].filter((p) => mid(p)[0] >= g.x1 - 2 && mid(p)[0] <= g.x2 + 2));
  const take = (ordered: TextLine[], edge: number, up: boolean): TextLine[] => {
    const taken: TextLine[] = [];
    let at = edge;
    for (const line of ordered) {
      // Lines overlapping the ones taken (cells of the row centred on other baselines) are in the row.
      const distance = up ? at - line.bottom : line.top - at;
      if (distance > (taken.length ? 0.6 * size : reach)) break;
      const runs = runsOf(line.pieces, g.edges);
      if (crosses(runs, g.gaps) || sizeOff(line.pieces, runs, size)) break;
      taken.push(line);
      at = up ? Math.min(at, line.top) : Math.max(at, line.bottom);
    }
    return taken;
  };
  const rowOf = (lines: TextLine[], up: boolean): Band | undefined => {
    const pieces = lines.flatMap((l) => l.pieces);
    const cells = cellsOf(g.gaps, pieces);
    const filled = cells.filter((c) => c !== '').length;
    if (!(filled >= 2 || (up ? looksLikeHeader(cells) : rest && filled === 1))) return undefined;
    for (const p of pieces) free.delete(p);
    const extent = lines.map((l) => (up ? l.top : l.bottom));
    return up
      ? makeBand(Math.min(...extent) - 1, top(g), pieces, g.edges)
      : makeBand(bottom(g), Math.max(...extent) + 1, pieces, g.edges);
  };
  const above = take(
    candidates.filter((l) => l.bottom <= top(g) + 0.2 * size).sort((a, b) => b.bottom - a.bottom),
    top(g),
    true,
  );
  const head = above.length ? rowOf(above, true) : undefined;
  if (head) g.bands.unshift(head);
  const downward = candidates.filter((l) => l.top >= bottom(g) - 0.2 * size).sort((a, b) => a.top - b.top);
  const below = take(downward, bottom(g), false);
  const tail = below.length ? rowOf(below, false) : undefined;
  if (tail) {
    // A further row close under it, in the columns: the body goes on without rules (only the header is
    // ruled), which is the borderless reader's to read.
    const next = downward[below.length];
    const end = Math.max(...below.map((l) => l.bottom));
    const runs = next ? runsOf(next.pieces, g.edges) : [];
    if (next && next.top - end <= 1.5 * size && !crosses(runs, g.gaps) && !sizeOff(next.pieces, runs, size)) {
      g.unruled = true;
      for (const p of tail.pieces) free.add(p);
    } else g.bands.push(tail);
  }
  if (head || (tail && !g.unruled)) g.gaps = consensusGaps(g.bands);
}

/**
 * The rows between two rules: one, unless a blank line's height with no text across the whole width parts them
 * (two tables drawn with rules only between their rows, one under the other; rows set apart by space alone).
 * Cells centred on their row leave no such gap inside it.
 */
function splitAtBlankLines(
  top: number,
  bottom: number,
  pieces: TextPiece[],
): { top: number; bottom: number; pieces: TextPiece[] }[] {
  const lines = groupLines(pieces);
  const size = sizeOf(pieces);
  const out: { top: number; bottom: number; pieces: TextPiece[] }[] = [];
  let current: TextPiece[] = [];
  let from = top;
  let reach = -Infinity;
  for (const line of lines) {
    if (current.length > 0 && line.top - reach >= size) {
      const cut = (reach + line.top) / 2;
      out.push({ top: from, bottom: cut, pieces: current });
      current = [];
      from = cut;
    }
    current.push(...line.pieces);
    reach = Math.max(reach, line.bottom);
  }
  out.push({ top: from, bottom, pieces: current });
  return out;
}

/** Candidate groups of one page, top to bottom, and the pieces left outside them. */
function pageGroups(p: RulePage): { groups: Group[]; free: Set<TextPiece> } {
  const free = new Set(p.pieces);
  const groups: Group[] = [];
  for (const stack of ruleStacks(p.hSegments, p.width)) {
    const slices: { top: number; bottom: number; pieces: TextPiece[] }[] = [];
    const inStack = [...free].filter((piece) => {
      const [mx, my] = mid(piece);
      return mx >= stack.x1 - 2 && mx <= stack.x2 + 2 && my > (stack.ys[0] ?? 0);
    });
    for (let i = 0; i + 1 < stack.ys.length; i++) {
      const a = stack.ys[i] ?? 0;
      const b = stack.ys[i + 1] ?? 0;
      const mine = inStack.filter((piece) => {
        const my = mid(piece)[1];
        return my > a && my < b;
      });
      for (const piece of mine) free.delete(piece);
      slices.push(...splitAtBlankLines(a, b, mine));
    }
    const edges = leftEdges(slices.map((b) => b.pieces));
    const bands = slices.map((b) => makeBand(b.top, b.bottom, b.pieces, edges));
    const split = splitStack(p.page, stack.x1, stack.x2, bands, edges);
    // The stack's first band broken off (the rest of a split row, then a heading, under a rule that closes a
    // repeated header): the rule may still carry on a table from the page before, with no band of its own.
    const first = bands[0];
    if (first && first.pieces.length > 0 && !split.some((g) => g.bands.includes(first)))
      split.unshift({
        page: p.page,
        x1: stack.x1,
        x2: stack.x2,
        bands: [makeBand(first.top, first.top, [], edges)],
        gaps: [],
        size: sizeOf(first.pieces),
        edges,
      });
    // Bands split off (headings, paragraphs between tables) go back to the page's text.
    const inGroups = new Set(split.flatMap(piecesOf));
    for (const band of bands) for (const piece of band.pieces) if (!inGroups.has(piece)) free.add(piece);
    const kept: Group[] = [];
    for (const g of split) {
      extend(g, free);
      // A group that cannot be (part of) a form table gives its text back before a wider stack is read (a
      // stack of rules inside a table's cell, a frame around the page); one at the top or foot of its page
      // may be a piece of a table running over pages, decided once the pages are chained.
      const local = g.gaps.length > 0 && readsAsForm(g.bands.map((b) => cellsOf(g.gaps, b.pieces)));
      if (!g.unruled && (local || atEdge(p, g, 'top') || atEdge(p, g, 'bottom'))) kept.push(g);
      else for (const piece of piecesOf(g)) free.add(piece);
    }
    groups.push(...kept);
  }
  return { groups: groups.sort((a, b) => top(a) - top(b)), free };
}

/**
 * No text of the page (outside its margin bands) and no ruled table lies below the group, or above it; above,
 * the table's column labels repeated just over its first rule do not count.
 */
function atEdge(p: RulePage, g: Group, end: 'top' | 'bottom'): boolean {
  const depth = marginBand(p.height);
  const mine = new Set(piecesOf(g));
  if (p.ruled.some((t) => (end === 'bottom' ? t.top >= bottom(g) : t.bottom <= top(g)))) return false;
  const outside = p.pieces.filter((piece) => {
    if (mine.has(piece)) return false;
    const y = mid(piece)[1];
    return end === 'bottom' ? y > bottom(g) && y < p.height - depth : y < top(g) && y > depth;
  });
  if (outside.length === 0) return true;
  if (end === 'bottom') return false;
  const lines = groupLines(outside);
  const labels = lines.flatMap((l) => fragments(l).map((f) => f.text));
  const within = outside.every((piece) => piece.x >= g.x1 - g.size && piece.x + piece.width <= g.x2 + g.size);
  return within && (lines[0]?.top ?? 0) >= top(g) - 4 * g.size && looksLikeHeader(labels);
}

const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];

/** The next page's first group carries on this page's last one: same rule extent, columns that agree. */
const continues = (a: Group, b: Group): boolean =>
  Math.abs(a.x1 - b.x1) <= EXTENT_TOL &&
  Math.abs(a.x2 - b.x2) <= EXTENT_TOL &&
  (a.gaps.length === 0 ||
    b.gaps.length === 0 ||
    (a.gaps.length === b.gaps.length && a.gaps.every((gap, i) => overlaps(gap, b.gaps[i] ?? [0, 0]))));

/**
 * A first cell holding several rows' starts, one under the other: two provision ids, or labels of two kinds
 * ("Comply", "Evidence"; a wrapped label's next line, "and any explanations", starts in lower case). The rules
 * then do not separate the rows (a table ruled only above and below its body): it is left to the borderless
 * reader, which finds rows by their ids.
 */
function holdsSeveralRows(cell: string): boolean {
  const lines = cell.split('\n');
  if (lines.filter((l) => PROVISION_ID.test(l)).length >= 2) return true;
  const starts = lines.filter((l) => !/^\p{Ll}/u.test(l)).map((l) => labelKind(l));
  return new Set(starts.filter((k) => k !== undefined)).size >= 2;
}

/** A header row, two rows led by a provision id, or three led by a form label (key/value cards). */
function readsAsForm(rows: string[][]): boolean {
  if (rows.some((cells) => holdsSeveralRows(cells[0] ?? ''))) return false;
  if (rows.slice(0, 3).some((cells) => looksLikeHeader(cells))) return true;
  const firsts = rows.map((cells) => cells[0] ?? '');
  return (
    firsts.filter((t) => PROVISION_ID.test(t)).length >= 2 ||
    firsts.filter((t) => t.length <= 60 && labelKind(t) !== undefined).length >= 3
  );
}

function toTable(g: Group, gaps: Span[]): PageTable {
  const rows: Row[] = [];
  for (const band of g.bands) {
    if (band.pieces.length === 0) continue;
    const cells = cellsOf(gaps, band.pieces).map((text) => ({ text }));
    if (cells.every((c) => c.text === '')) continue;
    rows.push({ cells, location: { page: g.page, line: firstLine(band.pieces) ?? 1 } });
  }
  for (const row of rows.slice(0, 3)) if (looksLikeHeader(row.cells.map((c) => c.text))) row.header = true;
  return {
    page: g.page,
    top: top(g),
    bottom: bottom(g),
    columns: [g.x1, ...gaps.map(([a, b]) => (a + b) / 2), g.x2],
    rows,
  };
}

/**
 * Tables drawn with horizontal rules only, over the whole document (a table continues from page to page), and
 * each page's pieces left outside them.
 */
export function findHRuleTables(pages: readonly RulePage[]): { tables: PageTable[]; rest: TextPiece[][] } {
  const found = pages.map(pageGroups);
  // Chains of groups continuing from one page to the next.
  const chains: Group[][] = [];
  /** The chain whose last group ends its page. */
  let open: Group[] | undefined;
  found.forEach(({ groups }, n) => {
    const page = pages[n] as RulePage;
    const first = groups[0];
    const prev = open?.[open.length - 1];
    let rest = groups;
    if (open && prev && first && prev.page === page.page - 1 && atEdge(page, first, 'top') && continues(prev, first)) {
      open.push(first);
      rest = groups.slice(1);
    }
    let lastChain = rest.length === 0 ? open : undefined;
    for (const g of rest) chains.push((lastChain = [g]));
    const last = groups[groups.length - 1];
    open = last && atEdge(page, last, 'bottom') ? lastChain : undefined;
  });
  const tables: PageTable[] = [];
  const taken = new Set<TextPiece>();
  const freeOf = new Map(found.map(({ free }, n) => [pages[n]?.page ?? 0, free]));
  for (const chain of chains) {
    const withGaps = chain.filter((g) => g.gaps.length > 0);
    if (withGaps.length === 0) continue;
    let gaps = consensusGaps(chain.flatMap((g) => g.bands));
    if (gaps.length === 0 || withGaps.some((g) => g.gaps.length !== gaps.length)) continue;
    // A piece of the table with no columns of its own (the rest of a split row) reaches out with the chain's.
    const bare = chain.filter((g) => g.gaps.length === 0);
    const size = median(withGaps.map((g) => g.size));
    for (const g of bare) {
      g.gaps = gaps;
      g.size = size;
      const free = freeOf.get(g.page);
      if (!free) continue;
      // Its bands only up to one that crosses the chain's columns or holds a heading (then it is over).
      const cut = g.bands.findIndex(
        (b) => b.pieces.length > 0 && (crosses(b.runs, gaps) || sizeOff(b.pieces, b.runs, size) || headed(b, size)),
      );
      if (cut >= 0) {
        for (const b of g.bands.slice(cut)) for (const piece of b.pieces) free.add(piece);
        g.bands = cut > 0 ? g.bands.slice(0, cut) : [makeBand(top(g), top(g), [], g.edges)];
      }
      extend(g, free, true);
    }
    if (bare.length > 0) gaps = consensusGaps(chain.flatMap((g) => g.bands));
    const built = chain.map((g) => toTable(g, gaps));
    const rows = built.flatMap((t) => t.rows);
    // A header alone (its body drawn without rules) is no table of this kind.
    if (rows.every((r) => r.header) || !readsAsForm(rows.map((r) => r.cells.map((c) => c.text)))) continue;
    tables.push(...built.filter((t) => t.rows.length > 0));
    for (const g of chain) for (const piece of piecesOf(g)) taken.add(piece);
  }
  return { tables, rest: pages.map((p) => p.pieces.filter((piece) => !taken.has(piece))) };
}
