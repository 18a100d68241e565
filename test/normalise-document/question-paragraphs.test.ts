import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Catalogue, CodeVersion } from '../../src/catalogue/types.js';
import type { DocumentModel } from '../../src/ingest/document.js';
import { normaliseDocument } from '../../src/normalise/document/normalise-document.js';
import { collectQuestionParagraphs } from '../../src/normalise/document/question-paragraphs.js';
import { CAT_2024, doc, para, table } from './helpers.js';

/** The real catalogues: the questions' full wording matters here (Q1.1 quotes the definition). */
const CATALOGUES = (['2020', '2022', '2024'] as CodeVersion[]).map(
  (v) => parse(readFileSync(new URL(`../../codes/${v}.yaml`, import.meta.url), 'utf8')) as Catalogue,
);

const DEFINITION =
  'An expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the organisation, its own staff, or those acting on its behalf, affecting an individual resident or group of residents.';

function normalise(d: DocumentModel) {
  const r = normaliseDocument(d, { file: 'answers.docx', catalogues: CATALOGUES });
  if (!r.ok) throw new Error(r.failure.message);
  return r.assessment;
}
/** Id, answer (the Comply value, or the text as written when it is none) and commentary. */
const brief = (d: DocumentModel) =>
  normalise(d).provisions.map((p) => [p.id, p.comply ?? p.rawAnswer ?? '-', p.commentary]);

describe('normaliseDocument: a 2020 form written as questions and answers', () => {
  const form = doc(
    para('Riverside Homes – self-assessment against the Complaint Handling Code 2020', 1),
    para('1 Definition of a complaint', 2),
    para('Does the complaints process use the following definition of a complaint?'),
    para(DEFINITION),
    para('Yes. Our policy uses it word for word.'),
    para('Does the policy have exclusions where a complaint will not be considered?'),
    para('Yes – section 4 lists them:'),
    para('• matters in court;'),
    para('• matters over twelve months old.'),
    para('Are these exclusions reasonable and fair to residents?'),
    para('2 Accessibility', 2),
    para('Are multiple accessibility routes available for residents to make a complaint?'),
    para('Yes, in person, by phone, online and by letter.'),
    para('Do we have a reasonable adjustments policy?'),
    para('No'),
    para('We follow the Equality Act 2010 and are writing a policy.'),
    para('3 Complaints team and process', 2),
    para('Does the complaint officer have autonomy to resolve complaints?'),
    para('Partially. Stage 2 needs a manager.'),
    para('At what stage are most complaints resolved?'),
    para('88% of complaints are resolved at stage 1.'),
    para('5 Cooperation with Housing Ombudsman Service', 2),
    para('Where the timescale was extended did we keep the Ombudsman informed?'),
    para('Not applicable.'),
  );

  it('matches each question by its wording and reads the answer under it', () => {
    const a = normalise(form);
    expect(a.code).toBe('2020');
    expect(brief(form)).toEqual([
      ['Q1.1', 'yes', 'Our policy uses it word for word.'],
      ['Q1.2', 'yes', 'section 4 lists them: • matters in court; • matters over twelve months old.'],
      ['Q1.3', '-', ''],
      ['Q2.1', 'yes', 'in person, by phone, online and by letter.'],
      ['Q2.3', 'no', 'We follow the Equality Act 2010 and are writing a policy.'],
      ['Q3.2', 'partial', 'Stage 2 needs a manager.'],
      // A question that asks for a figure is answered by it.
      ['Q3.8', '88% of complaints are resolved at stage 1.', ''],
      ['Q5.2', 'n/a', ''],
    ]);
    // The definition under the first question is part of the question.
    expect(a.provisions[0]?.requirement).toBe(
      `Does the complaints process use the following definition of a complaint? ${DEFINITION}`,
    );
    expect(a.provisions.map((p) => p.location)).toEqual(
      [3, 6, 10, 12, 14, 18, 20, 23].map((paragraph) => ({ paragraph })),
    );
  });

  it('takes an answer that restates the question for the answer, and one on the question line after "?", ":" or a tab', () => {
    const d = doc(
      para('Are multiple accessibility routes available for residents to make a complaint?'),
      para('Multiple accessibility routes are available for residents to make a complaint.'),
      para('Is the complaints policy and procedure available online? Yes, on our website.'),
      para('At what stage are most complaints resolved?\tStage 1'),
      para('What proportion of complaints are resolved at stage one: 88%'),
    );
    expect(brief(d)).toEqual([
      // Not an answer word: kept as written (invalid-answer says so).
      ['Q2.1', 'Multiple accessibility routes are available for residents to make a complaint.', ''],
      ['Q2.2', 'yes', 'on our website.'],
      ['Q3.8', 'Stage 1', ''],
      ['Q4.5', '88%', ''],
    ]);
  });

  it('never takes a paragraph opening with an answer word for a question', () => {
    const rows = collectQuestionParagraphs(
      doc(
        para('Are these exclusions reasonable and fair to residents?'),
        para('Yes, these exclusions are reasonable and fair to residents?'),
        para('Do we have a reasonable adjustments policy?'),
        para('No.'),
        para('Is there a complaint officer or equivalent in post?'),
        para('Yes.'),
      ),
      CATALOGUES,
    );
    expect(rows.map((r) => [r.id, r.answer])).toEqual([
      ['Q1.3', 'Yes, these exclusions are reasonable and fair to residents?'],
      ['Q2.3', 'No.'],
      ['Q3.1', 'Yes.'],
    ]);
  });

  it('is no such form with fewer than three answered questions, or without a question catalogue', () => {
    const d = doc(
      para('Minutes of the Board'),
      para('Are these exclusions reasonable and fair to residents?'),
      para('The Board agreed they were.'),
      para('Do we have a reasonable adjustments policy?'),
      para('Not yet.'),
    );
    expect(collectQuestionParagraphs(d, CATALOGUES)).toEqual([]);
    expect(collectQuestionParagraphs(form, [CAT_2024])).toEqual([]);
  });

  it('is not read beside a table form: table rows come first', () => {
    const d = doc(
      table([
        ['', 'Question', 'Yes', 'No'],
        ['', 'Are these exclusions reasonable and fair to residents?', 'Yes', ''],
        ['', 'Do we have a reasonable adjustments policy?', '', 'Not yet'],
      ]),
      ...form.blocks.filter((b) => b.kind === 'paragraph'),
    );
    expect(normalise(d).provisions.map((p) => p.id)).toEqual(['Q1.3', 'Q2.3']);
  });
});
