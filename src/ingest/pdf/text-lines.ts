/** Grouping positioned pieces into text lines, and lines into cell text. */
import { cleanChars, joinLines } from './clean-text.js';
import type { TextLine, TextPiece } from './types.js';

export const pieceTop = (p: TextPiece): number => p.y - 0.8 * p.size;
export const pieceBottom = (p: TextPiece): number => p.y + 0.2 * p.size;

/** Share of the shorter of two vertical extents that they have in common. */
function overlapShare(aTop: number, aBottom: number, bTop: number, bBottom: number): number {
  const common = Math.min(aBottom, bBottom) - Math.max(aTop, bTop);
  const shorter = Math.min(aBottom - aTop, bBottom - bTop);
  return shorter > 0 ? common / shorter : 0;
}

const toLine = (pieces: TextPiece[]): TextLine => {
  pieces.sort((a, b) => a.x - b.x);
  // One pass; Math.min/Math.max pairwise give what they give over all the values at once (NaN and -0 included).
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  let size = -Infinity;
  let line = Infinity;
  for (const p of pieces) {
    top = Math.min(top, pieceTop(p));
    bottom = Math.max(bottom, pieceBottom(p));
    left = Math.min(left, p.x);
    right = Math.max(right, p.x + p.width);
    size = Math.max(size, p.size);
    line = Math.min(line, p.line);
  }
  return { pieces, top, bottom, left, right, size, line };
};

/**
 * Pieces whose vertical extents mostly overlap the first piece of a line join that line (so superscripts stay
 * on their line, while a vertically centred "Yes" half a line lower starts its own). Lines come out top to bottom.
 */
export function groupLines(pieces: readonly TextPiece[]): TextLine[] {
  const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextPiece[][] = [];
  let current: TextPiece[] | undefined;
  let anchor: TextPiece | undefined;
  for (const p of sorted) {
    if (current && anchor && overlapShare(pieceTop(anchor), pieceBottom(anchor), pieceTop(p), pieceBottom(p)) > 0.6) {
      current.push(p);
    } else {
      current = [p];
      anchor = p;
      groups.push(current);
    }
  }
  return groups.map(toLine).sort((a, b) => a.top - b.top);
}

/** Numbers the page's text lines 1.. top to bottom and stamps each piece with its line number. */
export function numberLines(pieces: readonly TextPiece[]): TextPiece[] {
  // Grouping reads no line numbers (the lines' own are not kept), so the pieces are copied once, stamped.
  return groupLines(pieces).flatMap((l, i) => l.pieces.map((p) => ({ ...p, line: i + 1 })));
}

/** The text of one line: pieces left to right, a space where there is a visible gap. */
export function lineText(line: TextLine): string {
  let text = '';
  let right = -Infinity;
  for (const p of line.pieces) {
    const gap = p.x - right;
    // The last character alone is tested: /\s$/ on the line so far would try every position of it.
    if (text && gap > 0.15 * p.size && !/\s/.test(text.charAt(text.length - 1)) && !/^\s/.test(p.str)) text += ' ';
    text += p.str;
    right = Math.max(right, p.x + p.width);
  }
  return cleanChars(text).replace(/ {2,}/g, ' ').trim();
}

/** A table cell's text: its lines top to bottom, "\n" between them (words broken at a hyphen rejoined). */
export const cellText = (pieces: readonly TextPiece[]): string => joinLines(groupLines(pieces).map(lineText), '\n');

/** Smallest page line number among pieces (undefined when there are none). */
export const firstLine = (pieces: readonly TextPiece[]): number | undefined =>
  pieces.length ? Math.min(...pieces.map((p) => p.line)) : undefined;

/** Runs of a line's pieces separated by gaps wider than about a font size: table cells on a borderless line. */
export function fragments(line: TextLine): { text: string; x: number; right: number }[] {
  const out: { pieces: TextPiece[]; right: number }[] = [];
  for (const p of line.pieces) {
    const last = out[out.length - 1];
    if (last && p.x - last.right <= p.size) {
      last.pieces.push(p);
      last.right = Math.max(last.right, p.x + p.width);
    } else out.push({ pieces: [p], right: p.x + p.width });
  }
  return out.map((f) => ({ text: lineText(toLine(f.pieces)), x: f.pieces[0]?.x ?? 0, right: f.right }));
}

/** A provision id alone in a first cell: "6.12", "6.12.", "Q4.3" (2020 question ids). Rows start at one. */
export const PROVISION_ID = /^\s*(q\s*)?\d+(\.\d+)+\.?\s*$/i;
