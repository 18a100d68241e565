import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/normalise/assessment.js';
import { normaliseDocument } from '../../src/normalise/document/normalise-document.js';
import { CATALOGUES, doc, para, table } from './helpers.js';

const DEFINITION =
  'An expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the organisation, its own staff, or those acting on its behalf, affecting an individual resident or group of residents.';

/** Modelled on a council's filled-in 2020 form: answers written in the Yes or the No column, no ids. */
const FORM_2020 = doc(
  para('Housing Ombudsman Complaint Handling Code: Self-assessment form', 1),
  para(
    "Based on Cannock Chase Council's Customer Feedback and Complaints Policy – no individual Housing Services Complaint Policy",
  ),
  table([
    ['', { text: 'Compliance with the Complaint Handling Code', colSpan: 3 }],
    ['1', 'Definition of a complaint', 'Yes', 'No'],
    [
      '',
      `Does the complaints process use the following definition of a complaint?\n${DEFINITION}`,
      "Slightly differently, but yes.\n'An expression of dissatisfaction with our service'.",
      '',
    ],
    [
      '',
      'Does the policy have exclusions where a complaint will not be considered?',
      'Expressions of dissatisfaction with Government or local policies.',
      '',
    ],
    ['', 'Are these exclusions reasonable and fair to residents?', 'Yes', ''],
    ['', 'Evidence relied upon', '', ''],
    ['2', 'Accessibility', '', ''],
    [
      '',
      'Are multiple accessibility routes available for residents to make a complaint?',
      'Yes, various written and verbal.',
      '',
    ],
    [
      '',
      'Do we have a reasonable adjustments policy?',
      '',
      'No policy, but as per the Equality Act 2010 we would do everything possible.',
    ],
    ['', '', '', 'Housing Services will endeavour to advertise more clearly.'],
    ['3', 'Complaints team and process', '', ''],
    [
      '',
      'Does the complaint officer have autonomy to resolve complaints?',
      '',
      'No. Dependent on Stage complaints passed to senior officer.',
    ],
    [
      '',
      'At what stage are most complaints resolved?',
      'In 2019/20 the majority of complaints were resolved at Stage 1.',
      '',
    ],
    ['4', 'Communication', '', ''],
    [
      '',
      "Are residents informed of the landlord's position and given a",
      'Residents can challenge each stage and escalate up to stage 3.',
      '',
    ],
    ['', 'chance to respond and challenge any area of dispute before the', '', ''],
    ['', 'final decision?', '', ''],
    [
      '',
      'What proportion of complaints are resolved at stage one?',
      'In 2019/20 14 out of 16 were resolved at Stage 1',
      '',
    ],
    ['5', 'Cooperation with Housing Ombudsman Service', '', ''],
    ['', 'Where the timescale was extended did we keep the Ombudsman', 'n/a', ''],
    ['', 'informed?', '', ''],
  ]),
);

function normalise(): Assessment {
  const r = normaliseDocument(FORM_2020, { file: 'appendix-2.docx', catalogues: CATALOGUES });
  if (!r.ok) throw new Error(r.failure.message);
  return r.assessment;
}

describe('normaliseDocument: the 2020 question form', () => {
  it('detects 2020 from the questions', () => {
    const a = normalise();
    expect(a.code).toBe('2020');
    expect(a.detection.method).toBe('detected');
    expect(a.detection.signals.join('; ')).toMatch(/questions of the 2020 form/);
  });

  it('matches each question to the catalogue by its text and reads the answer from the column it sits in', () => {
    const a = normalise();
    expect(a.provisions.map((p) => [p.id, p.comply, p.rawAnswer, p.commentary])).toEqual([
      ['Q1.1', 'yes', undefined, "Slightly differently, but yes. 'An expression of dissatisfaction with our service'."],
      ['Q1.2', 'yes', undefined, 'Expressions of dissatisfaction with Government or local policies.'],
      ['Q1.3', 'yes', undefined, ''],
      ['Q2.1', 'yes', undefined, 'Yes, various written and verbal.'],
      [
        'Q2.3',
        'no',
        undefined,
        'No policy, but as per the Equality Act 2010 we would do everything possible. Housing Services will endeavour to advertise more clearly.',
      ],
      ['Q3.2', 'no', undefined, 'No. Dependent on Stage complaints passed to senior officer.'],
      ['Q3.8', undefined, 'In 2019/20 the majority of complaints were resolved at Stage 1.', ''],
      ['Q4.2', 'yes', undefined, 'Residents can challenge each stage and escalate up to stage 3.'],
      ['Q4.5', undefined, 'In 2019/20 14 out of 16 were resolved at Stage 1', ''],
      ['Q5.2', 'n/a', undefined, ''],
    ]);
  });

  it('joins a question wrapped over several rows and keeps the first row’s location', () => {
    const a = normalise();
    const q = a.provisions.find((p) => p.id === 'Q4.2');
    expect(q?.requirement).toBe(
      "Are residents informed of the landlord's position and given a chance to respond and challenge any area of dispute before the final decision?",
    );
    expect(q?.location).toEqual({ table: 1, row: 15 });
    expect(a.provisions.find((p) => p.id === 'Q5.2')?.requirement).toBe(
      'Where the timescale was extended did we keep the Ombudsman informed?',
    );
  });

  it('takes the landlord from "Based on X\'s ..."', () => {
    expect(normalise().landlord).toBe('Cannock Chase Council');
  });

  it('gives a question the catalogue does not know an unmatched id when it is answered', () => {
    const r = normaliseDocument(
      doc(
        table([
          ['1', 'Definition of a complaint', 'Yes', 'No'],
          ['', 'Does the complaints process use the following definition of a complaint?', 'Yes', ''],
          ['', 'Does the policy have exclusions where a complaint will not be considered?', 'Yes', ''],
          ['', 'Is our complaints leaflet printed in large type?', 'Yes', ''],
        ]),
      ),
      { file: 'f.docx', catalogues: CATALOGUES },
    );
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.assessment.provisions.map((p) => p.id)).toEqual(['Q1.1', 'Q1.2', 'Q1.?']);
  });

  it('reads a 2020 form laid out with Answer / Comments columns', () => {
    const r = normaliseDocument(
      doc(
        table([
          ['Question', 'Answer', 'Comments'],
          ['Does the complaints process use the following definition of a complaint?', 'Yes', 'Policy 2.1'],
          ['Is the complaints policy and procedure available online?', 'No', 'Being uploaded'],
          ['At what stage are most complaints resolved?', 'Stage 1', ''],
        ]),
      ),
      { file: 'f.docx', catalogues: CATALOGUES },
    );
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.assessment.code).toBe('2020');
    expect(r.assessment.provisions.map((p) => [p.id, p.comply, p.rawAnswer, p.commentary])).toEqual([
      ['Q1.1', 'yes', undefined, 'Policy 2.1'],
      ['Q2.2', 'no', undefined, 'Being uploaded'],
      ['Q3.8', undefined, 'Stage 1', ''],
    ]);
  });
});
