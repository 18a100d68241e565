/**
 * Table rules drawn in a scanned page, found in its bitmap by a morphological line detector: an opening with a
 * long thin structuring element keeps only the runs of ink at least that long (a letter is never 0.4 inch wide
 * or tall; a rule is), with small breaks from noise or a faint scan bridged first. Runs on neighbouring rows (or
 * columns) that overlap are one rule, a few pixels thick. A band thicker than a rule is a filled box or a dark
 * photo, not a rule; a short rule (under an inch) that meets no other is a letter's stroke or a speck of shading.
 * The rules come back as the PDF reader's segments, and the same pixels can be wiped from the bitmap so the
 * recogniser does not read a rule as "|" or "_".
 */
import type { Grey } from './bitmap.js';

export interface Run {
  /** The row (horizontal) or column (vertical) the run is on. */
  at: number;
  from: number;
  to: number;
}

/** A rule: its runs, and where it lies (pixels). */
export interface Rule {
  /** Mean row (horizontal) or column (vertical). */
  at: number;
  from: number;
  to: number;
  thickness: number;
  runs: Run[];
}

export interface RuleLines {
  horizontal: Rule[];
  vertical: Rule[];
}

/**
 * The runs of ink along one line of pixels at least `min` long, gaps up to `gap` bridged, and solid: at least
 * FILL of their pixels ink (a rule broken by noise is; a row of letters, bridged from letter to letter, is not).
 */
function runsAlong(ink: Uint8Array, start: number, stride: number, length: number, min: number, gap: number): Run[] {
  const out: Run[] = [];
  let from = -1;
  let last = -1;
  let count = 0;
  const close = (): void => {
    const len = last - from + 1;
    if (from >= 0 && len >= min && count >= FILL * len) out.push({ at: 0, from, to: last });
  };
  for (let i = 0; i < length; i++) {
    if (ink[start + i * stride] !== 1) continue;
    if (from >= 0 && i - last - 1 <= gap) {
      last = i;
      count++;
    } else {
      close();
      from = i;
      last = i;
      count = 1;
    }
  }
  close();
  return out;
}

/** The share of a rule's pixels that must be ink. */
const FILL = 0.85;

/** Runs on neighbouring lines that overlap joined into rules (a sweep over the lines in order). */
function joinRuns(lines: Run[][], maxThickness: number): Rule[] {
  const done: Rule[] = [];
  let open: (Rule & { last: number })[] = [];
  lines.forEach((runs, at) => {
    const next: (Rule & { last: number })[] = [];
    for (const run of runs) {
      run.at = at;
      const rule = open.find((r) => r.last >= at - 1 && run.from <= r.to && run.to >= r.from);
      if (rule) {
        rule.runs.push(run);
        rule.from = Math.min(rule.from, run.from);
        rule.to = Math.max(rule.to, run.to);
        rule.last = at;
        if (!next.includes(rule)) next.push(rule);
      } else next.push({ at, from: run.from, to: run.to, thickness: 0, runs: [run], last: at });
    }
    for (const r of open) if (!next.includes(r)) done.push(r);
    open = next;
  });
  done.push(...open);
  return done
    .map(({ runs, from, to }) => {
      const rows = new Set(runs.map((r) => r.at));
      const weight = runs.reduce((s, r) => s + (r.to - r.from + 1), 0);
      const at = runs.reduce((s, r) => s + r.at * (r.to - r.from + 1), 0) / weight;
      return { at, from, to, thickness: rows.size, runs };
    })
    .filter((r) => r.thickness <= maxThickness && r.to - r.from + 1 >= SLENDER * r.thickness);
}

/** A rule is at least this many times longer than it is thick (a tall letter's stem is not). */
const SLENDER = 25;

/**
 * The rules of a page: `dpi` sets the lengths (a rule is at least 0.4 inch long, longer than the stem of a
 * heading's letter, and at most 1/20 inch thick; breaks up to 1/50 inch are bridged).
 */
export function findRuleLines(ink: Uint8Array, width: number, height: number, dpi: number): RuleLines {
  const min = Math.round(dpi * 0.4);
  const gap = Math.max(2, Math.round(dpi / 50));
  const maxThickness = Math.max(3, Math.round(dpi / 20));
  const rows: Run[][] = [];
  for (let y = 0; y < height; y++) rows.push(runsAlong(ink, y * width, 1, width, min, gap));
  const cols: Run[][] = [];
  for (let x = 0; x < width; x++) cols.push(runsAlong(ink, x, width, height, min, gap));
  const horizontal = joinRuns(rows, maxThickness);
  const vertical = joinRuns(cols, maxThickness);
  // A short rule on its own is a letter's stroke or a speck of shading; a table's short rules meet others.
  const near = Math.max(3, Math.round(dpi / 30));
  const meets = (a: Rule, b: Rule): boolean =>
    b.at >= a.from - near && b.at <= a.to + near && a.at >= b.from - near && a.at <= b.to + near;
  const kept = (own: Rule[], other: Rule[]): Rule[] =>
    own.filter((r) => r.to - r.from + 1 >= dpi || other.some((o) => meets(r, o)));
  return { horizontal: kept(horizontal, vertical), vertical: kept(vertical, horizontal) };
}

/**
 * The rules' pixels painted white in the bitmap (in place: no second page in memory), and their blurred fringe
 * with them (1/100 inch either side of each run: a fringe left behind reads as ")" or "|" beside the text).
 */
export function wipeRules(g: Grey, lines: RuleLines, dpi: number): Grey {
  const fringe = Math.max(1, Math.round(dpi / 100));
  const data = g.data;
  const paint = (x: number, y: number): void => {
    if (x >= 0 && y >= 0 && x < g.width && y < g.height) data[y * g.width + x] = 255;
  };
  for (const rule of lines.horizontal)
    for (const r of rule.runs)
      for (let x = r.from; x <= r.to; x++) for (let d = -fringe; d <= fringe; d++) paint(x, r.at + d);
  for (const rule of lines.vertical)
    for (const r of rule.runs)
      for (let y = r.from; y <= r.to; y++) for (let d = -fringe; d <= fringe; d++) paint(r.at + d, y);
  return g;
}
