import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/ingest/document.js';
import type { Assessment, ProvisionRecord } from '../../src/normalise/assessment.js';
import { normaliseDocument } from '../../src/normalise/document/normalise-document.js';
import { CATALOGUES, doc, HEADER_2022, HEADER_2024, para, table, TEXT_2022, TEXT_2024 } from './helpers.js';

function normalise(d: DocumentModel, file = 'acme-homes-2024.docx'): Assessment {
  const r = normaliseDocument(d, { file, catalogues: CATALOGUES });
  if (!r.ok) throw new Error(r.failure.message);
  return r.assessment;
}

const brief = (p: ProvisionRecord) => ({
  id: p.id,
  comply: p.comply,
  rawAnswer: p.rawAnswer,
  evidence: p.evidence,
  commentary: p.commentary,
});

describe('normaliseDocument: the 2024 table layout', () => {
  const form = doc(
    para('Self-assessment form 2024', 1),
    para('Section 1: Definition of a complaint', 2),
    table([
      HEADER_2024,
      ['1.2', TEXT_2024['1.2'], 'Yes', 'Defined in Customer Feedback Policy 6.2/6.3', ''],
      ['1.3', TEXT_2024['1.3'], 'No', '', 'We do not yet record third-party\ncomplaints separately.'],
    ]),
    para('Section 2: Exclusions', 2),
    table([HEADER_2024, ['2.5', TEXT_2024['2.5'], 'Yes', 'Each complaint is considered individually', '']]),
  );

  it('reads each row into a provision record with collapsed texts and {table,row} locations', () => {
    const a = normalise(form);
    expect(a.code).toBe('2024');
    expect(a.format).toBe('docx');
    expect(a.file).toBe('acme-homes-2024.docx');
    expect(a.provisions.map(brief)).toEqual([
      {
        id: '1.2',
        comply: 'yes',
        rawAnswer: undefined,
        evidence: 'Defined in Customer Feedback Policy 6.2/6.3',
        commentary: '',
      },
      {
        id: '1.3',
        comply: 'no',
        rawAnswer: undefined,
        evidence: '',
        commentary: 'We do not yet record third-party complaints separately.',
      },
      {
        id: '2.5',
        comply: 'yes',
        rawAnswer: undefined,
        evidence: 'Each complaint is considered individually',
        commentary: '',
      },
    ]);
    expect(a.provisions[0]!.requirement).toBe(TEXT_2024['1.2']);
    expect(a.provisions.map((p) => p.location)).toEqual([
      { table: 1, row: 2 },
      { table: 1, row: 3 },
      { table: 2, row: 2 },
    ]);
  });

  it('takes the landlord from the file name when the document does not state it', () => {
    expect(normalise(form).landlord).toBe('acme homes');
  });
});

describe('normaliseDocument: messy tables', () => {
  it('appends continuation rows (empty id cell) to the provision above, and drops repeated headers and spacer rows', () => {
    const a = normalise(
      doc(
        table([
          HEADER_2024,
          [
            '1.2',
            'A complaint must be defined as: an expression of dissatisfaction, however made,',
            'Yes',
            'Policy 6.2',
            'First part',
          ],
          ['', '', '', '', ''],
          HEADER_2024,
          [
            '',
            'about the standard of service ... affecting a resident or group of residents.',
            '',
            'and 6.3',
            'second part',
          ],
          ['1.3', TEXT_2024['1.3'], 'Yes', 'Policy 9.2', ''],
          ['2.5', TEXT_2024['2.5'], 'Yes', 'Considered individually', ''],
        ]),
      ),
    );
    expect(a.provisions.map((p) => p.id)).toEqual(['1.2', '1.3', '2.5']);
    expect(a.provisions[0]).toMatchObject({
      evidence: 'Policy 6.2 and 6.3',
      commentary: 'First part second part',
      requirement:
        'A complaint must be defined as: an expression of dissatisfaction, however made, about the standard of service ... affecting a resident or group of residents.',
      location: { table: 1, row: 2 },
    });
  });

  it('continues a provision across a page break into a table without a header', () => {
    const a = normalise(
      doc(
        table([
          HEADER_2024,
          [
            '6.14',
            'Landlords must issue a final response to the stage 2 within 20 working days',
            'Yes',
            'Policy 15',
            '',
          ],
          ['6.20', TEXT_2024['6.20'], 'Yes', 'Policy', ''],
        ]),
        para('Page 3 of 9'),
        table([
          ['', 'of the complaint being acknowledged.', '', 'section 15.3', ''],
          ['9.8', TEXT_2024['9.8'], 'Yes', 'Objectives', ''],
        ]),
      ),
    );
    expect(a.provisions.map((p) => [p.id, p.evidence])).toEqual([
      ['6.14', 'Policy 15'],
      ['6.20', 'Policy section 15.3'],
      ['9.8', 'Objectives'],
    ]);
  });

  it('continues a provision into a following table that holds no ids at all, and accepts "(cont.)" in the id cell', () => {
    const a = normalise(
      doc(
        table([
          HEADER_2024,
          [
            '6.14',
            'Landlords must issue a final response to the stage 2 within 20 working days',
            'Yes',
            'Policy 15',
            '',
          ],
        ]),
        table([['', 'of the complaint being acknowledged.', '', 'section 15.3', 'Reported monthly']]),
        table([HEADER_2024, ['6.20', TEXT_2024['6.20'], 'Yes', 'Policy', ''], ['(cont.)', '', '', 'and 15.5', '']]),
      ),
    );
    expect(a.provisions.map((p) => [p.id, p.evidence, p.commentary])).toEqual([
      ['6.14', 'Policy 15 section 15.3', 'Reported monthly'],
      ['6.20', 'Policy and 15.5', ''],
    ]);
    expect(a.provisions[0]!.requirement).toBe(TEXT_2024['6.14']);
  });

  it('does not take a continuation that starts with "stage 2" for a heading', () => {
    const a = normalise(
      doc(
        table([
          HEADER_2024,
          ['6.14', 'Landlords must issue a final response to the', 'Yes', 'P', ''],
          ['', 'stage 2 within 20 working days of the complaint being acknowledged.', '', '', ''],
          ['6.20', TEXT_2024['6.20'], 'Yes', 'P', ''],
        ]),
      ),
    );
    expect(a.provisions[0]!.requirement).toBe(TEXT_2024['6.14']);
  });

  it('drops section heading rows inside the table and heading text glued above a header row', () => {
    const a = normalise(
      doc(
        table([
          ['Section 1 - Definition of a complaint Mandatory ‘must’ requirements'],
          [
            'Section 2 – Accessibility\nCode section',
            'Code requirement',
            'Comply: Yes/No',
            'Evidence, commentary and any explanations',
          ],
          ['1.2', TEXT_2022['1.2'], 'Yes', 'Section 3.1.1 of the Customer Feedback policy'],
          [{ text: 'Best practice ‘should’ requirements', colSpan: 4 }],
          ['4.19', TEXT_2022['4.19'], 'Yes', 'Policy on unacceptable behaviour'],
        ]),
      ),
    );
    expect(a.code).toBe('2022');
    expect(a.provisions.map((p) => [p.id, p.evidence])).toEqual([
      ['1.2', 'Section 3.1.1 of the Customer Feedback policy'],
      ['4.19', 'Policy on unacceptable behaviour'],
    ]);
  });

  it('keeps both rows when a section is pasted twice (the duplicate rule reports it)', () => {
    const rows = [
      HEADER_2024,
      ['1.2', TEXT_2024['1.2'], 'Yes', 'Policy', ''],
      ['1.3', TEXT_2024['1.3'], 'Yes', 'Policy', ''],
    ];
    const a = normalise(
      doc(table(rows), table(rows.map((r) => (r[0] === '1.3' ? ['1.3', TEXT_2024['1.3'], 'No', '', 'x'] : r)))),
    );
    expect(a.provisions.map((p) => `${p.id}:${p.comply}`)).toEqual(['1.2:yes', '1.3:yes', '1.2:yes', '1.3:no']);
  });

  it('keeps a mistyped id as printed, so the unknown-provision rule can report it', () => {
    const a = normalise(
      doc(
        table([
          HEADER_2024,
          ['6.l4', TEXT_2024['6.14'], 'Yes', 'Policy 15', ''],
          ['6.20', TEXT_2024['6.20'], 'Yes', 'P', ''],
        ]),
      ),
    );
    expect(a.provisions.map((p) => p.id)).toEqual(['6.l4', '6.20']);
  });

  it('ignores short rows a nested table leaked (PDF) without losing the provision they sit in', () => {
    const a = normalise(
      doc(
        table([
          HEADER_2024,
          ['6.14', TEXT_2024['6.14'], 'Partial', 'See sub-table:', 'Nested table in Evidence cell'],
          ['Doc', 'Ref'],
          ['Audit\nreport', 'AR-7'],
          ['', '', '', 'and policy 15.3', ''],
          ['6.20', TEXT_2024['6.20'], 'Yes', 'P', ''],
        ]),
      ),
    );
    expect(a.provisions.map((p) => [p.id, p.evidence])).toEqual([
      ['6.14', 'See sub-table: and policy 15.3'],
      ['6.20', 'P'],
    ]);
  });

  it('keeps the printed id when the requirement text is another provision’s', () => {
    const a = normalise(
      doc(table([HEADER_2024, ['1.2', TEXT_2024['1.2'], 'Yes', 'P', ''], ['2.5', TEXT_2024['1.3'], 'Yes', 'P', '']])),
    );
    expect(a.provisions.map((p) => p.id)).toEqual(['1.2', '2.5']);
    expect(a.provisions[1]!.requirement).toBe(TEXT_2024['1.3']);
  });

  it('accepts id spellings: "6.14.", "Provision 6.14", "  6.20", "9.8 (a)"', () => {
    const a = normalise(
      doc(
        table([
          HEADER_2024,
          ['6.14.', TEXT_2024['6.14'], 'Yes', 'P', ''],
          ['Provision 2.5', TEXT_2024['2.5'], 'Yes', 'P', ''],
          ['  6.20', TEXT_2024['6.20'], 'Yes', 'P', ''],
          ['9.8 (a)', TEXT_2024['9.8'], 'Yes', 'P', ''],
        ]),
      ),
    );
    expect(a.provisions.map((p) => p.id)).toEqual(['6.14', '2.5', '6.20', '9.8']);
  });

  it('joins sub-item rows "9.8 (b)", "9.8 (c)" to their provision', () => {
    const a = normalise(
      doc(
        table([
          HEADER_2024,
          [
            '9.8 (a)',
            'Landlords must have a standard objective ... a. have a collaborative approach',
            'Yes',
            'Objectives',
            '',
          ],
          ['9.8 (b)', 'b. take collective responsibility', '', 'Appraisals', ''],
          ['9.8 (c)', 'c. act within the professional standards', '', '', 'Checked yearly'],
          ['6.20', TEXT_2024['6.20'], 'Yes', 'P', ''],
        ]),
      ),
    );
    expect(a.provisions.map((p) => [p.id, p.evidence, p.commentary])).toEqual([
      ['9.8', 'Objectives Appraisals', 'Checked yearly'],
      ['6.20', 'P', ''],
    ]);
  });

  it('splits an id printed at the start of the requirement when the form has no id column', () => {
    const a = normalise(
      doc(
        table([
          ['Requirement', 'Compliant?', 'Evidence', 'Commentary'],
          [`6.14 ${TEXT_2024['6.14']}`, 'Yes', 'Policy 15', ''],
          [`9.8. ${TEXT_2024['9.8']}`, 'No', '', 'Objectives being drafted'],
        ]),
      ),
    );
    expect(a.provisions.map((p) => [p.id, p.comply, p.requirement])).toEqual([
      ['6.14', 'yes', TEXT_2024['6.14']],
      ['9.8', 'no', TEXT_2024['9.8']],
    ]);
  });

  it('gives a lead-in row ending with ":" to the numbered row below it, and sub-rows to the row above', () => {
    const a = normalise(
      doc(
        table([
          HEADER_2024,
          ['2.1', TEXT_2024['2.1'], 'Yes', 'Policy 7.1', ''],
          [
            '',
            'A complaints policy must set out the circumstances in which a matter will not be considered as a complaint or escalated, and these circumstances must be fair and reasonable to residents. Acceptable exclusions include:',
            '',
            '',
            '',
          ],
          ['2.2', 'The issue giving rise to the complaint occurred over twelve months ago.', 'Yes', 'Policy 7.1', ''],
          ['', 'Legal proceedings have started.', '', '', ''],
          ['6.20', TEXT_2024['6.20'], 'Yes', 'P', ''],
        ]),
      ),
    );
    expect(a.provisions.map((p) => p.id)).toEqual(['2.1', '2.2', '6.20']);
    expect(a.provisions[0]!.requirement).toBe(TEXT_2024['2.1']);
    expect(a.provisions[1]!.requirement).toMatch(
      /^A complaints policy must set out .* Acceptable exclusions include: The issue giving rise .* Legal proceedings have started\.$/,
    );
  });

  it('applies a vertically merged answer to every row it covers', () => {
    const a = normalise(
      doc(
        table([
          HEADER_2024,
          ['1.2', TEXT_2024['1.2'], { text: 'Yes', rowSpan: 2 }, 'Policy 6.2', ''],
          ['1.3', TEXT_2024['1.3'], { text: '', mergedFromAbove: true }, 'Policy 9.2', ''],
          ['6.20', TEXT_2024['6.20'], 'Yes', 'P', ''],
        ]),
      ),
    );
    expect(a.provisions.map((p) => `${p.id}:${p.comply}:${p.evidence}`)).toEqual([
      '1.2:yes:Policy 6.2',
      '1.3:yes:Policy 9.2',
      '6.20:yes:P',
    ]);
  });

  it('reads a cell spanning evidence and commentary as evidence', () => {
    const a = normalise(
      doc(
        table([
          HEADER_2024,
          ['1.2', TEXT_2024['1.2'], 'No', { text: 'Not applicable - spans both', colSpan: 2 }],
          ['6.20', TEXT_2024['6.20'], 'Yes', 'P', ''],
        ]),
      ),
    );
    expect(brief(a.provisions[0]!)).toEqual({
      id: '1.2',
      comply: 'no',
      rawAnswer: undefined,
      evidence: 'Not applicable - spans both',
      commentary: '',
    });
  });

  it('infers the columns of a form with no header row at all', () => {
    const a = normalise(
      doc(
        table([
          ['6.14', TEXT_2024['6.14'], 'Yes', 'Policy 15', ''],
          ['6.20', TEXT_2024['6.20'], 'Partial', 'Policy 15.5', 'Working on it'],
          ['9.8', TEXT_2024['9.8'], 'Yes', 'Objectives', ''],
        ]),
      ),
    );
    expect(a.provisions.map(brief)).toEqual([
      { id: '6.14', comply: 'yes', rawAnswer: undefined, evidence: 'Policy 15', commentary: '' },
      { id: '6.20', comply: 'partial', rawAnswer: undefined, evidence: 'Policy 15.5', commentary: 'Working on it' },
      { id: '9.8', comply: 'yes', rawAnswer: undefined, evidence: 'Objectives', commentary: '' },
    ]);
  });

  it('puts the 2022 combined column in evidence and leaves commentary empty', () => {
    const a = normalise(
      doc(
        table([
          HEADER_2022,
          ['5.20', TEXT_2022['5.20'], 'No', 'We have no stage three.\nNot applicable.'],
          ['4.19', TEXT_2022['4.19'], 'Yes', 'Policy'],
        ]),
      ),
    );
    expect(a.code).toBe('2022');
    expect(brief(a.provisions[0]!)).toEqual({
      id: '5.20',
      comply: 'no',
      rawAnswer: undefined,
      evidence: 'We have no stage three. Not applicable.',
      commentary: '',
    });
  });

  it('joins a word broken at a hyphen across lines without a space, as the PDF reader does', () => {
    const a = normalise(
      doc(
        table([
          HEADER_2024,
          [
            '6.14',
            TEXT_2024['6.14'],
            'Yes',
            'Board minutes 2024-03-\n02\nPolicy TL-\n08',
            'cross-\nreferenced - \nSee note',
          ],
          ['9.8', TEXT_2024['9.8'], 'Yes', 'P', ''],
        ]),
      ),
    );
    expect(a.provisions[0]).toMatchObject({
      evidence: 'Board minutes 2024-03-02 Policy TL-08',
      commentary: 'cross-referenced - See note',
    });
  });

  it('keeps curly quotes in output values', () => {
    const a = normalise(
      doc(
        table([
          HEADER_2024,
          ['1.2', TEXT_2024['1.2'], 'Yes', 'Policy “Customer Feedback” 6.2', ''],
          ['9.8', TEXT_2024['9.8'], 'Yes', 'P', ''],
        ]),
      ),
    );
    expect(a.provisions[0]!.evidence).toBe('Policy “Customer Feedback” 6.2');
  });
});

describe('normaliseDocument: nothing to read', () => {
  it('reports no provisions found with what it saw', () => {
    const r = normaliseDocument(
      doc(
        para('Minutes of the meeting'),
        table([
          ['Name', 'Role'],
          ['A. Person', 'Chair'],
        ]),
      ),
      { file: 'x.docx', catalogues: CATALOGUES },
    );
    expect(r).toEqual({
      ok: false,
      failure: {
        code: 'not-a-form',
        message:
          'no Housing Ombudsman provisions found (saw 1 tables, 1 paragraphs): this does not look like a Complaint Handling Code self-assessment',
      },
    });
  });

  it('reports no provisions found for an empty document', () => {
    const r = normaliseDocument({ format: 'docx', blocks: [] }, { file: 'x.docx', catalogues: CATALOGUES });
    expect(r).toEqual({
      ok: false,
      failure: {
        code: 'not-a-form',
        message:
          'no Housing Ombudsman provisions found (saw 0 tables, 0 paragraphs): this does not look like a Complaint Handling Code self-assessment',
      },
    });
  });
});
