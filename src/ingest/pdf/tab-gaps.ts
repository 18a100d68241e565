/**
 * Tabs in text outside tables. A PDF has no tab characters: a tab shows as a jump to the next tab stop, where the
 * writer starts a new run of text. So the paragraph reader writes "\t" where
 * - two runs on a line are a clear gap apart (more than TAB_GAP of the font size: wider than any word space), or
 *   the second starts exactly on a default tab stop (every half inch, or every 1.25 cm, from the left margin), the
 *   mark of a tab that ended a hair after the text before it;
 * - a wrapped line of a paragraph starts on a tab stop right of the paragraph's left edge (a tab that did not fit
 *   at the end of the line above moves to the next line, at the next stop), or a paragraph's first line starts on
 *   a stop right of the margin (leading tabs: a row that goes on with the cells of the row above).
 * A table flattened into tab-separated paragraphs ("1.2<TAB>requirement<TAB>Yes<TAB>...") then reads the same from
 * the PDF as from the DOCX it was exported from. Elsewhere the tabs are only whitespace.
 */
import { joinLines } from './clean-text.js';
import { lineText, PROVISION_ID } from './text-lines.js';
import type { TextLine, TextPiece } from './types.js';

/** A gap between runs wider than this share of the font size is a tab. */
const TAB_GAP = 0.6;
/** Default tab stop intervals in points: Word's half inch, LibreOffice's 1.25 cm. */
const TAB_STOPS = [36, (1.25 / 2.54) * 72];
/** How close to a stop (points) a run must start to be taken as tabbed there. */
const ON_STOP = 0.5;

const onStop = (offset: number, stop: number): boolean => {
  const r = offset % stop;
  return offset > ON_STOP && Math.min(r, stop - r) <= ON_STOP;
};

/**
 * Whether column starts (left to right, the first at the text's left edge) are all default tab stops: the cells of
 * tab-separated lines, not the columns of a borderless table (whose wrapped cells stay in their column, where a
 * tabbed line wraps back to the margin).
 */
export function onDefaultTabStops(starts: readonly number[]): boolean {
  const [first, ...rest] = starts;
  return first !== undefined && rest.length > 0 && TAB_STOPS.some((stop) => rest.every((x) => onStop(x - first, stop)));
}

const onTabStop = (offset: number): boolean =>
  offset > ON_STOP &&
  TAB_STOPS.some((stop) => {
    const r = offset % stop;
    return Math.min(r, stop - r) <= ON_STOP;
  });

const textOf = (line: TextLine, pieces: TextPiece[]): string => lineText({ ...line, pieces });

/** A word the writer split into two runs ("Compl" + "aint"): never a tab, wherever the second run starts. */
const splitWord = (before: TextPiece | undefined, after: TextPiece): boolean =>
  before !== undefined && /\p{L}$/u.test(before.str) && /^\p{Ll}/u.test(after.str);

/** The left edge most of the lines start at: the margin tab stops count from. */
export function textMargin(lines: readonly TextLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.left), (counts.get(Math.round(l.left)) ?? 0) + 1);
  let best: [number, number] | undefined;
  for (const [x, n] of counts) if (!best || n > best[1] || (n === best[1] && x < best[0])) best = [x, n];
  if (!best) return 0;
  const edge = best[0];
  return Math.min(...lines.filter((l) => Math.round(l.left) === edge).map((l) => l.left));
}

/**
 * How many tabs took the text from `from` to a run starting at `to`: one, or (when the run starts on a default tab
 * stop) one per stop passed, since a tab goes no further than the next stop (an empty cell between two is a double
 * tab, and shows as one wide gap).
 */
function tabsBetween(from: number, to: number, margin: number): number {
  for (const stop of TAB_STOPS) {
    const offset = to - margin;
    const r = offset % stop;
    if (offset <= ON_STOP || Math.min(r, stop - r) > ON_STOP) continue;
    const passed = Math.round(offset / stop) - Math.floor((from - margin + ON_STOP) / stop);
    return Math.max(1, passed);
  }
  return 1;
}

/** A line's text with "\t" at its tab gaps; `margin` is the left edge of the text the tab stops count from. */
export function tabbedLineText(line: TextLine, margin: number): string {
  const cells: { pieces: TextPiece[]; tabs: number }[] = [];
  let right = -Infinity;
  let before: TextPiece | undefined;
  for (const p of line.pieces) {
    const gap = p.x - right;
    const last = cells[cells.length - 1];
    const tab =
      last !== undefined &&
      gap >= -ON_STOP &&
      (gap > TAB_GAP * p.size || (onTabStop(p.x - margin) && !splitWord(before, p)));
    if (!last || tab) cells.push({ pieces: [p], tabs: last ? tabsBetween(right, p.x, margin) : 0 });
    else last.pieces.push(p);
    right = Math.max(right, p.x + p.width);
    before = p;
  }
  return cells.map((c) => '\t'.repeat(c.tabs) + textOf(line, c.pieces)).join('');
}

/** Whether a line opens with a provision id followed by a tab: the first line of a flattened table row. */
export function startsTabbedRow(line: TextLine, margin: number): boolean {
  const [first, second] = tabbedLineText(line, margin).split('\t');
  return second !== undefined && PROVISION_ID.test(first ?? '');
}

/** A paragraph's lines joined into its text: a space between wrapped lines, or "\t" where a line starts on a stop. */
export function tabbedParagraphText(lines: readonly TextLine[], margin: number): string {
  const left = Math.min(...lines.map((l) => l.left));
  let out = '';
  lines.forEach((line, i) => {
    const text = tabbedLineText(line, margin);
    if (text === '') return;
    const indented = line.left > (i > 0 ? left : margin) + TAB_GAP * line.size && onTabStop(line.left - margin);
    if (i === 0) out = indented ? `${'\t'.repeat(tabsBetween(margin, line.left, margin))}${text}` : text;
    else if (out === '') out = text;
    else if (indented) out = `${out}${'\t'.repeat(tabsBetween(margin, line.left, margin))}${text}`;
    else {
      // joinLines trims what it joins: keep the paragraph's leading tabs.
      const lead = /^\t*/.exec(out)?.[0] ?? '';
      out = lead + joinLines([out.slice(lead.length), text], ' ');
    }
  });
  return out;
}
