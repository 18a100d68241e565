/**
 * Table grids from ruling lines: connected rules form a table; its rows and columns come from where the
 * rules run, so a missing vertical rule inside a row is a column span and a missing horizontal rule inside a
 * column is a vertical merge. A grid lying wholly inside another one's cell (a nested table) is not a table of
 * its own: its text stays in the outer cell, read row by row. Single-column boxes (frames, text boxes) are not tables.
 */
import type { HSegment, VSegment } from './types.js';

export interface GridCell {
  /** Band (row) and column index of the top-left corner. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface Grid {
  /** Column boundaries left to right, band boundaries top to bottom. */
  xs: number[];
  ys: number[];
  cells: GridCell[];
}

/** Rules closer than this are the same rule; gaps shorter than this are joined. */
const TOL = 2;
/** Boundaries closer than this (double borders) are one. */
const CLUSTER = 3;

/** Joins collinear pieces of the same rule (sorted sweep, so a page full of strokes stays cheap). */
function mergeRuns<T>(
  segs: readonly T[],
  at: (s: T) => number,
  from: (s: T) => number,
  to: (s: T) => number,
  make: (at: number, from: number, to: number) => T,
): T[] {
  const sorted = [...segs].sort((a, b) => at(a) - at(b) || from(a) - from(b));
  const out: T[] = [];
  let group: T[] = [];
  const flush = () => {
    group.sort((a, b) => from(a) - from(b));
    let cur: { at: number; from: number; to: number } | undefined;
    for (const s of group) {
      if (cur && from(s) <= cur.to + TOL) cur.to = Math.max(cur.to, to(s));
      else {
        if (cur) out.push(make(cur.at, cur.from, cur.to));
        cur = { at: at(s), from: from(s), to: to(s) };
      }
    }
    if (cur) out.push(make(cur.at, cur.from, cur.to));
    group = [];
  };
  for (const s of sorted) {
    const first = group[0];
    if (first !== undefined && at(s) - at(first) > 1) flush();
    group.push(s);
  }
  flush();
  return out;
}

/** Horizontal rules with their collinear pieces joined. */
export const mergeH = (segs: readonly HSegment[]): HSegment[] =>
  mergeRuns(
    segs,
    (s) => s.y,
    (s) => s.x1,
    (s) => s.x2,
    (y, x1, x2) => ({ y, x1, x2 }),
  );
const mergeV = (segs: readonly VSegment[]): VSegment[] =>
  mergeRuns(
    segs,
    (s) => s.x,
    (s) => s.y1,
    (s) => s.y2,
    (x, y1, y2) => ({ x, y1, y2 }),
  );

const touches = (h: HSegment, v: VSegment): boolean =>
  v.x >= h.x1 - TOL && v.x <= h.x2 + TOL && h.y >= v.y1 - TOL && h.y <= v.y2 + TOL;

/** Groups of rules that touch each other. */
function components(h: HSegment[], v: VSegment[]): { h: HSegment[]; v: VSegment[] }[] {
  const parent = [...Array(h.length + v.length).keys()];
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  h.forEach((hs, i) =>
    v.forEach((vs, j) => {
      if (touches(hs, vs)) parent[find(i)] = find(h.length + j);
    }),
  );
  const groups = new Map<number, { h: HSegment[]; v: VSegment[] }>();
  const group = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { h: [], v: [] }));
    return g;
  };
  h.forEach((s, i) => group(i).h.push(s));
  v.forEach((s, j) => group(h.length + j).v.push(s));
  return [...groups.values()];
}

/** Sorted cluster centres of values (values within CLUSTER of the previous one join its cluster). */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - (last[last.length - 1] ?? v) <= CLUSTER) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

function buildGrid(h: HSegment[], v: VSegment[]): Grid | undefined {
  const xs = cluster(v.map((s) => s.x));
  const ys = cluster(h.map((s) => s.y));
  if (xs.length < 3 || ys.length < 2) return undefined;
  const vAt = xs.map((x) => v.filter((s) => Math.abs(s.x - x) <= CLUSTER));
  const hAt = ys.map((y) => h.filter((s) => Math.abs(s.y - y) <= CLUSTER));
  const last = xs.length - 1;
  const hasV = (j: number, top: number, bottom: number) =>
    j === 0 || j === last || (vAt[j] ?? []).some((s) => s.y1 <= top + TOL * 2 && s.y2 >= bottom - TOL * 2);
  /** Does a horizontal rule at band boundary i run under most of [x1, x2]? */
  const hasH = (i: number, x1: number, x2: number) =>
    (hAt[i] ?? []).reduce((sum, s) => sum + Math.max(0, Math.min(s.x2, x2) - Math.max(s.x1, x1)), 0) > 0.5 * (x2 - x1);

  const cells: GridCell[] = [];
  let open: GridCell[] = [];
  for (let i = 0; i + 1 < ys.length; i++) {
    const top = ys[i] ?? 0;
    const bottom = ys[i + 1] ?? 0;
    const bounds = xs.map((_, j) => j).filter((j) => hasV(j, top, bottom));
    const next: GridCell[] = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const a = bounds[k] ?? 0;
      const b = bounds[k + 1] ?? 0;
      const above = open.find((c) => c.col === a && c.colSpan === b - a);
      if (above && i > 0 && !hasH(i, xs[a] ?? 0, xs[b] ?? 0)) {
        above.rowSpan++;
        next.push(above);
      } else {
        const cell = { row: i, col: a, rowSpan: 1, colSpan: b - a };
        cells.push(cell);
        next.push(cell);
      }
    }
    open = next;
  }
  return { xs, ys, cells };
}

const bbox = (g: Grid) => ({
  left: g.xs[0] ?? 0,
  right: g.xs[g.xs.length - 1] ?? 0,
  top: g.ys[0] ?? 0,
  bottom: g.ys[g.ys.length - 1] ?? 0,
});

/** More rules than this on a page (a drawing, a chart) and it is not read as ruled tables. */
const MAX_RULES = 3000;

/** Table grids on a page, top to bottom: the outer ones, and those nested inside an outer grid's cell. */
export function findAllGrids(
  hSegments: readonly HSegment[],
  vSegments: readonly VSegment[],
): { outer: Grid[]; nested: Grid[] } {
  const h = mergeH(hSegments);
  const v = mergeV(vSegments);
  if (h.length > MAX_RULES || v.length > MAX_RULES) return { outer: [], nested: [] };
  const grids = components(h, v)
    .filter((c) => c.h.length >= 2 && c.v.length >= 2)
    .map((c) => buildGrid(c.h, c.v))
    .filter((g): g is Grid => g !== undefined && g.cells.length > 1);
  const area = (g: Grid) => {
    const b = bbox(g);
    return (b.right - b.left) * (b.bottom - b.top);
  };
  /** a lies inside b (a duplicate of an earlier grid counts as inside it). */
  const inside = (a: Grid, b: Grid) => {
    const p = bbox(a);
    const q = bbox(b);
    const within = p.left >= q.left - 1 && p.right <= q.right + 1 && p.top >= q.top - 1 && p.bottom <= q.bottom + 1;
    return a !== b && within && (area(b) > area(a) + 1 || grids.indexOf(b) < grids.indexOf(a));
  };
  const byTop = (a: Grid, b: Grid) => bbox(a).top - bbox(b).top;
  const outer = grids.filter((g) => !grids.some((o) => inside(g, o))).sort(byTop);
  const nested = grids
    .filter(
      (g) =>
        !outer.includes(g) && !grids.some((o) => o !== g && bboxEqual(o, g) && grids.indexOf(o) < grids.indexOf(g)),
    )
    .sort(byTop);
  return { outer, nested };
}

const bboxEqual = (a: Grid, b: Grid): boolean => {
  const p = bbox(a);
  const q = bbox(b);
  return (
    Math.abs(p.left - q.left) <= 1 &&
    Math.abs(p.right - q.right) <= 1 &&
    Math.abs(p.top - q.top) <= 1 &&
    Math.abs(p.bottom - q.bottom) <= 1
  );
};

export const gridBox = bbox;
