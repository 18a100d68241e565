// Tabs read back from a PDF's positioned text (hand-made lines, no PDF needed): tab gaps, runs on default tab stops,
// double tabs over an empty cell, wrapped lines at a stop, and the tab-stop columns a borderless table is not.
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../src/ingest/document.js';
import { buildDocument } from '../../src/ingest/pdf/build-document.js';
import {
  onDefaultTabStops,
  startsTabbedRow,
  tabbedLineText,
  tabbedParagraphText,
  textMargin,
} from '../../src/ingest/pdf/tab-gaps.js';
import { groupLines, numberLines } from '../../src/ingest/pdf/text-lines.js';
import type { PageContent, TextLine, TextPiece } from '../../src/ingest/pdf/types.js';

const SIZE = 9;
/** A piece `width` wide (default: 0.5 em a character). */
const t = (str: string, x: number, y: number, width = str.length * SIZE * 0.5, font = 'regular'): TextPiece => ({
  str,
  x,
  y,
  width,
  size: SIZE,
  font,
  line: 0,
});
const line = (...pieces: TextPiece[]): TextLine => groupLines(pieces)[0] as TextLine;
const M = 72;
/** Word's default stops: every 36 pt from the margin. */
const stop = (k: number): number => M + 36 * k;

describe('tabbedLineText', () => {
  it('writes a tab at a gap wider than 0.6 em, a space at a word gap', () => {
    expect(tabbedLineText(line(t('1.2', M, 100, 12), t('Landlords must', M + 23, 100, 60)), M)).toBe(
      '1.2\tLandlords must',
    );
    expect(tabbedLineText(line(t('Landlords', M, 100, 40), t('must', M + 42.5, 100, 20)), M)).toBe('Landlords must');
  });

  it('writes a tab where a run starts on a default tab stop, however small the gap', () => {
    // "Code requirement" ends 0.2 pt before the stop its tab went to.
    const l = line(t('Code requirement', stop(2), 100, 71.8), t('Comply: Yes / No', stop(4), 100, 73));
    expect(tabbedLineText(l, M)).toBe('Code requirement\tComply: Yes / No');
    // LibreOffice's default stops: every 1.25 cm.
    const lo = (k: number): number => M + k * ((1.25 / 2.54) * 72);
    expect(tabbedLineText(line(t('Yes', lo(5), 100, 14), t('Policy', lo(6), 100, 25)), M)).toBe('Yes\tPolicy');
  });

  it('keeps a word split into two runs whole, even on a stop', () => {
    expect(tabbedLineText(line(t('Compl', stop(1) - 25, 100, 25), t('aint', stop(1), 100, 18)), M)).toBe('Complaint');
  });

  it('writes one tab per stop passed: an empty cell between two is a double tab', () => {
    // "No" ends at 156.3; the next text starts two stops on, at 216.
    expect(tabbedLineText(line(t('No', 144, 100, 12.3), t('We will review.', stop(4), 100, 64)), M)).toBe(
      'No\t\tWe will review.',
    );
  });
});

describe('tabbedParagraphText', () => {
  it('joins wrapped lines with a space, and with a tab where a line starts on a stop right of the others', () => {
    const lines = groupLines([
      t('1.3', M, 100, 12),
      t('A resident does not have to use the word complaint.', stop(1), 100, 300),
      t('Yes', 432, 100, 15),
      t('Policy 2.3', 468, 100, 40),
      // The tab before the commentary did not fit: the commentary starts the next line, at the first stop.
      t('Staff trained.', stop(1), 112, 52),
    ]);
    expect(tabbedParagraphText(lines, M)).toBe(
      '1.3\tA resident does not have to use the word complaint.\tYes\tPolicy 2.3\tStaff trained.',
    );
    const prose = groupLines([t('The policy was reviewed in', M, 100, 120), t('March by the Board.', M, 112, 90)]);
    expect(tabbedParagraphText(prose, M)).toBe('The policy was reviewed in March by the Board.');
  });

  it('starts a paragraph indented to a stop with its tabs (a row going on with the cells of the row above)', () => {
    expect(tabbedParagraphText(groupLines([t('who then collates the response', stop(4), 100, 130)]), M)).toBe(
      '\t\t\t\twho then collates the response',
    );
    // ... also when its text wraps back to the margin.
    const wrapped = groupLines([
      t('A complaints policy must set out the', stop(1), 100, 380),
      t('circumstances.', M, 112, 60),
    ]);
    expect(tabbedParagraphText(wrapped, M)).toBe('\tA complaints policy must set out the circumstances.');
  });
});

describe('startsTabbedRow and textMargin', () => {
  it('a line opening with an id and a tab starts a row; an id in running text does not', () => {
    expect(startsTabbedRow(line(t('6.14', M, 100, 16), t('Landlords must', stop(1), 100, 60)), M)).toBe(true);
    expect(startsTabbedRow(line(t('6.14 of the Code says', M, 100, 90)), M)).toBe(false);
  });

  it('the margin is the left edge most lines start at', () => {
    const lines = groupLines([t('a', 72, 100), t('b', 72.2, 112), t('c', 108, 124), t('7', 300, 136)]);
    expect(textMargin(lines)).toBe(72);
  });
});

describe('onDefaultTabStops', () => {
  it('tells tab stops from the columns of a borderless table', () => {
    expect(onDefaultTabStops([72, 108, 216, 324])).toBe(true);
    expect(onDefaultTabStops([56.7, 92.1, 127.6])).toBe(true);
    expect(onDefaultTabStops([50, 100, 300, 360])).toBe(false);
    expect(onDefaultTabStops([72])).toBe(false);
  });
});

describe('a table flattened into tab-separated lines, through the page builder', () => {
  const pieces: TextPiece[] = [
    t('Code provision', M, 100, 61),
    t('Code requirement', stop(2), 100, 71.8),
    t('Comply: Yes / No', stop(4), 100, 73),
    t('Evidence', stop(7), 100, 37),
    t('Commentary / explanation', stop(9), 100, 106),
    // 1.2: each cell at the next stop after the text before it.
    t('1.2', M, 112, 12),
    t('Short requirement', stop(1), 112, 70),
    t('Yes', stop(3), 112, 15),
    t('Policy 2', stop(4), 112, 33),
    t('None.', stop(5), 112, 22),
    // 1.3: a requirement wrapping back to the margin.
    t('1.3', M, 124, 12),
    t('A long requirement that runs on over the whole line and wraps back to the', stop(1), 124, 400),
    t('margin of the page.', M, 136, 80),
    t('Yes', stop(3), 136, 15),
    t('Policy 3', stop(4), 136, 33),
  ];
  const content: PageContent = {
    page: 1,
    width: 600,
    height: 800,
    pieces: numberLines(pieces),
    hSegments: [],
    vSegments: [],
  };

  it('reads lines, not a table: the header line and every row are paragraphs with their tabs', () => {
    const { blocks } = buildDocument([content]);
    expect(blocks.filter((b): b is TableBlock => b.kind === 'table')).toEqual([]);
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      'Code provision\tCode requirement\tComply: Yes / No\tEvidence\tCommentary / explanation',
      '1.2\tShort requirement\tYes\tPolicy 2\tNone.',
      '1.3\tA long requirement that runs on over the whole line and wraps back to the margin of the page.\tYes\tPolicy 3',
    ]);
  });
});
