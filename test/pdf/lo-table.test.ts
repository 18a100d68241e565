// lo-table.pdf: a docx-package table exported by LibreOffice (ruled). Repeated header rows, rows 6.7 and 6.12
// broken across page breaks, a vertical merge (6.4/6.5), a nested table (6.2), vertically centred cells, a
// running page header and "Page N of 4" footers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel, TableBlock } from '../../src/ingest/document.js';
import {
  HEADER,
  REQ,
  expectLocations,
  expectNoInterleaving,
  flat,
  flatCells,
  paragraphs,
  readFixture,
  rowById,
  tables,
} from './helpers.js';

let doc: DocumentModel;
let stage1: TableBlock;
let stage2: TableBlock;

beforeAll(async () => {
  doc = await readFixture('lo-table.pdf');
  [stage1, stage2] = tables(doc) as [TableBlock, TableBlock];
});

describe('LibreOffice ruled table PDF', () => {
  it('reads two tables (one per stage), each joined over its page breaks', () => {
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(4);
    expect(doc.title).toBe('Complaint handling self-assessment 2024');
    expect(tables(doc)).toHaveLength(2);
    expect(stage1.rows.map((r) => r.cells[0]?.text)).toEqual([
      'Code\nprovision',
      '6.1',
      '6.2',
      '6.3',
      '6.4',
      '6.5',
      '6.6',
      '6.7',
      '6.8',
      '6.9',
    ]);
    expect(stage2.rows.map((r) => r.cells[0]?.text)).toEqual([
      'Code\nprovision',
      '6.10',
      '6.11',
      '6.12',
      '6.13',
      '6.14',
      '6.15',
      '6.16',
      '6.17',
      '6.19',
    ]);
  });

  it('keeps the header row once, marked as a header', () => {
    for (const t of [stage1, stage2]) {
      expect(t.rows[0]?.header).toBe(true);
      expect(flatCells(t.rows[0]!)).toEqual(HEADER);
      expect(t.rows.filter((r) => r.header)).toHaveLength(1);
    }
  });

  it('gives exact cell texts, lines kept with "\\n"', () => {
    const r61 = rowById(stage1, '6.1');
    expect(flat(r61.cells[1]!.text)).toBe(REQ['6.1']);
    expect(r61.cells[1]!.text.split('\n')[0]).toBe('Landlords must have processes in');
    expect(r61.cells.slice(2).map((c) => c.text)).toEqual([
      'Yes',
      'Complaints policy\nv4.2, section 12',
      'Early resolution is\nattempted on every\ncase.',
    ]);
    expect(flat(rowById(stage2, '6.15').cells[1]!.text)).toBe(REQ['6.15']);
    expect(
      rowById(stage2, '6.15')
        .cells.slice(2)
        .map((c) => c.text),
    ).toEqual([
      'No',
      '',
      'Extensions are\nagreed by the case\nofficer, but the\nreason is not yet\nrecorded on the case\nfile. Action plan\nitem 7.',
    ]);
  });

  it('rejoins words wrapped at a hyphen (dates, references)', () => {
    expect(rowById(stage1, '6.6').cells[3]!.text).toBe('Action tracker report\nAT-2\nBoard minutes 2024-03-02');
    expect(rowById(stage2, '6.14').cells[3]!.text).toBe('Performance report\nQ3 2024-25\nBoard minutes 2024-03-02');
    expect(rowById(stage2, '6.11').cells[3]!.text).toBe('Acknowledgement\nletter template TL-04');
  });

  it('puts vertically centred cells in their own row', () => {
    const r63 = rowById(stage1, '6.3');
    expect(flatCells(r63)).toEqual([
      '6.3',
      REQ['6.3'],
      'Yes',
      'Performance report Q3 2024-25',
      'Vertically centred answer and evidence',
    ]);
  });

  it('keeps a nested table inside its cell, read row by row, instead of leaking rows', () => {
    const r62 = rowById(stage1, '6.2');
    expect(r62.cells).toHaveLength(5);
    expect(flatCells(r62)).toEqual([
      '6.2',
      REQ['6.2'],
      'Yes',
      'See sub-table: Doc Ref Audit report AR-7',
      'Nested table in Evidence cell',
    ]);
    expect(stage1.rows.every((r) => r.cells.length === 5)).toBe(true);
  });

  it('reports a vertical merge as rowSpan on the first row and mergedFromAbove below', () => {
    expect(rowById(stage1, '6.4').cells[2]).toEqual({ text: 'Yes', rowSpan: 2 });
    expect(rowById(stage1, '6.5').cells[2]).toEqual({ text: '', mergedFromAbove: true });
    expect(rowById(stage1, '6.5').cells[4]!.text).toBe('Vertically merged\nComply (row 2 of 2)');
  });

  it('keeps rows broken across a page break whole', () => {
    const r67 = rowById(stage1, '6.7');
    expect(flatCells(r67)).toEqual(['6.7', REQ['6.7'], 'Yes', 'Response template RT-1', '']);
    expect(r67.location).toEqual({ page: 1, line: 58 });
    const r612 = rowById(stage2, '6.12');
    expect(flatCells(r612)).toEqual([
      '6.12',
      REQ['6.12'],
      'Yes',
      '',
      'We ask for clarification only where the escalation request is unclear.',
    ]);
    expect(r612.location.page).toBe(2);
    expect(rowById(stage2, '6.13').location).toEqual({ page: 3, line: 5 });
  });

  it('never interleaves columns', () => {
    expectNoInterleaving(stage1);
    expectNoInterleaving(stage2);
  });

  it('reads the text outside tables as paragraphs in reading order', () => {
    expect(paragraphs(doc).map((p) => p.text)).toEqual([
      'Riverside Community Housing',
      'Complaint Handling Code self-assessment 2024, approved by the Board on 12 June 2024.',
      'Section 6: Complaint stages',
      'Stage 1',
      'Stage 2',
      'Mandatory \u2018must\u2019 requirements',
      'Section 7: Putting things right',
    ]);
    expect(doc.blocks.map((b) => (b.kind === 'table' ? 'T' : 'P')).join('')).toBe('PPPPTPPTP');
    expect(paragraphs(doc)[6]!.location).toEqual({ page: 4, line: 2 });
  });

  it('drops the running page header and the page-number footers', () => {
    const all = doc.blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.cells.map((c) => c.text)),
    );
    expect(all.join('\n')).not.toMatch(/Page \d of 4|Riverside Community Housing \u2013/);
  });

  it('gives every block and row a page and line', () => {
    expectLocations(doc);
    expect(stage1.location).toEqual({ page: 1, line: 6 });
    expect(rowById(stage1, '6.8').location.page).toBe(2);
  });
});
