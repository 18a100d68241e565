import { describe, expect, it } from 'vitest';
import { normaliseDocument } from '../../src/normalise/document/normalise-document.js';
import { notAForm } from '../../src/normalise/document/not-a-form.js';
import { CATALOGUES, doc, HEADER_2024, para, table, TEXT_2024 } from './helpers.js';

const messageOf = (...blocks: Parameters<typeof doc>): string => {
  const r = normaliseDocument(doc(...blocks), { file: 'x.docx', catalogues: CATALOGUES });
  if (r.ok) throw new Error('read as a form');
  expect(r.failure.code).toBe('not-a-form');
  return r.failure.message;
};

describe('not-a-form: what a document with no provisions looks like', () => {
  it('a self-assessment against the LGSCO Code whose rows cannot be read (two section rows are too few)', () => {
    expect(
      messageOf(
        para('LGSCO Complaint Handling Code Self-Assessment - October 2024', 1),
        table([
          ['Code section', 'Action', 'Do we follow the Code: Yes/No', 'Explanations and Commentary'],
          ['1: Definition of a service request and complaint', 'We recognise the difference.', 'Yes', 'Policy'],
          ['2: Exclusions', 'Our policy sets out the circumstances.', 'Yes', 'Policy'],
        ]),
      ),
    ).toBe(
      "this looks like a self-assessment against the LGSCO's (Local Government and Social Care Ombudsman's) Complaint Handling Code, but no provision or section with its answer could be read from its layout (saw 1 tables, 1 paragraphs)",
    );
  });

  it('the LGSCO Code itself, or a page about it', () => {
    expect(
      messageOf(
        para('Complaint Handling Code', 1),
        para('1. Definition of a service request and complaint'),
        para(
          "A complaint may be defined as: 'an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the organisation, its own staff, or those acting on its behalf, affecting an individual or group of individuals.'",
        ),
      ),
    ).toMatch(/^this looks like the LGSCO's \(Local Government and Social Care Ombudsman's\) Complaint Handling Code,/);
  });

  it('a complaints policy, even one that cites the Housing Ombudsman and its Code', () => {
    expect(
      messageOf(
        para('Complaints Policy and Procedure', 1),
        para('1. Purpose', 2),
        para("This policy follows the Housing Ombudsman's Complaint Handling Code."),
        para('We will acknowledge your complaint within 5 working days.'),
      ),
    ).toBe(
      'this looks like a complaints policy, not a self-assessment form: no provisions with Comply answers found (saw 0 tables, 4 paragraphs)',
    );
  });

  it('the Housing Ombudsman Code itself: its provisions with their wording and no answers', () => {
    expect(
      messageOf(
        para('Complaint Handling Code', 1),
        para(`1.2 ${TEXT_2024['1.2']}`),
        para(`1.3 ${TEXT_2024['1.3']}`),
        para(`2.1 ${TEXT_2024['2.1']}`),
      ),
    ).toBe(
      "this looks like the text of the Housing Ombudsman's 2024 Complaint Handling Code, not a self-assessment form: its provisions are printed with no answers (saw 0 tables, 4 paragraphs)",
    );
  });

  it('a Housing Ombudsman self-assessment whose layout could not be read', () => {
    expect(
      messageOf(
        para('Self-assessment against the Housing Ombudsman Complaint Handling Code 2024', 1),
        table([HEADER_2024]),
        para('Our answers are in the appendix.'),
      ),
    ).toBe(
      'no Housing Ombudsman provisions found: the document looks like a Complaint Handling Code self-assessment, but no provision with its answer could be read from its layout (saw 1 tables, 2 paragraphs)',
    );
  });

  it('anything else', () => {
    expect(notAForm(doc(para('Minutes of the Board meeting'), para('The budget was approved.')), CATALOGUES)).toEqual({
      ok: false,
      failure: {
        code: 'not-a-form',
        message:
          'no Housing Ombudsman provisions found (saw 0 tables, 2 paragraphs): this does not look like a Complaint Handling Code self-assessment',
      },
    });
  });

  it('a form of the LGSCO Code in which provisions were found is read as the LGSCO Code, and as 2024 with --code', () => {
    const lgscoForm = doc(
      para('Complaint Handling Code self-assessment 2024-25 (Local Government and Social Care Ombudsman)', 1),
      table([
        HEADER_2024,
        [
          '1.4',
          "A complaint may be defined as: 'an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the organisation, its own staff, or those acting on its behalf, affecting an individual or group of individuals.'",
          'Yes',
          'Policy 2',
          '',
        ],
        [
          '2.1',
          'An organisation should accept a complaint unless there is a valid reason not to do so.',
          'Yes',
          'Policy 5',
          '',
        ],
      ]),
    );
    const read = normaliseDocument(lgscoForm, { file: 'x.docx', catalogues: CATALOGUES });
    expect(read.ok && [read.assessment.code, read.assessment.detection.scheme]).toEqual(['lgsco-2024', 'lgsco']);
    const forced = normaliseDocument(lgscoForm, { file: 'x.docx', catalogues: CATALOGUES, code: '2024' });
    // read as the 2024 Code's rows, but the form is still the LGSCO's: rule wrong-scheme reports it
    expect(forced.ok && [forced.assessment.code, forced.assessment.detection.scheme]).toEqual(['2024', 'lgsco']);
    expect(forced.ok && forced.assessment.provisions.map((p) => p.id)).toEqual(['1.4', '2.1']);
  });

  it('a Housing Ombudsman form that mentions the LGSCO in passing is still read', () => {
    const r = normaliseDocument(
      doc(
        para('Our council also follows the LGSCO Code for its other services.'),
        table([
          HEADER_2024,
          ['1.2', TEXT_2024['1.2'], 'Yes', 'Policy 2', ''],
          ['1.3', TEXT_2024['1.3'], 'Yes', 'Policy 3', ''],
        ]),
      ),
      { file: 'x.docx', catalogues: CATALOGUES },
    );
    expect(r.ok && [r.assessment.code, r.assessment.detection.scheme]).toEqual(['2024', 'hos']);
  });
});
