// borderless.pdf: text only, no rules. Running header and "Page N of 2" on every page, a header line whose
// "Comply: Yes / No" label wraps, Comply answers vertically centred, row 6.17 split over the page break (no
// repeated header on page 2), then a heading, a paragraph and a second table.
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
let stage2: TableBlock;
let section7: TableBlock;

beforeAll(async () => {
  doc = await readFixture('borderless.pdf');
  [stage2, section7] = tables(doc) as [TableBlock, TableBlock];
});

describe('borderless table PDF', () => {
  it('rebuilds the tables from text positions', () => {
    expect(tables(doc)).toHaveLength(2);
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
    ]);
    expect(section7.rows.map((r) => r.cells[0]?.text)).toEqual(['Code\nprovision', '7.1', '7.2']);
    expect(stage2.rows.every((r) => r.cells.length === 5)).toBe(true);
  });

  it('takes the header row from one baseline plus its wrapped labels', () => {
    expect(stage2.rows[0]?.header).toBe(true);
    expect(stage2.rows[0]?.cells.map((c) => c.text)).toEqual([
      'Code\nprovision',
      'Code requirement',
      'Comply:\nYes / No',
      'Evidence',
      'Commentary / explanation',
    ]);
    expect(flatCells(section7.rows[0]!)).toEqual(HEADER);
  });

  it('gives exact cell texts with vertically centred answers in the right row', () => {
    expect(rowById(stage2, '6.10').cells.map((c) => c.text)).toEqual([
      '6.10',
      "If all or part of the complaint is not resolved to the resident's\nsatisfaction at stage 1, it must be progressed to stage 2 of the\nlandlord's procedure. Stage 2 is the landlord's final response.",
      'Yes',
      'Complaints policy v4.2,\nsection 14',
      'Escalation is offered in every stage\n1 response letter.',
    ]);
    expect(flatCells(rowById(stage2, '6.12'))).toEqual([
      '6.12',
      REQ['6.12'],
      'Yes',
      '',
      'We ask for clarification only where the escalation request is unclear.',
    ]);
    expect(flatCells(rowById(stage2, '6.13'))).toEqual([
      '6.13',
      REQ['6.13'],
      'Yes',
      'Complaints policy v4.2, section 15',
      'Stage 2 reviews are allocated by the Head of Customer Experience.',
    ]);
    expect(rowById(stage2, '6.14').cells[2]?.text).toBe('Partial');
    expect(rowById(stage2, '6.14').cells[3]?.text).toBe('Performance report Q3\n2024-25\nBoard minutes 2024-03-02');
    expect(flatCells(rowById(stage2, '6.15'))).toEqual([
      '6.15',
      REQ['6.15'],
      'No',
      '',
      'Extensions are agreed by the case officer, but the reason is not yet recorded on the case file. Action plan item 7.',
    ]);
  });

  it('keeps the row split over the page break whole (answer from page 2 included)', () => {
    const r = rowById(stage2, '6.17');
    expect(flatCells(r)).toEqual([
      '6.17',
      REQ['6.17'],
      'Yes',
      'Action tracker report AT-2',
      'Outstanding actions are reviewed weekly by the complaints team.',
    ]);
    expect(r.location).toEqual({ page: 1, line: 36 });
  });

  it('never interleaves columns', () => {
    expectNoInterleaving(stage2);
    expectNoInterleaving(section7);
    for (const row of stage2.rows) expect(row.cells[1]?.text).not.toMatch(/Complaints policy|Yes|Partial/);
  });

  it('drops the running header and page numbers, keeps headings and paragraphs in order', () => {
    expect(paragraphs(doc).map((p) => p.text)).toEqual([
      'Northgate Homes',
      'Complaint Handling Code self-assessment 2024',
      'Section 6: Complaint stages',
      'Stage 2',
      'Mandatory \u2018must\u2019 requirements',
      'Section 7: Putting things right',
      'The following remedies are available at every stage of the complaints process.',
    ]);
    const all = doc.blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.cells.map((c) => c.text)),
    );
    expect(all.join('\n')).not.toMatch(/Page \d of 2|Northgate Homes \|/);
    expect(doc.blocks.map((b) => (b.kind === 'table' ? 'T' : 'P')).join('')).toBe('PPPPPTPPT');
  });

  it('gives every block and row a page and line', () => {
    expectLocations(doc);
    expect(stage2.location).toEqual({ page: 1, line: 7 });
    expect(section7.location).toEqual({ page: 2, line: 7 });
    expect(paragraphs(doc)[0]?.location).toEqual({ page: 1, line: 2 });
    expect(flat(rowById(section7, '7.2').cells[4]?.text ?? '')).toBe('Remedies are reviewed quarterly.');
  });
});
