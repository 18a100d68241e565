/**
 * Rows printed without a provision number in tables of numbered rows (the first row of each section loses its
 * number in many exports), told from real continuation rows by their wording; PDF rows joined over a page break
 * that turn out to be two rows; a 2020 question form whose first table starts mid-page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Catalogue, CodeVersion } from '../../src/catalogue/types.js';
import type { DocumentModel, ParagraphBlock, Row } from '../../src/ingest/document.js';
import type { Assessment } from '../../src/normalise/assessment.js';
import { normaliseDocument } from '../../src/normalise/document/normalise-document.js';
import { doc, para, table, type TableSpec } from './helpers.js';

const load = (v: CodeVersion): Catalogue =>
  parse(readFileSync(new URL(`../../codes/${v}.yaml`, import.meta.url), 'utf8')) as Catalogue;
const CATS = (['2020', '2022', '2024'] as const).map(load);
const text = (v: CodeVersion, id: string): string =>
  CATS.find((c) => c.version === v)?.provisions.find((p) => p.id === id)?.text ?? '';
const T = (id: string): string => text('2024', id);

const HEADER = ['Code provision', 'Code requirement', 'Comply: Yes / No', 'Evidence', 'Commentary / explanation'];

function read(d: DocumentModel): Assessment {
  const r = normaliseDocument(d, { file: 'northgate-homes-2024.docx', catalogues: CATS });
  if (!r.ok) throw new Error(r.failure.message);
  return r.assessment;
}
const run = (...blocks: (TableSpec | ParagraphBlock)[]): Assessment => read(doc(...blocks));
const ids = (a: Assessment): string[] => a.provisions.map((p) => p.id);
const byId = (a: Assessment, id: string) => a.provisions.find((p) => p.id === id);

/** `text` cut after `words` words: [first part, rest]. */
function cut(t: string, words: number): [string, string] {
  const w = t.split(' ');
  return [w.slice(0, words).join(' '), w.slice(words).join(' ')];
}

describe('a row printed without its provision number', () => {
  it('is matched by its wording: the first row of each section, never dropped and never glued to the row above', () => {
    const a = run(
      para('Section 5: The complaint handling process', 2),
      table([HEADER, ['', T('5.1'), 'Yes', 'Policy 3.1', ''], ['5.2', T('5.2'), 'Yes', 'Policy 3.2', '']]),
      para('Section 6: Complaint stages', 2),
      table([
        HEADER,
        ['', T('6.1'), 'Yes', 'Policy 12', 'Reviewed monthly'],
        ['6.2', T('6.2'), 'Yes', 'Policy 12.1', ''],
        // a provision row that lost its number in the middle of a table, under a numbered row
        ['', T('6.3'), 'No', '', 'We respond within 15 working days; to be fixed by June 2025.'],
        ['6.4', T('6.4'), 'Yes', 'Policy 12.3', ''],
      ]),
    );
    expect(ids(a)).toEqual(['5.1', '5.2', '6.1', '6.2', '6.3', '6.4']);
    expect(byId(a, '6.1')).toMatchObject({ requirement: T('6.1'), comply: 'yes', commentary: 'Reviewed monthly' });
    expect(byId(a, '6.2')?.requirement).toBe(T('6.2'));
    expect(byId(a, '6.3')).toMatchObject({ comply: 'no', location: { table: 2, row: 4 } });
  });

  it('still joins a real continuation (empty id cell, the text going on) to the row above, numbered or not', () => {
    const [a1, a2] = cut(T('8.1'), 40);
    const [b1, b2] = cut(T('6.4'), 12);
    const a = run(
      para('Section 8', 2),
      table([
        HEADER,
        ['', a1, 'Partial', 'Policy 20.2', 'Reporting framework'],
        ['', a2, '', '', 'to be agreed by March 2025.'],
        ['8.2', T('8.2'), 'Yes', 'Board minutes', ''],
      ]),
      para('Section 6', 2),
      table([HEADER, ['6.4', b1, 'Yes', 'Board minutes 2024-03-', ''], HEADER, ['', b2, '', '02', '']]),
    );
    expect(ids(a)).toEqual(['8.1', '8.2', '6.4']);
    expect(byId(a, '8.1')).toMatchObject({
      requirement: T('8.1'),
      comply: 'partial',
      commentary: 'Reporting framework to be agreed by March 2025.',
    });
    expect(byId(a, '6.4')).toMatchObject({ requirement: T('6.4'), evidence: 'Board minutes 2024-03-02' });
  });

  it('picks, among provisions worded alike, the one between its neighbours (2024 6.5 and 6.16)', () => {
    const a = run(
      table([
        HEADER,
        ['6.15', T('6.15'), 'Yes', 'P', ''],
        ['', T('6.16'), 'Yes', 'Contact details in every letter', ''],
        ['6.17', T('6.17'), 'Yes', 'P', ''],
      ]),
    );
    expect(ids(a)).toEqual(['6.15', '6.16', '6.17']);
  });

  it('is a provision of its own when it carries an answer under a row that has one, even if its wording is unknown', () => {
    const a = run(
      table([
        HEADER,
        ['2.1', T('2.1'), 'Yes', 'Policy 7.1', ''],
        ['', 'Our local offer on complaints is reviewed by tenants every year.', 'Yes', 'Tenant panel minutes', ''],
      ]),
    );
    expect(ids(a)).toEqual(['2.1', '2.?']);
    expect(byId(a, '2.1')?.requirement).toBe(T('2.1'));
  });

  it('tells a lead-in ending in ":" from the rest of the row above by which row it completes', () => {
    const at = T('2.2').indexOf('include:') + 'include:'.length;
    const [lead, rest] = [T('2.2').slice(0, at), T('2.2').slice(at + 1)];
    const [r71a, r71b] = cut(T('7.1'), 12);
    const a = run(
      table([
        HEADER,
        ['2.1', T('2.1'), 'Yes', 'P', ''],
        ['', lead, '', '', ''],
        ['2.2', rest, 'Yes', 'P', ''],
        ['7.1', r71a, 'Yes', 'Remedies policy', ''],
        // the rest of 7.1 ("... These can include:"): the end of the row above, not a lead-in to 7.2
        ['', r71b, '', '', ''],
        ['7.2', T('7.2'), 'Yes', 'P', ''],
      ]),
    );
    expect(ids(a)).toEqual(['2.1', '2.2', '7.1', '7.2']);
    expect(byId(a, '2.1')?.requirement).toBe(T('2.1'));
    expect(byId(a, '2.2')?.requirement).toBe(T('2.2'));
    expect(byId(a, '7.1')?.requirement).toBe(T('7.1'));
    expect(byId(a, '7.2')?.requirement).toBe(T('7.2'));
  });

  it('keeps an unanswered requirement-only row worded as a provision, instead of gluing it to the next row', () => {
    const a = run(para('Section 3', 2), table([HEADER, ['', T('3.1'), '', '', ''], ['3.2', T('3.2'), 'Yes', 'P', '']]));
    expect(ids(a)).toEqual(['3.1', '3.2']);
    expect(byId(a, '3.1')?.comply).toBeUndefined();
    expect(byId(a, '3.2')?.requirement).toBe(T('3.2'));
  });

  it('reads a one-row table that lost its only number as a row of the same form', () => {
    const a = run(
      para('Section 2', 2),
      table([HEADER, ['2.1', T('2.1'), 'Yes', 'P', ''], ['2.2', T('2.2'), 'Yes', 'P', '']]),
      para('Section 3', 2),
      table([HEADER, ['', T('3.1'), 'Yes', 'P', '']]),
    );
    expect(ids(a)).toEqual(['2.1', '2.2', '3.1']);
  });
});

describe('a PDF row joined over a page break', () => {
  const row = (cells: string[], page: number, line: number): Row => ({
    cells: cells.map((t) => ({ text: t })),
    location: { page, line },
  });
  /** What the PDF reader gives: the row joined cell by cell, with its pieces. */
  const joined = (a: Row, b: Row): Row => ({
    ...a,
    cells: a.cells.map((c, i) => ({ text: [c.text, b.cells[i]?.text ?? ''].filter((t) => t !== '').join('\n') })),
    pieces: [a, b],
  });
  const pdf = (rows: Row[]): DocumentModel => ({
    format: 'pdf',
    blocks: [
      { kind: 'table', location: { page: 1, line: 1 }, rows: [{ ...row(HEADER, 1, 1), header: true }, ...rows] },
    ],
  });

  it('is split when the next page starts a provision that lost its number (a new table, no heading between)', () => {
    const a = read(
      pdf([
        row(['6.8', T('6.8'), 'Yes', 'P', ''], 1, 3),
        joined(
          row(['6.9', T('6.9'), 'Yes', 'Template letters', ''], 1, 9),
          row(['', T('6.10'), 'Yes', 'Policy 14', ''], 2, 2),
        ),
        row(['6.11', T('6.11'), 'Yes', 'P', ''], 2, 6),
      ]),
    );
    expect(ids(a)).toEqual(['6.8', '6.9', '6.10', '6.11']);
    expect(byId(a, '6.9')).toMatchObject({ requirement: T('6.9'), evidence: 'Template letters' });
    expect(byId(a, '6.10')).toMatchObject({
      requirement: T('6.10'),
      evidence: 'Policy 14',
      location: { page: 2, line: 2 },
    });
  });

  it('gives a cell reaching into the next column the role its row has not used yet (grids of tables that do not line up)', () => {
    const a = read({
      format: 'pdf',
      blocks: [
        {
          kind: 'table',
          location: { page: 1, line: 1 },
          rows: [
            {
              cells: [
                { text: 'Code provision' },
                { text: 'Code requirement', colSpan: 2 },
                { text: 'Comply' },
                { text: 'Evidence' },
                { text: 'Commentary' },
              ],
              location: { page: 1, line: 1 },
              header: true,
            },
            {
              cells: [
                { text: '6.8' },
                { text: T('6.8') },
                { text: 'Yes', colSpan: 2 },
                { text: 'Policy 12.8' },
                { text: '' },
              ],
              location: { page: 1, line: 2 },
            },
          ],
        },
      ],
    });
    expect(byId(a, '6.8')).toMatchObject({ requirement: T('6.8'), comply: 'yes', evidence: 'Policy 12.8' });
  });

  it('stays whole when the next page only continues it', () => {
    const [r1, r2] = cut(T('6.14'), 10);
    const a = read(
      pdf([
        joined(
          row(['6.14', r1, 'Partial', 'Board minutes 2024-03-', ''], 1, 30),
          row(['', r2, '', '02', 'Improving.'], 2, 2),
        ),
        row(['6.15', T('6.15'), 'Yes', 'P', ''], 2, 5),
      ]),
    );
    expect(ids(a)).toEqual(['6.14', '6.15']);
    expect(byId(a, '6.14')).toMatchObject({
      requirement: T('6.14'),
      comply: 'partial',
      evidence: 'Board minutes 2024-03-02',
      commentary: 'Improving.',
      location: { page: 1, line: 30 },
    });
  });
});

describe('a 2020 question form whose first table starts mid-page', () => {
  const Q = (id: string): string => text('2020', id);
  const heading = (n: string, title: string): string[] => [n, title, 'Yes', 'No'];

  it('reads the first table (no heading, no header) with the next table’s columns: one provision per question', () => {
    const a = read(
      doc(
        para('Appendix 2: self-assessment (continued)'),
        table([
          ['', Q('Q1.1'), 'Slightly differently, but yes.', ''],
          ['', Q('Q1.2'), 'Expressions of dissatisfaction with Government policies.', ''],
          ['', Q('Q1.3'), '', 'Not yet reviewed.'],
        ]),
        table([heading('2', 'Accessibility'), ['', Q('Q2.1'), 'Yes, various written and verbal.', '']], [0]),
      ),
    );
    expect(a.code).toBe('2020');
    expect(ids(a)).toEqual(['Q1.1', 'Q1.2', 'Q1.3', 'Q2.1']);
    expect(byId(a, 'Q1.3')).toMatchObject({ comply: 'no', commentary: 'Not yet reviewed.' });
    expect(byId(a, 'Q1.2')?.comply).toBe('yes');
  });

  it('does not read a table of another kind (numbered, or short cells) with the next table’s columns', () => {
    const a = read(
      doc(
        table([
          ['1.0', 'Draft', 'J Smith', '01/04/2021'],
          ['1.1', 'Final', 'Board', '28/01/2021'],
        ]),
        table([heading('1', 'Definition of a complaint'), ['', Q('Q1.2'), 'Yes', '']], [0]),
      ),
    );
    expect(ids(a)).toEqual(['Q1.2']);
  });

  it('reads "2 | Accessibility" as a heading when the header leaves the number column unlabelled', () => {
    const a = read(
      doc(
        table(
          [
            ['', 'Compliance with the Complaint Handling Code', 'Yes', 'No'],
            ['', Q('Q1.3'), 'Yes', ''],
            ['2', 'Accessibility', '', ''],
            ['', Q('Q2.1'), 'Yes, various written and verbal.', ''],
          ],
          [0],
        ),
      ),
    );
    expect(ids(a)).toEqual(['Q1.3', 'Q2.1']);
    expect(byId(a, 'Q2.1')?.requirement).toBe(Q('Q2.1'));
  });

  it('joins a question cut by a page break, though its second piece reads as a sub-row or a question', () => {
    const a = read(
      doc(
        table([
          heading('4', 'Communication'),
          ['', Q('Q4.5'), 'In 2019/20 14 out of 16', ''],
          // Q4.6 cut after "resolved at": the first piece has its own answer, the second reads as "Stage two"
          ['', 'What proportion of complaints are resolved at', '1 out of 2', ''],
          ['', 'stage two?', '', ''],
          ['', 'Where timescales have been extended did we', 'If a response was complex', ''],
          ['', 'have good reason?', 'and needed further consideration.', ''],
          ['', Q('Q4.13'), 'Yes', ''],
        ]),
      ),
    );
    expect(ids(a)).toEqual(['Q4.5', 'Q4.6', 'Q4.12', 'Q4.13']);
    expect(byId(a, 'Q4.6')).toMatchObject({ requirement: Q('Q4.6'), rawAnswer: '1 out of 2' });
    expect(byId(a, 'Q4.12')).toMatchObject({
      requirement: Q('Q4.12'),
      commentary: 'If a response was complex and needed further consideration.',
    });
  });

  it('keeps "Stage 1" in an answer column as the end of the answer above, not a heading', () => {
    const a = read(
      doc(
        table([
          heading('4', 'Communication'),
          ['', Q('Q4.5'), 'In 2019/20 14 out of 16 were resolved at', ''],
          ['', '', 'Stage 1', ''],
          ['', Q('Q4.6'), '1 out of 2', ''],
        ]),
      ),
    );
    expect(byId(a, 'Q4.5')?.rawAnswer).toBe('In 2019/20 14 out of 16 were resolved at Stage 1');
    expect(byId(a, 'Q4.6')?.rawAnswer).toBe('1 out of 2');
  });
});

describe('version detection from the wording (real catalogues)', () => {
  it('counts a row worded alike in 2022 and 2024 for neither, and says so', () => {
    // 7.3 of 2024 is word for word 6.5 of 2022.
    const a = run(
      table([
        ['Code section', 'Code requirement', 'Comply: Yes/No', 'Evidence, commentary and any explanations'],
        ['', T('7.3'), 'Yes', 'Remedies policy'],
        ['', T('9.1'), 'Yes', 'Learning log'],
        ['', T('9.2'), 'Yes', 'Culture survey'],
        ['', T('9.4'), 'Yes', 'Director of Housing'],
      ]),
    );
    expect(a.code).toBe('2024');
    expect(ids(a)).toEqual(['7.3', '9.1', '9.2', '9.4']);
    expect(a.detection.signals[0]).toBe('3 requirement texts worded as in 2024 (1 alike in more than one version)');
    expect(a.detection.signals[1]).toMatch(/^against: header "code section", header "evidence, commentary/);
  });
});
