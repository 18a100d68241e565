/**
 * Page headers and footers: page numbers ("Page 3 of 12", a lone number) at the top or bottom of a page, and
 * running lines that repeat at the top or bottom of at least half the pages (numbers ignored). Only the first
 * and last lines of a page that lie in its top or bottom margin band count, so table lines that happen to end
 * many pages ("Yes", a repeated phrase) are safe. Table header lines are never furniture, even though they repeat.
 */
import { furnitureKey, isPageNumber } from './clean-text.js';
import { looksLikeHeader } from './header-labels.js';
import { fragments, lineText } from './text-lines.js';
import type { TextLine } from './types.js';

export interface PageLines {
  page: number;
  /** Page height (points). */
  height: number;
  /** Text lines outside ruled tables, top to bottom. */
  lines: TextLine[];
  /** Vertical extents of the page's ruled tables. */
  tables: { top: number; bottom: number }[];
}

/** How many lines at each end of a page can be furniture. */
const EDGE = 2;

/** Depth of the top and bottom bands where headers and footers sit: page margins are wider than this. */
export const marginBand = (height: number): number => Math.min(0.075 * height, 50);

/** Indexes of the lines that sit at the top or bottom edge of the page (in the margin band, no table beyond them). */
function edgeLines(p: PageLines): number[] {
  const out: number[] = [];
  const depth = marginBand(p.height);
  p.lines.forEach((line, i) => {
    const top = i < EDGE && line.top < depth && p.tables.every((t) => t.top >= line.bottom);
    const bottom =
      i >= p.lines.length - EDGE && line.bottom > p.height - depth && p.tables.every((t) => t.bottom <= line.top);
    if (top || bottom) out.push(i);
  });
  return out;
}

const isHeaderLine = (line: TextLine): boolean => looksLikeHeader(fragments(line).map((f) => f.text));

/** The pages without their furniture lines, and the running header/footer texts that were dropped. */
export function dropFurniture(pages: readonly PageLines[]): { pages: PageLines[]; running: string[] } {
  const candidates = pages.map((p) =>
    edgeLines(p).filter((i) => {
      const line = p.lines[i] as TextLine;
      const before = p.lines[i - 1];
      return !isHeaderLine(line) && !(before && isHeaderLine(before));
    }),
  );
  const counts = new Map<string, number>();
  pages.forEach((p, n) => {
    const keys = new Set((candidates[n] ?? []).map((i) => furnitureKey(lineText(p.lines[i] as TextLine))));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  const runningKeys = new Set([...counts].filter(([k, c]) => k && c >= threshold).map(([k]) => k));
  const running: string[] = [];
  const out = pages.map((p, n) => {
    const drop = new Set(
      (candidates[n] ?? []).filter((i) => {
        const text = lineText(p.lines[i] as TextLine);
        const key = furnitureKey(text);
        if (runningKeys.has(key) && !isPageNumber(text) && !running.some((r) => furnitureKey(r) === key))
          running.push(text);
        return isPageNumber(text) || runningKeys.has(key);
      }),
    );
    return { ...p, lines: p.lines.filter((_, i) => !drop.has(i)) };
  });
  return { pages: out, running };
}
