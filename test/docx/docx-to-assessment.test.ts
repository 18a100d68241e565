/** DOCX bytes → readDocx → normaliseDocument, with the real catalogues. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CheckBox, HeadingLevel, Paragraph, TableCell, TextRun, VerticalMergeType } from 'docx';
import type { Catalogue, CodeVersion } from '../../src/catalogue/types.js';
import { readDocx } from '../../src/ingest/docx/read-docx.js';
import { normaliseDocument } from '../../src/normalise/document/normalise-document.js';
import { cell, docxBytes, headerRow, LIMITS, row, table } from './build-docx.js';

const CATS = (['2020', '2022', '2024'] as CodeVersion[]).map(
  (v) => parse(readFileSync(new URL(`../../codes/${v}.yaml`, import.meta.url), 'utf8')) as Catalogue,
);
const text = (v: CodeVersion, id: string): string =>
  CATS.find((c) => c.version === v)?.provisions.find((p) => p.id === id)?.text ?? '';

const HEADER = ['Code provision', 'Code requirement', 'Comply: Yes / No', 'Evidence', 'Commentary / explanation'];

const boxes = (yes: boolean): TableCell =>
  new TableCell({
    children: [
      new Paragraph({
        children: [
          new CheckBox({ checked: yes }),
          new TextRun(' Yes '),
          new CheckBox({ checked: !yes }),
          new TextRun(' No'),
        ],
      }),
    ],
  });

describe('DOCX to assessment', () => {
  it('reads a 2024 form with merged answers, a nested table, checkboxes and a page-wrapped row', async () => {
    const bytes = await docxBytes(
      [
        new Paragraph({
          text: 'Greenway Housing Trust – Complaint Handling Code self-assessment',
          heading: HeadingLevel.TITLE,
        }),
        new Paragraph({ text: 'Section 6: Complaint stages', heading: HeadingLevel.HEADING_2 }),
        table([
          headerRow(HEADER),
          row([
            '6.13',
            text('2024', '6.13'),
            cell('Yes', { verticalMerge: VerticalMergeType.RESTART }),
            'Stage 2 procedure',
            '',
          ]),
          row([
            '6.14',
            text('2024', '6.14'),
            cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
            'Policy 15.3',
            '',
          ]),
          row([
            '6.15',
            text('2024', '6.15'),
            boxes(false),
            new TableCell({
              children: [
                new Paragraph('Extensions log:'),
                table([row(['Q1', '3']), row(['Q2', '5'])]),
                new Paragraph(''),
              ],
            }),
            'Extensions over 20 days were agreed with residents.',
          ]),
          row(['6.16', text('2024', '6.16').split(' ').slice(0, 8).join(' '), boxes(true), '', '']),
          row(['', text('2024', '6.16').split(' ').slice(8).join(' '), '', 'Template letter T4', '']),
        ]),
      ],
      { title: 'Self-assessment' },
    );
    const read = await readDocx(bytes, LIMITS);
    if (!read.ok) throw new Error(read.failure.message);
    const r = normaliseDocument(read.document, { file: 'upload-17.docx', catalogues: CATS });
    if (!r.ok) throw new Error(r.failure.message);
    const a = r.assessment;
    expect(a.code).toBe('2024');
    expect(a.format).toBe('docx');
    expect(a.landlord).toBe('Greenway Housing Trust');
    expect(a.provisions.map((p) => [p.id, p.comply, p.evidence, p.commentary])).toEqual([
      ['6.13', 'yes', 'Stage 2 procedure', ''],
      ['6.14', 'yes', 'Policy 15.3', ''],
      ['6.15', 'no', 'Extensions log: Q1 3 Q2 5', 'Extensions over 20 days were agreed with residents.'],
      ['6.16', 'yes', 'Template letter T4', ''],
    ]);
    expect(a.provisions[3]?.requirement).toBe(text('2024', '6.16'));
    expect(a.provisions[2]?.location).toEqual({ table: 1, row: 4 });
  });

  it('leaves out a blank copy of the form printed before the filled one (a report with both as appendices)', async () => {
    const ids = ['6.13', '6.14', '6.15', '6.16'];
    const bytes = await docxBytes([
      new Paragraph({ text: 'Appendix 1: the self-assessment form', heading: HeadingLevel.HEADING_1 }),
      table([headerRow(HEADER), ...ids.map((id) => row([id, text('2024', id), '', '', '']))]),
      new Paragraph({ text: 'Appendix 2: our self-assessment', heading: HeadingLevel.HEADING_1 }),
      table([
        headerRow(HEADER),
        ...ids.map((id) => row([id, text('2024', id), id === '6.15' ? '' : 'Yes', `Policy ${id}`, ''])),
      ]),
    ]);
    const read = await readDocx(bytes, LIMITS);
    if (!read.ok) throw new Error(read.failure.message);
    const r = normaliseDocument(read.document, { file: 'cabinet-report.docx', catalogues: CATS });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.assessment.provisions.map((p) => [p.id, p.comply ?? 'blank', p.location?.table])).toEqual([
      ['6.13', 'yes', 2],
      ['6.14', 'yes', 2],
      ['6.15', 'blank', 2],
      ['6.16', 'yes', 2],
    ]);
    expect(r.assessment.leftOut).toEqual([
      {
        rows: 4,
        reason: 'a blank copy of the form: its provisions are answered elsewhere in the document',
        location: { table: 1, row: 2 },
      },
    ]);
  });

  it('leaves out the blank 2020 question form printed before the filled one', async () => {
    const questions = ['Q2.1', 'Q2.2', 'Q2.3', 'Q2.4'];
    const form = (answers: string[]) =>
      table([
        row(['2', 'Accessibility', 'Yes', 'No']),
        ...questions.map((id, i) => row(['', text('2020', id), answers[i] ?? '', ''])),
      ]);
    const bytes = await docxBytes([
      new Paragraph({ text: 'Appendix 1: Self-assessment form', heading: HeadingLevel.HEADING_1 }),
      form([]),
      new Paragraph({ text: 'Appendix 2: our self-assessment', heading: HeadingLevel.HEADING_1 }),
      form(['Yes, in writing and by phone', 'Yes - on our website', 'Yes', 'Yes, in the tenants newsletter']),
    ]);
    const read = await readDocx(bytes, LIMITS);
    if (!read.ok) throw new Error(read.failure.message);
    const r = normaliseDocument(read.document, { file: 'cabinet-report.docx', catalogues: CATS, code: '2020' });
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.assessment.provisions.map((p) => [p.id, p.comply ?? p.rawAnswer ?? 'blank', p.location?.table])).toEqual(
      questions.map((id) => [id, 'yes', 2]),
    );
  });

  it('reports a DOCX without provisions', async () => {
    const read = await readDocx(await docxBytes([new Paragraph('Minutes of the board meeting')]), LIMITS);
    if (!read.ok) throw new Error(read.failure.message);
    expect(normaliseDocument(read.document, { file: 'minutes.docx', catalogues: CATS })).toEqual({
      ok: false,
      failure: {
        code: 'not-a-form',
        message:
          'no Housing Ombudsman provisions found (saw 0 tables, 1 paragraphs): this does not look like a Complaint Handling Code self-assessment',
      },
    });
  });
});

describe('a DOCX written by LibreOffice (fixtures/pdf-special/lo-table.docx)', () => {
  const file = new URL('../../fixtures/pdf-special/lo-table.docx', import.meta.url);
  it.skipIf(!existsSync(file))('reads merged, nested and wrapped cells into a 2024 assessment', async () => {
    const read = await readDocx(new Uint8Array(readFileSync(file)), LIMITS);
    if (!read.ok) throw new Error(read.failure.message);
    const r = normaliseDocument(read.document, { file: 'lo-table.docx', catalogues: CATS });
    if (!r.ok) throw new Error(r.failure.message);
    const byId = new Map(r.assessment.provisions.map((p) => [p.id, p]));
    expect(r.assessment.code).toBe('2024');
    expect(r.assessment.landlord).toBe('Riverside Community Housing');
    expect(byId.get('6.2')?.evidence).toBe('See sub-table: Doc Ref Audit report AR-7');
    expect(byId.get('6.5')?.comply).toBe('yes');
    expect(byId.get('6.6')?.evidence).toMatch(/2024-03-02/);
  });
});
