import { describe, expect, it } from 'vitest';
import {
  CheckBox,
  DeletedTextRun,
  HeadingLevel,
  InsertedTextRun,
  Paragraph,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';
import { readDocx } from '../../src/ingest/docx/read-docx.js';
import type { DocumentModel, ParagraphBlock, TableBlock } from '../../src/ingest/document.js';
import { cell, docxBytes, headerRow, LIMITS, row, table } from './build-docx.js';

async function read(
  children: Parameters<typeof docxBytes>[0],
  options: { title?: string } = {},
): Promise<DocumentModel> {
  const result = await readDocx(await docxBytes(children, options), LIMITS);
  if (!result.ok) throw new Error(result.failure.message);
  return result.document;
}

const tables = (doc: DocumentModel): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
const paragraphs = (doc: DocumentModel): ParagraphBlock[] =>
  doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
const texts = (t: TableBlock): string[][] => t.rows.map((r) => r.cells.map((c) => c.text));

const HEADER = ['Code provision', 'Code requirement', 'Comply: Yes / No', 'Evidence', 'Commentary / explanation'];

describe('readDocx: tables', () => {
  it('reads rows and cells in order, with the header row flagged and locations', async () => {
    const doc = await read([
      table([
        headerRow(HEADER),
        row(['1.2', 'A complaint must be defined as...', 'Yes', 'Policy 6.2', '']),
        row(['1.3', 'Text', 'No', '', 'Reviewing']),
      ]),
    ]);
    const [t] = tables(doc);
    expect(t).toBeDefined();
    expect(texts(t!)).toEqual([
      HEADER,
      ['1.2', 'A complaint must be defined as...', 'Yes', 'Policy 6.2', ''],
      ['1.3', 'Text', 'No', '', 'Reviewing'],
    ]);
    expect(t!.rows[0]!.header).toBe(true);
    expect(t!.rows[1]!.header).toBeUndefined();
    expect(t!.rows[2]!.location).toEqual({ table: 1, row: 3 });
    expect(t!.location).toEqual({ table: 1 });
    expect(doc.format).toBe('docx');
  });

  it('keeps colSpan on a cell spanning columns', async () => {
    const doc = await read([
      table([
        headerRow(HEADER),
        row(['1.3', 'Text', 'No', cell('Not applicable - spans Evidence and Commentary', { columnSpan: 2 })]),
      ]),
    ]);
    const cells = tables(doc)[0]!.rows[1]!.cells;
    expect(cells).toHaveLength(4);
    expect(cells[3]).toMatchObject({ text: 'Not applicable - spans Evidence and Commentary', colSpan: 2 });
  });

  it('puts back a mergedFromAbove placeholder for each cell a vertical merge continues', async () => {
    const doc = await read([
      table([
        headerRow(HEADER),
        row([
          '1.4',
          'Text',
          cell('Yes', { verticalMerge: VerticalMergeType.RESTART }),
          'Policy',
          cell('Merged commentary', { verticalMerge: VerticalMergeType.RESTART }),
        ]),
        row([
          '1.5',
          'Text',
          cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
          'Policy 1.5',
          cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
        ]),
      ]),
    ]);
    const [, first, second] = tables(doc)[0]!.rows;
    expect(first!.cells[2]).toMatchObject({ text: 'Yes', rowSpan: 2 });
    expect(second!.cells).toHaveLength(5);
    expect(second!.cells[2]).toEqual({ text: '', mergedFromAbove: true });
    expect(second!.cells[3]!.text).toBe('Policy 1.5');
    expect(second!.cells[4]).toEqual({ text: '', mergedFromAbove: true });
  });

  it('folds a nested table into the containing cell text', async () => {
    const nested = table([row(['Doc', 'Ref']), row(['Audit report', 'AR-7'])]);
    const doc = await read([
      table([
        headerRow(HEADER),
        row([
          '1.2',
          'Text',
          'Partial',
          new TableCell({ children: [new Paragraph('See sub-table:'), nested, new Paragraph('')] }),
          'Nested',
        ]),
      ]),
    ]);
    expect(tables(doc)).toHaveLength(1);
    expect(tables(doc)[0]!.rows[1]!.cells[3]!.text).toBe('See sub-table:\nDoc Ref\nAudit report AR-7');
  });

  it('keeps line breaks between paragraphs of a cell as "\\n"', async () => {
    const doc = await read([
      table([
        headerRow(HEADER),
        row(['1.1', 'The organisation\nshall ensure', 'No', 'Policy 1.1 v2.1\nMinutes 2024-03-02', '']),
      ]),
    ]);
    expect(tables(doc)[0]!.rows[1]!.cells[3]!.text).toBe('Policy 1.1 v2.1\nMinutes 2024-03-02');
  });

  it('reads checkboxes as ☒ / ☐ with their labels', async () => {
    const boxes = new TableCell({
      children: [
        new Paragraph({
          children: [
            new CheckBox({ checked: true }),
            new TextRun(' Yes '),
            new CheckBox({ checked: false }),
            new TextRun(' No'),
          ],
        }),
      ],
    });
    const doc = await read([table([headerRow(HEADER), row(['1.2', 'Text', boxes, 'Policy', ''])])]);
    const c = tables(doc)[0]!.rows[1]!.cells[2]!;
    expect(c.text).toBe('☒ Yes ☐ No');
    expect(c.checkboxes).toEqual([
      { checked: true, label: 'Yes' },
      { checked: false, label: 'No' },
    ]);
  });

  it('accepts tracked changes: insertions kept, deletions dropped', async () => {
    const changed = new TableCell({
      children: [
        new Paragraph({
          children: [
            new TextRun('Policy '),
            new InsertedTextRun({ text: 'section 4.2', id: 1, author: 'A', date: '2024-05-01T00:00:00Z' }),
            new DeletedTextRun({ text: 'section 3.9', id: 2, author: 'A', date: '2024-05-01T00:00:00Z' }),
          ],
        }),
      ],
    });
    const doc = await read([table([headerRow(HEADER), row(['1.2', 'Text', 'Yes', changed, ''])])]);
    expect(tables(doc)[0]!.rows[1]!.cells[3]!.text).toBe('Policy section 4.2');
  });

  it('numbers tables in document order and keeps paragraphs between them', async () => {
    const doc = await read([
      new Paragraph({ text: 'Section 1: Definition of a complaint', heading: HeadingLevel.HEADING_2 }),
      table([headerRow(HEADER), row(['1.2', 'Text', 'Yes', 'P', ''])]),
      new Paragraph({ text: 'Section 2: Exclusions', heading: HeadingLevel.HEADING_2 }),
      table([headerRow(HEADER), row(['2.1', 'Text', 'Yes', 'P', ''])]),
    ]);
    expect(tables(doc).map((t) => t.location.table)).toEqual([1, 2]);
    expect(tables(doc)[1]!.rows[1]!.location).toEqual({ table: 2, row: 2 });
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph', 'table']);
  });
});

describe('readDocx: paragraphs', () => {
  it('gives headings their level from the style name, and a Title style as the title', async () => {
    const doc = await read([
      new Paragraph({ text: 'Acme Homes self-assessment', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: 'Section 1', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Stage 1', heading: HeadingLevel.HEADING_3 }),
      new Paragraph('Body text'),
    ]);
    expect(paragraphs(doc).map((p) => [p.text, p.heading])).toEqual([
      ['Acme Homes self-assessment', 1],
      ['Section 1', 1],
      ['Stage 1', 3],
      ['Body text', undefined],
    ]);
    expect(doc.title).toBe('Acme Homes self-assessment');
  });

  it('marks bullet list items and skips empty paragraphs, numbering paragraphs in document order', async () => {
    const doc = await read([
      new Paragraph('Intro'),
      new Paragraph(''),
      new Paragraph({ text: 'first point', bullet: { level: 0 } }),
      new Paragraph({ text: 'second point', bullet: { level: 0 } }),
    ]);
    expect(paragraphs(doc).map((p) => p.text)).toEqual(['Intro', '• first point', '• second point']);
    expect(paragraphs(doc).map((p) => p.location.paragraph)).toEqual([1, 3, 4]);
  });

  it('keeps a line break inside a paragraph as "\\n"', async () => {
    const doc = await read([
      new Paragraph({ children: [new TextRun('Line one'), new TextRun({ text: 'Line two', break: 1 })] }),
    ]);
    expect(paragraphs(doc)[0]!.text).toBe('Line one\nLine two');
  });

  it('takes the title from the document properties when no Title paragraph exists', async () => {
    const doc = await read([new Paragraph('Body')], { title: 'Example Housing Association self-assessment' });
    expect(doc.title).toBe('Example Housing Association self-assessment');
  });
});

describe('readDocx: row header flags', () => {
  it('does not flag ordinary rows as headers', async () => {
    const doc = await read([table([new TableRow({ children: [cell('a'), cell('b')] })])]);
    expect(tables(doc)[0]!.rows[0]!.header).toBeUndefined();
  });
});
