import { describe, expect, it } from 'vitest';
import { placeAnswer } from '../../src/normalise/document/place-answer.js';
import { normaliseDocument } from '../../src/normalise/document/normalise-document.js';
import { emptyRaw, type RawRow } from '../../src/normalise/document/types.js';
import { CATALOGUES, doc, HEADER_2024, table, TEXT_2024 } from './helpers.js';

const raw = (fields: Partial<RawRow>): RawRow => ({ ...emptyRaw({ table: 1, row: 2 }, 0), id: '1.2', ...fields });

describe('placeAnswer', () => {
  it('reads a clean answer cell', () => {
    expect(placeAnswer(raw({ answer: 'Yes', evidence: 'Policy 6.2' }))).toEqual({
      comply: 'yes',
      evidence: 'Policy 6.2',
      commentary: '',
    });
    expect(placeAnswer(raw({ answer: 'Partially' }))).toEqual({ comply: 'partial', evidence: '', commentary: '' });
    expect(placeAnswer(raw({ answer: 'N/A' }))).toEqual({ comply: 'n/a', evidence: '', commentary: '' });
  });

  it('takes the answer from the start of the evidence when the answer cell is empty, and strips it', () => {
    expect(placeAnswer(raw({ evidence: 'Yes\nPolicy 6.2' }))).toEqual({
      comply: 'yes',
      evidence: 'Policy 6.2',
      commentary: '',
    });
    expect(placeAnswer(raw({ evidence: 'Yes – Customer Feedback Policy 6.2' }))).toEqual({
      comply: 'yes',
      evidence: 'Customer Feedback Policy 6.2',
      commentary: '',
    });
    expect(
      placeAnswer(raw({ evidence: 'Partial. Reporting framework in development', commentary: 'More to do' })),
    ).toEqual({
      comply: 'partial',
      evidence: 'Reporting framework in development',
      commentary: 'More to do',
    });
    expect(placeAnswer(raw({ evidence: 'Yes' }))).toEqual({ comply: 'yes', evidence: '', commentary: '' });
  });

  it('does not take a sentence that merely starts with "No" for an answer', () => {
    expect(placeAnswer(raw({ evidence: 'No complaints were received about this in 2023' }))).toEqual({
      evidence: 'No complaints were received about this in 2023',
      commentary: '',
    });
  });

  it('takes the answer from the commentary when answer and evidence are both empty', () => {
    expect(placeAnswer(raw({ commentary: 'No, we are reviewing the policy' }))).toEqual({
      comply: 'no',
      evidence: '',
      commentary: 'we are reviewing the policy',
    });
  });

  it('reads an explanation written in the answer cell: answer from the start, the rest is commentary', () => {
    expect(
      placeAnswer(raw({ answer: 'No – we are reviewing the\npolicy by March 2025', commentary: 'See action plan' })),
    ).toEqual({
      comply: 'no',
      evidence: '',
      commentary: 'we are reviewing the policy by March 2025 See action plan',
    });
    expect(placeAnswer(raw({ answer: 'Partially compliant, timescales under review' }))).toMatchObject({
      comply: 'partial',
      commentary: 'timescales under review',
    });
  });

  it('keeps non-answers as rawAnswer with no comply', () => {
    expect(placeAnswer(raw({ answer: 'Yes/No' }))).toEqual({ rawAnswer: 'Yes/No', evidence: '', commentary: '' });
    expect(placeAnswer(raw({ answer: 'Yes / No / Partial' }))).toEqual({
      rawAnswer: 'Yes / No / Partial',
      evidence: '',
      commentary: '',
    });
    expect(placeAnswer(raw({ answer: '*****' }))).toEqual({ rawAnswer: '*****', evidence: '', commentary: '' });
    expect(placeAnswer(raw({ answer: 'Comply' }))).toEqual({ rawAnswer: 'Comply', evidence: '', commentary: '' });
  });

  it('leaves a blank answer blank', () => {
    expect(placeAnswer(raw({ evidence: 'Section 3.3.2 of the Customer Feedback policy' }))).toEqual({
      evidence: 'Section 3.3.2 of the Customer Feedback policy',
      commentary: '',
    });
  });

  it('reads checkboxes: the checked label is the answer', () => {
    expect(placeAnswer(raw({ answer: '☒ Yes ☐ No' }))).toEqual({ comply: 'yes', evidence: '', commentary: '' });
    expect(placeAnswer(raw({ answer: '☐ Yes ☒ No' }))).toEqual({ comply: 'no', evidence: '', commentary: '' });
    expect(placeAnswer(raw({ answer: '☐ Yes ☐ No' }))).toEqual({ evidence: '', commentary: '' });
    expect(placeAnswer(raw({ answer: '☒ Yes ☒ No' }))).toEqual({
      rawAnswer: '☒ Yes ☒ No',
      evidence: '',
      commentary: '',
    });
  });

  it('reads answer-choice columns: the column the text sits in is the answer', () => {
    expect(placeAnswer(raw({ choices: { yes: 'Yes' } }))).toEqual({ comply: 'yes', evidence: '', commentary: '' });
    expect(placeAnswer(raw({ choices: { yes: '✓' } }))).toEqual({ comply: 'yes', evidence: '', commentary: '' });
    expect(placeAnswer(raw({ choices: { yes: 'Slightly differently, but yes.' } }))).toEqual({
      comply: 'yes',
      evidence: '',
      commentary: 'Slightly differently, but yes.',
    });
    expect(placeAnswer(raw({ choices: { no: 'No. Councillors only on Panel.' } }))).toEqual({
      comply: 'no',
      evidence: '',
      commentary: 'No. Councillors only on Panel.',
    });
    expect(placeAnswer(raw({ choices: { yes: 'n/a' } }))).toEqual({ comply: 'n/a', evidence: '', commentary: '' });
    expect(placeAnswer(raw({ choices: { yes: 'x', no: 'x' } }))).toEqual({
      rawAnswer: 'Yes: x / No: x',
      evidence: '',
      commentary: '',
    });
  });

  it('keeps the answer of a text question as rawAnswer with no comply', () => {
    expect(
      placeAnswer(raw({ choices: { yes: 'In 2019/20 14 out of 16 were\nresolved at Stage 1' } }), {
        textQuestion: true,
      }),
    ).toEqual({
      rawAnswer: 'In 2019/20 14 out of 16 were resolved at Stage 1',
      evidence: '',
      commentary: '',
    });
    expect(placeAnswer(raw({ answer: 'None' }), { textQuestion: true })).toEqual({
      rawAnswer: 'None',
      evidence: '',
      commentary: '',
    });
    expect(placeAnswer(raw({ choices: { yes: 'N/a' } }), { textQuestion: true })).toEqual({
      comply: 'n/a',
      evidence: '',
      commentary: '',
    });
  });
});

describe('normaliseDocument: answers in the wrong place, end to end', () => {
  it('reads answers from the evidence column of a whole form', () => {
    const r = normaliseDocument(
      doc(
        table([
          HEADER_2024,
          ['1.2', TEXT_2024['1.2'], '', 'Yes - Customer Feedback Policy 6.2', ''],
          ['1.3', TEXT_2024['1.3'], 'Yes/No', 'Policy 9.2', ''],
          ['9.8', TEXT_2024['9.8'], 'No. Objectives are being written for 2025.', '', ''],
        ]),
      ),
      { file: 'f.docx', catalogues: CATALOGUES },
    );
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.assessment.provisions.map((p) => [p.id, p.comply, p.rawAnswer, p.evidence, p.commentary])).toEqual([
      ['1.2', 'yes', undefined, 'Customer Feedback Policy 6.2', ''],
      ['1.3', undefined, 'Yes/No', 'Policy 9.2', ''],
      ['9.8', 'no', undefined, '', 'Objectives are being written for 2025.'],
    ]);
  });
});
