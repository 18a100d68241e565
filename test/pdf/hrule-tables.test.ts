// Tables drawn with horizontal rules only, on synthetic pages (positions chosen by hand, no PDF needed): columns
// from the text's alignment between the rules, vertically centred cells, headings between two tables drawn with
// the same rules, tight column gaps, a table continued over a page break, tables ruled only between their rows,
// and rules around text that is not a table. The PDF fixtures (pdfkit, LibreOffice) are read at the end.
import { describe, expect, it } from 'vitest';
import type { DocumentModel, TableBlock } from '../../src/ingest/document.js';
import { buildDocument } from '../../src/ingest/pdf/build-document.js';
import { columnGaps } from '../../src/ingest/pdf/hrule-tables.js';
import { numberLines } from '../../src/ingest/pdf/text-lines.js';
import type { HSegment, PageContent, TextPiece } from '../../src/ingest/pdf/types.js';
import { readPdf } from '../../src/ingest/pdf/read-pdf.js';
import { readFileSync } from 'node:fs';

const t = (str: string, x: number, y: number, o: { font?: string; size?: number; width?: number } = {}): TextPiece => ({
  str,
  x,
  y,
  width: o.width ?? str.length * (o.size ?? 10) * 0.5,
  size: o.size ?? 10,
  font: o.font ?? 'regular',
  line: 0,
});
const bold = (str: string, x: number, y: number): TextPiece => t(str, x, y, { font: 'bold' });

/** Rules across the table (x 50-550) at these heights. */
const rules = (...ys: number[]): HSegment[] => ys.map((y) => ({ y, x1: 50, x2: 550 }));

const page = (n: number, pieces: TextPiece[], hSegments: HSegment[] = []): PageContent => ({
  page: n,
  width: 600,
  height: 800,
  pieces: numberLines(pieces),
  hSegments,
  vSegments: [],
});

const tablesOf = (blocks: DocumentModel['blocks']): TableBlock[] =>
  blocks.filter((b): b is TableBlock => b.kind === 'table');
const texts = (table: TableBlock) => table.rows.map((r) => r.cells.map((c) => c.text));

/** Column starts: id 55, requirement 100, comply 300, evidence 360, commentary 460. */
const header = (y: number) => [
  bold('Ref', 55, y),
  bold('Requirement', 100, y),
  bold('Comply', 300, y),
  bold('Evidence', 360, y),
  bold('Comments', 460, y),
];

describe('tables drawn with horizontal rules only', () => {
  it('takes the columns from the text between the rules, vertically centred cells in their own row', () => {
    const { blocks } = buildDocument([
      page(
        1,
        [
          t('Section 1: Definition of a complaint', 50, 70, { font: 'bold', size: 13 }),
          ...header(105),
          // 1.1: three requirement lines; id, answer and a two-line evidence centred against them.
          t('Landlords must do the first', 100, 130),
          t('thing properly and on', 100, 142),
          t('time.', 100, 154),
          t('1.1', 55, 142),
          t('Yes', 300, 142),
          t('Policy A', 360, 136),
          t('section 2', 360, 148),
          // 1.2: one line each, a comment only.
          t('1.2', 55, 180),
          t('Landlords must publish it.', 100, 180),
          t('No', 300, 180),
          t('Board to decide', 460, 180),
        ],
        rules(90, 115, 165, 195),
      ),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    const [table] = tablesOf(blocks);
    expect(texts(table!)).toEqual([
      ['Ref', 'Requirement', 'Comply', 'Evidence', 'Comments'],
      ['1.1', 'Landlords must do the first\nthing properly and on\ntime.', 'Yes', 'Policy A\nsection 2', ''],
      ['1.2', 'Landlords must publish it.', 'No', '', 'Board to decide'],
    ]);
    expect(table!.rows.map((r) => r.header ?? false)).toEqual([true, false, false]);
    expect(table!.rows.map((r) => r.location)).toEqual([
      { page: 1, line: 2 },
      { page: 1, line: 3 },
      { page: 1, line: 8 },
    ]);
  });

  it('splits the rules at a heading between two tables drawn with the same rules', () => {
    const { blocks } = buildDocument([
      page(
        1,
        [
          ...header(65),
          t('1.1', 55, 90),
          t('Landlords must do the first thing.', 100, 90),
          t('Yes', 300, 90),
          t('Section 2: Exclusions', 50, 130, { font: 'bold', size: 13 }),
          t('Stage 1', 50, 148, { font: 'bold', size: 11 }),
          ...header(175),
          t('2.1', 55, 200),
          t('Landlords must accept a complaint.', 100, 200),
          t('Partial', 300, 200),
          t('Policy B', 360, 200),
        ],
        rules(50, 75, 100, 160, 185, 210),
      ),
    ]);
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'table'))).toEqual([
      'table',
      'Section 2: Exclusions',
      'Stage 1',
      'table',
    ]);
    const [first, second] = tablesOf(blocks);
    expect(texts(first!)[1]).toEqual(['1.1', 'Landlords must do the first thing.', 'Yes', '', '']);
    expect(texts(second!)[1]).toEqual(['2.1', 'Landlords must accept a complaint.', 'Partial', 'Policy B', '']);
  });

  it('finds a column gap narrower than a space when no text crosses it', () => {
    // The requirement runs to 299.5 and the answer starts at 300 (a writer with no cell padding); in 1.3 the
    // answer sits on the baseline of a requirement line, a hair's breadth after it.
    const { blocks } = buildDocument([
      page(
        1,
        [
          ...header(65),
          t('1.1', 55, 90),
          t('Landlords must keep a full record of every', 100, 90, { width: 199.5 }),
          t('complaint.', 100, 102),
          t('Yes', 300, 96),
          t('1.2', 55, 125),
          t('Landlords must say so on the', 100, 125, { width: 199.5 }),
          t('Yes', 300, 131),
          t('website.', 100, 137),
          t('1.3', 55, 160),
          t('Landlords must report it to the', 100, 160, { width: 199.5 }),
          t('No', 300, 160),
          t('Policy C', 360, 160),
        ],
        rules(50, 75, 110, 145, 170),
      ),
    ]);
    expect(texts(tablesOf(blocks)[0]!).slice(1)).toEqual([
      ['1.1', 'Landlords must keep a full record of every\ncomplaint.', 'Yes', '', ''],
      ['1.2', 'Landlords must say so on the\nwebsite.', 'Yes', '', ''],
      ['1.3', 'Landlords must report it to the', 'No', 'Policy C', ''],
    ]);
  });

  it('keeps words a writer placed one by one together, and does not take a word gap for a column gap', () => {
    const { blocks } = buildDocument([
      page(
        1,
        [
          ...header(65),
          t('1.1', 55, 90),
          // "Policy 6.2" as two pieces a space apart, in every row: the space is not a column gap.
          t('Landlords must do it.', 100, 90),
          t('Yes', 300, 90),
          t('Policy', 360, 90),
          t('6.2', 393, 90),
          t('1.2', 55, 115),
          t('Landlords must do that.', 100, 115),
          t('Yes', 300, 115),
          t('Policy', 360, 115),
          t('7.1', 393, 115),
          t('1.3', 55, 140),
          t('Landlords must do the rest.', 100, 140),
          t('No', 300, 140),
          t('Policy', 360, 140),
          t('9.4', 393, 140),
        ],
        rules(50, 75, 100, 125, 150),
      ),
    ]);
    expect(texts(tablesOf(blocks)[0]!).slice(1)).toEqual([
      ['1.1', 'Landlords must do it.', 'Yes', 'Policy 6.2', ''],
      ['1.2', 'Landlords must do that.', 'Yes', 'Policy 7.1', ''],
      ['1.3', 'Landlords must do the rest.', 'No', 'Policy 9.4', ''],
    ]);
  });

  it('joins a table continued on the next page, the rest of a split row in one column only', () => {
    const { blocks } = buildDocument([
      page(
        1,
        [
          ...header(705),
          t('1.1', 55, 730),
          t('Landlords must keep a record of', 100, 730),
          t('Yes', 300, 736),
          t('Case system', 360, 736),
          t('every complaint and', 100, 742),
        ],
        rules(690, 715, 748),
      ),
      page(
        2,
        [
          // repeated header, then the rest of row 1.1 (requirement only), then 1.2
          ...header(65),
          t('each outcome.', 100, 90),
          t('1.2', 55, 115),
          t('Landlords must publish the report.', 100, 115),
          t('No', 300, 115),
          t('Report due', 460, 115),
        ],
        rules(50, 75, 100, 125),
      ),
      page(
        3,
        // only the rest of the last row of page 2's table: no column gap of its own
        [t('in June.', 460, 62), t('End of the form.', 50, 120)],
        rules(50, 75),
      ),
    ]);
    const tables = tablesOf(blocks);
    expect(tables).toHaveLength(1);
    expect(texts(tables[0]!)).toEqual([
      ['Ref', 'Requirement', 'Comply', 'Evidence', 'Comments'],
      ['1.1', 'Landlords must keep a record of\nevery complaint and\neach outcome.', 'Yes', 'Case system', ''],
      ['1.2', 'Landlords must publish the report.', 'No', '', 'Report due\nin June.'],
    ]);
    expect(tables[0]!.rows.map((r) => r.location)).toEqual([
      { page: 1, line: 1 },
      { page: 1, line: 2 },
      { page: 2, line: 3 },
    ]);
    expect(blocks[blocks.length - 1]).toMatchObject({ kind: 'paragraph', text: 'End of the form.' });
  });

  it('reads a table ruled only between its rows: the header above the first rule, the last row below the last', () => {
    const { blocks } = buildDocument([
      page(
        1,
        [
          t('Self-assessment', 50, 40, { font: 'bold', size: 13 }),
          ...header(80),
          t('1.1', 55, 100),
          t('Landlords must do the first thing.', 100, 100),
          t('Yes', 300, 100),
          t('1.2', 55, 125),
          t('Landlords must do the second thing.', 100, 125),
          t('No', 300, 125),
          t('Plan agreed', 460, 125),
          t('A note after the table, well below it.', 50, 170),
        ],
        rules(86, 110),
      ),
    ]);
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'table'))).toEqual([
      'Self-assessment',
      'table',
      'A note after the table, well below it.',
    ]);
    expect(texts(tablesOf(blocks)[0]!)).toEqual([
      ['Ref', 'Requirement', 'Comply', 'Evidence', 'Comments'],
      ['1.1', 'Landlords must do the first thing.', 'Yes', '', ''],
      ['1.2', 'Landlords must do the second thing.', 'No', '', 'Plan agreed'],
    ]);
  });

  it('keeps the text of a box ruled inside a cell in that cell', () => {
    const { blocks } = buildDocument([
      page(
        1,
        [
          ...header(65),
          t('1.1', 55, 100),
          t('Landlords must do the first thing.', 100, 100),
          t('Yes', 300, 100),
          t('See the annex.', 460, 96),
          t('1.2', 55, 140),
          t('Landlords must do the second thing.', 100, 140),
          t('No', 300, 140),
        ],
        [...rules(50, 75, 120, 150), { y: 86, x1: 400, x2: 550 }, { y: 104, x1: 400, x2: 550 }],
      ),
    ]);
    expect(texts(tablesOf(blocks)[0]!).slice(1)).toEqual([
      ['1.1', 'Landlords must do the first thing.', 'Yes', '', 'See the annex.'],
      ['1.2', 'Landlords must do the second thing.', 'No', '', ''],
    ]);
  });

  it('leaves a table whose rules do not separate its rows to the borderless reader, as before', () => {
    // Ruled above and below the header and under the body only (booktabs), and ruled around the header only.
    const body = [
      ...header(65),
      t('1.1', 55, 90),
      t('Landlords must do the first thing.', 100, 90),
      t('Yes', 300, 90),
      t('1.2', 55, 105),
      t('Landlords must do the second thing.', 100, 105),
      t('No', 300, 105),
      t('Plan agreed', 460, 105),
      t('1.3', 55, 120),
      t('Landlords must do the third thing.', 100, 120),
      t('Partial', 300, 120),
    ];
    const plain = buildDocument([page(1, body)]).blocks;
    expect(texts(tablesOf(plain)[0]!)).toHaveLength(4);
    expect(buildDocument([page(1, body, rules(50, 75, 130))]).blocks).toEqual(plain);
    expect(buildDocument([page(1, body, rules(50, 75))]).blocks).toEqual(plain);
  });

  it('reads a header ruled only below it, with a heading just above it', () => {
    const { blocks } = buildDocument([
      page(
        1,
        [
          t('Section 3: Accessibility', 50, 52, { font: 'bold', size: 13 }),
          ...header(70),
          t('3.1', 55, 95),
          t('Landlords must make complaining easy.', 100, 95),
          t('Yes', 300, 95),
          t('3.2', 55, 120),
          t('Residents must be able to raise it.', 100, 120),
          t('Yes', 300, 120),
        ],
        rules(76, 105, 130),
      ),
    ]);
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'table'))).toEqual([
      'Section 3: Accessibility',
      'table',
    ]);
    expect(texts(tablesOf(blocks)[0]!)).toEqual([
      ['Ref', 'Requirement', 'Comply', 'Evidence', 'Comments'],
      ['3.1', 'Landlords must make complaining easy.', 'Yes', '', ''],
      ['3.2', 'Residents must be able to raise it.', 'Yes', '', ''],
    ]);
  });

  it('does not let one row whose text runs into the next column close that column', () => {
    const row = (id: string, y: number, evidence: string, comment: string) => [
      t(id, 55, y),
      t(`Landlords must do ${id}.`, 100, y),
      t('Yes', 300, y),
      t(evidence, 360, y),
      t(comment, 460, y),
    ];
    const { blocks } = buildDocument([
      page(
        1,
        [
          ...header(65),
          ...row('1.1', 90, 'Policy A', 'Fine'),
          ...row('1.2', 115, 'Policy B', 'Fine'),
          // a web address wider than its column, running under the next column's start
          ...row('1.3', 140, 'www.example.gov.uk/policy', ''),
          ...row('1.4', 165, 'Policy D', 'Done'),
          ...row('1.5', 190, 'Policy E', 'Done'),
        ],
        rules(50, 75, 100, 125, 150, 175, 200),
      ),
    ]);
    const table = tablesOf(blocks)[0]!;
    expect(table.rows.every((r) => r.cells.length === 5)).toBe(true);
    expect(texts(table)[3]).toEqual(['1.3', 'Landlords must do 1.3.', 'Yes', 'www.example.gov.uk/policy', '']);
  });

  it('reads cards ruled only between their rows, one under the other, as one table', () => {
    const card = (y: number, id: string, answer: string) => [
      bold('Code provision', 55, y),
      t(id, 200, y),
      bold('Comply', 55, y + 25),
      t(answer, 200, y + 25),
      bold('Evidence', 55, y + 50),
      t(`Policy ${id}`, 200, y + 50),
    ];
    const { blocks } = buildDocument([
      // rules under the first two rows of each card; a blank line between the cards
      page(1, [...card(65, '6.1', 'No'), ...card(150, '6.2', 'Yes')], rules(75, 100, 160, 185)),
    ]);
    expect(texts(tablesOf(blocks)[0]!)).toEqual([
      ['Code provision', '6.1'],
      ['Comply', 'No'],
      ['Evidence', 'Policy 6.1'],
      ['Code provision', '6.2'],
      ['Comply', 'Yes'],
      ['Evidence', 'Policy 6.2'],
    ]);
  });

  it('carries a table on under a repeated header ruled only below it, then stops at a heading', () => {
    const { blocks } = buildDocument([
      page(
        1,
        [
          ...header(705),
          t('1.1', 55, 730),
          t('Landlords must keep a record of', 100, 730),
          t('Yes', 300, 736),
          t('every complaint and', 100, 742),
        ],
        rules(690, 715, 748),
      ),
      page(
        2,
        [
          ...header(65),
          t('each outcome.', 100, 86),
          t('Section 2: Exclusions', 50, 120, { font: 'bold', size: 13 }),
          t('Some text after the table.', 50, 140),
        ],
        rules(72, 200),
      ),
    ]);
    expect(texts(tablesOf(blocks)[0]!)).toEqual([
      ['Ref', 'Requirement', 'Comply', 'Evidence', 'Comments'],
      ['1.1', 'Landlords must keep a record of\nevery complaint and\neach outcome.', 'Yes', '', ''],
    ]);
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual([
      'Section 2: Exclusions',
      'Some text after the table.',
    ]);
  });

  it('reads key/value cards drawn with rules between their rows', () => {
    const { blocks } = buildDocument([
      page(
        1,
        [
          bold('Code provision', 55, 65),
          t('6.1', 200, 65),
          bold('Comply', 55, 90),
          t('No', 200, 90),
          bold('Evidence', 55, 115),
          t('Policy 6, section 2', 200, 115),
          bold('Commentary', 55, 140),
          t('Being reviewed.', 200, 140),
        ],
        rules(50, 75, 100, 125, 150),
      ),
    ]);
    expect(texts(tablesOf(blocks)[0]!)).toEqual([
      ['Code provision', '6.1'],
      ['Comply', 'No'],
      ['Evidence', 'Policy 6, section 2'],
      ['Commentary', 'Being reviewed.'],
    ]);
  });

  it('reads a wrapped label in a key/value card as one label, not two rows', () => {
    const { blocks } = buildDocument([
      page(
        1,
        [
          bold('Code section', 55, 65),
          t('4.3', 200, 65),
          bold('Comply', 55, 90),
          t('Yes', 200, 90),
          bold('Evidence, commentary', 55, 113),
          bold('and any explanations', 55, 125),
          t('Training records', 200, 119),
        ],
        rules(50, 75, 100, 135),
      ),
    ]);
    expect(texts(tablesOf(blocks)[0]!)).toEqual([
      ['Code section', '4.3'],
      ['Comply', 'Yes'],
      ['Evidence, commentary\nand any explanations', 'Training records'],
    ]);
  });

  it('leaves text between rules alone when it is not a form table', () => {
    const { blocks } = buildDocument([
      page(
        1,
        [
          t('This report sets out how we handle complaints and what we have learnt from them this year,', 50, 70),
          t('with the actions agreed by the Board.', 50, 82),
          t('Prepared by: J Smith', 55, 115),
          t('Date: 1 May 2024', 400, 115),
          t('Approved by: the Board', 55, 140),
          t('Date: 12 June 2024', 400, 140),
        ],
        rules(55, 95, 125, 150),
      ),
    ]);
    expect(tablesOf(blocks)).toEqual([]);
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'table'))).toContain(
      'This report sets out how we handle complaints and what we have learnt from them this year, with the actions agreed by the Board.',
    );
  });
});

describe('columnGaps', () => {
  it('is the holes in the runs of the rows with two runs or more', () => {
    expect(
      columnGaps([
        {
          runs: [
            [50, 80],
            [100, 290],
            [300, 320],
          ],
        },
        {
          runs: [
            [50, 70],
            [100, 299.5],
            [300, 330],
            [360, 400],
          ],
        },
        // one run (a heading across the table): ignored
        { runs: [[50, 500]] },
      ]),
    ).toEqual([
      [80, 100],
      [299.5, 300],
      [330, 360],
    ]);
  });
});

describe('PDF fixtures drawn with horizontal rules only', () => {
  const read = async (name: string) => {
    const r = await readPdf(new Uint8Array(readFileSync(new URL(`../../fixtures/pdf/${name}`, import.meta.url))), {
      maxPages: 50,
    });
    if (!r.ok) throw new Error(r.failure.message);
    return r.document;
  };

  it.each(['pdfkit-hrules-2024.pdf', 'hrules-2024.pdf', 'hrules-inside-2024.pdf', 'lo-hrules-2024.pdf'])(
    '%s: five columns, one table per section, page/line locations',
    async (name) => {
      const doc = await read(name);
      const tables = tablesOf(doc.blocks);
      expect(tables).toHaveLength(10);
      for (const table of tables) {
        expect(table.rows[0]?.header).toBe(true);
        expect(table.rows.every((r) => r.cells.length === 5)).toBe(true);
        for (const row of table.rows) expect(Object.keys(row.location).sort()).toEqual(['line', 'page']);
      }
      const rows = tables.flatMap((t) => t.rows.filter((r) => !r.header));
      expect(rows.map((r) => r.cells[0]?.text)).toHaveLength(72);
      expect(rows.every((r) => /^\d\.\d+$/.test(r.cells[0]?.text ?? ''))).toBe(true);
      expect(rows.every((r) => /^(Yes|No|Partial)$/.test(r.cells[2]?.text ?? ''))).toBe(true);
    },
  );
});
