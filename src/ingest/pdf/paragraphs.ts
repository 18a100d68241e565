/**
 * Text outside tables as paragraphs, in reading order. Consecutive lines form one paragraph while they keep
 * the font and size and follow closely; a change of font (a heading, an italic note), a gap or a short line
 * (the end of a paragraph) starts the next one, and so does a line opening with a provision id and a tab (a row of a
 * table flattened into paragraphs). Wrapped lines are joined with a space; tabs are kept (tab-gaps.ts).
 */
import { startsTabbedRow, tabbedParagraphText, textMargin } from './tab-gaps.js';
import type { PageParagraph, TextLine } from './types.js';

/** The font most of a line is set in. */
const mainFont = (line: TextLine): string => {
  const widths = new Map<string, number>();
  for (const p of line.pieces) widths.set(p.font, (widths.get(p.font) ?? 0) + p.width);
  return [...widths].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
};

function startsNew(prev: TextLine, line: TextLine, rightEdge: number): boolean {
  if (mainFont(prev) !== mainFont(line)) return true;
  if (Math.abs(prev.size - line.size) > 0.1 * prev.size) return true;
  if (line.top - prev.bottom > 0.6 * prev.size) return true;
  // A line that stops well short of the text's right edge ends its paragraph.
  return prev.right < rightEdge - 0.25 * (rightEdge - prev.left);
}

export function toParagraphs(page: number, lines: readonly TextLine[]): PageParagraph[] {
  const rightEdge = Math.max(0, ...lines.map((l) => l.right));
  const margin = textMargin(lines);
  const groups: TextLine[][] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const last = groups[groups.length - 1];
    if (!prev || !last || startsNew(prev, line, rightEdge) || startsTabbedRow(line, margin)) groups.push([line]);
    else last.push(line);
  });
  return groups
    .map((g) => ({ page, top: g[0]?.top ?? 0, line: g[0]?.line ?? 1, text: tabbedParagraphText(g, margin) }))
    .filter((p) => p.text);
}
