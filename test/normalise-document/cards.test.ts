import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/ingest/document.js';
import type { Assessment } from '../../src/normalise/assessment.js';
import { normaliseDocument } from '../../src/normalise/document/normalise-document.js';
import { CATALOGUES, doc, para, table, TEXT_2024 } from './helpers.js';

function normalise(d: DocumentModel): Assessment {
  const r = normaliseDocument(d, { file: 'cards.docx', catalogues: CATALOGUES });
  if (!r.ok) throw new Error(r.failure.message);
  return r.assessment;
}

const brief = (a: Assessment) =>
  a.provisions.map((p) => ({
    id: p.id,
    comply: p.comply,
    requirement: p.requirement,
    evidence: p.evidence,
    commentary: p.commentary,
    location: p.location,
  }));

describe('normaliseDocument: cards of labelled paragraphs', () => {
  it('reads one card per provision, labels on their own lines', () => {
    const a = normalise(
      doc(
        para('Code provision 6.14', 3),
        para('Requirement'),
        para(TEXT_2024['6.14']),
        para('Do we comply?'),
        para('Yes'),
        para('Evidence'),
        para('Complaints policy section 15'),
        para('Stage 2 procedure note'),
        para('Commentary / explanation'),
        para('Performance reported quarterly.'),
        para('Code provision 9.8', 3),
        para('Requirement'),
        para(TEXT_2024['9.8']),
        para('Do we comply?'),
        para('No'),
        para('Evidence'),
        para('Commentary / explanation'),
        para('Objectives are being drafted.'),
      ),
    );
    expect(a.code).toBe('2024');
    expect(brief(a)).toEqual([
      {
        id: '6.14',
        comply: 'yes',
        requirement: TEXT_2024['6.14'],
        evidence: 'Complaints policy section 15 Stage 2 procedure note',
        commentary: 'Performance reported quarterly.',
        location: { paragraph: 1 },
      },
      {
        id: '9.8',
        comply: 'no',
        requirement: TEXT_2024['9.8'],
        evidence: '',
        commentary: 'Objectives are being drafted.',
        location: { paragraph: 11 },
      },
    ]);
  });

  it('reads inline labels ("Do we comply? Yes", "Evidence: ...")', () => {
    const a = normalise(
      doc(
        para('Provision 6.20'),
        para(`Requirement: ${TEXT_2024['6.20']}`),
        para('Do we comply? Partial'),
        para('Evidence: Policy 15.5'),
        para('Commentary: Coordination is being improved.'),
        para('Provision 9.8'),
        para('Do we comply? Yes'),
        para('Evidence: Staff objectives'),
      ),
    );
    expect(a.provisions.map((p) => [p.id, p.comply, p.evidence, p.commentary])).toEqual([
      ['6.20', 'partial', 'Policy 15.5', 'Coordination is being improved.'],
      ['9.8', 'yes', 'Staff objectives', ''],
    ]);
    expect(a.provisions[0]!.requirement).toBe(TEXT_2024['6.20']);
  });

  it('splits labels a PDF reader ran together, and ends a card at a plain "Section N" paragraph', () => {
    const a = normalise(
      doc(
        para('Code provision 6.14'),
        para(`Requirement: ${TEXT_2024['6.14']} Do we comply? Yes`),
        para('Evidence: Policy 15 Commentary / explanation:'),
        para('Section 9: Scrutiny & oversight'),
        para('Code provision 9.8'),
        para(`Requirement: ${TEXT_2024['9.8']}`),
        para('Do we comply? No'),
        para('Evidence:'),
        para('Commentary / explanation: Objectives being drafted.'),
      ),
    );
    expect(a.provisions.map((p) => [p.id, p.comply, p.requirement, p.evidence, p.commentary])).toEqual([
      ['6.14', 'yes', TEXT_2024['6.14'], 'Policy 15', ''],
      ['9.8', 'no', TEXT_2024['9.8'], '', 'Objectives being drafted.'],
    ]);
  });

  it('does not take numbered paragraphs of Code text for cards', () => {
    const r = normaliseDocument(
      doc(
        para('3.3 When a complaint is made to the landlord it shall be acknowledged.'),
        para('3.4 Landlords should confirm their understanding.'),
      ),
      {
        file: 'code.docx',
        catalogues: CATALOGUES,
      },
    );
    expect(r.ok).toBe(false);
  });
});

describe('normaliseDocument: key/value table cards', () => {
  it('reads one two-column table per provision', () => {
    const a = normalise(
      doc(
        table([
          ['Code provision', '6.14'],
          ['Code requirement', TEXT_2024['6.14']],
          ['Comply: Yes / No', 'Yes'],
          ['Evidence', 'Policy 15'],
          ['Commentary / explanation', ''],
        ]),
        table([
          ['Code provision', '6.20'],
          ['Code requirement', TEXT_2024['6.20']],
          ['Comply: Yes / No', '☐ Yes ☒ No'],
          ['Evidence', ''],
          ['Commentary / explanation', 'Under review'],
        ]),
      ),
    );
    expect(brief(a)).toEqual([
      {
        id: '6.14',
        comply: 'yes',
        requirement: TEXT_2024['6.14'],
        evidence: 'Policy 15',
        commentary: '',
        location: { table: 1, row: 1 },
      },
      {
        id: '6.20',
        comply: 'no',
        requirement: TEXT_2024['6.20'],
        evidence: '',
        commentary: 'Under review',
        location: { table: 2, row: 1 },
      },
    ]);
  });

  it('reads several cards in one key/value table, the id in the label cell', () => {
    const a = normalise(
      doc(
        table([
          ['Provision 2.5', TEXT_2024['2.5']],
          ['Comply', 'Yes'],
          ['Evidence', 'Policy 8.1'],
          ['Provision 9.8', TEXT_2024['9.8']],
          ['Comply', 'Partial'],
          ['Evidence', 'Draft objectives'],
          ['Commentary', 'Due in June'],
        ]),
      ),
    );
    expect(brief(a)).toEqual([
      {
        id: '2.5',
        comply: 'yes',
        requirement: TEXT_2024['2.5'],
        evidence: 'Policy 8.1',
        commentary: '',
        location: { table: 1, row: 1 },
      },
      {
        id: '9.8',
        comply: 'partial',
        requirement: TEXT_2024['9.8'],
        evidence: 'Draft objectives',
        commentary: 'Due in June',
        location: { table: 1, row: 4 },
      },
    ]);
  });
});
