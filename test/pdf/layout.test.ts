// Layout rules on synthetic pages (positions chosen by hand, no PDF needed): borderless rows with vertically
// centred ids, a repeated header and a split row on the next page, furniture; ruled spans and frames.
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../src/ingest/document.js';
import { buildDocument } from '../../src/ingest/pdf/build-document.js';
import { numberLines } from '../../src/ingest/pdf/text-lines.js';
import type { HSegment, PageContent, TextPiece, VSegment } from '../../src/ingest/pdf/types.js';

const t = (str: string, x: number, y: number, font = 'regular', size = 10): TextPiece => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  size,
  font,
  line: 0,
});

const page = (n: number, pieces: TextPiece[], hSegments: HSegment[] = [], vSegments: VSegment[] = []): PageContent => ({
  page: n,
  width: 600,
  height: 800,
  pieces: numberLines(pieces),
  hSegments,
  vSegments,
});

const header = (y: number) => [
  t('Ref', 50, y, 'bold'),
  t('Requirement', 100, y, 'bold'),
  t('Comply', 300, y, 'bold'),
  t('Evidence', 360, y, 'bold'),
  t('Comments', 460, y, 'bold'),
];
const running = () => t('Acme Homes self-assessment 2024', 50, 30, 'regular', 8);
const texts = (table: TableBlock) => table.rows.map((r) => r.cells.map((c) => c.text));

describe('borderless layout', () => {
  const pages = [
    page(1, [
      running(),
      t('Section 6: Complaint stages', 50, 60, 'bold', 13),
      ...header(100),
      // 1.1: id and answer vertically centred against a three-line requirement.
      t('Landlords must do the first', 100, 120),
      t('Policy A', 360, 120),
      t('1.1', 50, 132),
      t('thing properly and on', 100, 132),
      t('Yes', 300, 132),
      t('time.', 100, 144),
      // 1.2: answer centred between two lines.
      t('1.2', 50, 165),
      t('Landlords must do the second thing', 100, 165),
      t('Action plan', 460, 165),
      t('No', 300, 171),
      t('well.', 100, 177),
      // 1.3: continues on page 2.
      t('1.3', 50, 200),
      t('Landlords must keep a record of', 100, 200),
      t('Case system', 360, 200),
      t('every complaint and', 100, 212),
      t('Page 1 of 2', 280, 780, 'regular', 8),
    ]),
    page(2, [
      running(),
      ...header(60),
      t('each outcome.', 100, 80),
      t('Partial', 300, 80),
      t('Audit due', 460, 80),
      t('1.4', 50, 100),
      t('Landlords must publish the report.', 100, 100),
      t('Yes', 300, 100),
      t('Page 2 of 2', 280, 780, 'regular', 8),
    ]),
  ];
  const { blocks, running: dropped } = buildDocument(pages);

  it('finds rows by provision id, with centred cells in the right row, and joins the row split over pages', () => {
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    const table = blocks[1] as TableBlock;
    expect(texts(table)).toEqual([
      ['Ref', 'Requirement', 'Comply', 'Evidence', 'Comments'],
      ['1.1', 'Landlords must do the first\nthing properly and on\ntime.', 'Yes', 'Policy A', ''],
      ['1.2', 'Landlords must do the second thing\nwell.', 'No', '', 'Action plan'],
      [
        '1.3',
        'Landlords must keep a record of\nevery complaint and\neach outcome.',
        'Partial',
        'Case system',
        'Audit due',
      ],
      ['1.4', 'Landlords must publish the report.', 'Yes', '', ''],
    ]);
    expect(table.rows[0]?.header).toBe(true);
    expect(table.rows.map((r) => r.location)).toEqual([
      { page: 1, line: 3 },
      { page: 1, line: 4 },
      { page: 1, line: 7 },
      { page: 1, line: 10 },
      { page: 2, line: 4 },
    ]);
  });

  it('drops the running header and page numbers', () => {
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'Section 6: Complaint stages',
      location: { page: 1, line: 2 },
    });
    expect(dropped).toEqual(['Acme Homes self-assessment 2024']);
  });

  it('copes with labels centred over their columns', () => {
    const centred = buildDocument([
      page(1, [
        t('Ref', 50, 100, 'bold'),
        t('Requirement', 150, 100, 'bold'),
        t('Comply', 305, 100, 'bold'),
        t('Evidence', 380, 100, 'bold'),
        t('Comments', 480, 100, 'bold'),
        t('2.1', 50, 120),
        t('Landlords must accept complaints.', 100, 120),
        t('Yes', 300, 120),
        t('Policy AB', 360, 120),
        t('Fine', 470, 120),
      ]),
    ]);
    expect(texts(centred.blocks[0] as TableBlock)).toEqual([
      ['Ref', 'Requirement', 'Comply', 'Evidence', 'Comments'],
      ['2.1', 'Landlords must accept complaints.', 'Yes', 'Policy AB', 'Fine'],
    ]);
  });

  it('keeps a one-page document’s top line (nothing repeats)', () => {
    const single = buildDocument([page(1, [t('Acme Homes', 50, 30), t('Some text.', 50, 60)])]);
    expect(single.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['Acme Homes', 'Some text.']);
  });
});

describe('ruled layout', () => {
  // Three bands; band 2 spans columns 2-3 (no rule at x=250); column 1 of bands 2-3 is one merged cell.
  const h: HSegment[] = [
    { y: 100, x1: 50, x2: 350 },
    { y: 120, x1: 50, x2: 350 },
    { y: 160, x1: 150, x2: 350 },
    { y: 180, x1: 50, x2: 350 },
    // a page frame: a box, not a table
    { y: 20, x1: 20, x2: 580 },
    { y: 790, x1: 20, x2: 580 },
  ];
  const v: VSegment[] = [
    { x: 50, y1: 100, y2: 180 },
    { x: 150, y1: 100, y2: 180 },
    { x: 250, y1: 100, y2: 120 },
    { x: 250, y1: 160, y2: 180 },
    { x: 350, y1: 100, y2: 180 },
    { x: 20, y1: 20, y2: 790 },
    { x: 580, y1: 20, y2: 790 },
  ];
  const pieces = [
    t('Before the table.', 60, 60),
    t('A', 60, 112),
    t('B', 160, 112),
    t('C', 260, 112),
    t('spans two', 160, 135),
    t('2.1', 60, 145),
    t('x', 160, 175),
    t('y', 260, 175),
    t('After.', 60, 220),
  ];
  const { blocks } = buildDocument([page(1, pieces, h, v)]);

  it('reads column spans and vertical merges from the rules', () => {
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = blocks[1] as TableBlock;
    expect(table.rows.map((r) => r.cells)).toEqual([
      [{ text: 'A' }, { text: 'B' }, { text: 'C' }],
      [
        { text: '2.1', rowSpan: 2 },
        { text: 'spans two', colSpan: 2 },
      ],
      [{ text: '', mergedFromAbove: true }, { text: 'x' }, { text: 'y' }],
    ]);
    expect(table.rows.map((r) => r.location.line)).toEqual([2, 3, 5]);
  });
});

describe('borderless table without a header line', () => {
  it('infers the columns from rows that start with a provision id', () => {
    const { blocks } = buildDocument([
      page(1, [
        t('Section 3: Accessibility and awareness', 50, 60, 'bold', 13),
        t('3.1', 50, 100),
        t('Landlords must make it easy to complain', 100, 100),
        t('Yes', 320, 100),
        t('Policy 3', 380, 100),
        t('through different channels.', 100, 112),
        t('3.2', 50, 135),
        t('Residents must be able to raise it', 100, 135),
        t('No', 320, 135),
        t('Training gap', 460, 135),
        t('with any member of staff.', 100, 147),
      ]),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    expect(texts(blocks[1] as TableBlock)).toEqual([
      ['3.1', 'Landlords must make it easy to complain\nthrough different channels.', 'Yes', 'Policy 3', ''],
      ['3.2', 'Residents must be able to raise it\nwith any member of staff.', 'No', '', 'Training gap'],
    ]);
  });
});
