/** Shared lookups for rules. */
import { provisionIndex } from '../catalogue/provision-index.js';
import type { Catalogue, CatalogueProvision } from '../catalogue/types.js';
import type { Assessment, ProvisionRecord } from '../normalise/assessment.js';
import { sectionById } from '../catalogue/sections.js';
import { proseSentences as sentences } from '../normalise/statements/sentences.js';

export { provisionIndex } from '../catalogue/provision-index.js';

/** Where a record sits, for a finding. */
export const at = (record: ProvisionRecord) => (record.location ? { location: record.location } : {});

/**
 * A 2020 question answered with a figure or prose rather than Yes/No (or a heading question answered in its sub-rows).
 */
export const isTextQuestion = (p: CatalogueProvision | undefined): boolean =>
  p?.answer === 'text' || p?.answer === 'none';

/** The record has an answer of any kind, or needs none. */
export const isAnswered = (record: ProvisionRecord, p: CatalogueProvision | undefined): boolean =>
  record.comply !== undefined || p?.answer === 'none' || (isTextQuestion(p) && (record.rawAnswer ?? '').trim() !== '');

/** The explanation a landlord gave: commentary, and evidence where the form has one combined column. */
export const explanationOf = (record: ProvisionRecord): string =>
  [record.commentary, record.rawAnswer && record.comply ? record.rawAnswer : ''].join(' ').trim();

/** A sentence of the landlord's own words in a row, and which column it is from. */
export interface RowSentence {
  readonly source: 'evidence' | 'commentary' | 'answer';
  readonly text: string;
}

/** Each record's sentences, split once: several rules read every row's (records do not change under the rules). */
const sentencesOf = new WeakMap<ProvisionRecord, readonly RowSentence[]>();

const LEADING_ANSWER =
  /^\W*(yes|no|partial(ly)?|part(ly)?|n\/?a|not applicable|compliant|non[-\s]?compliant|comply)\b\W*/i;

/**
 * Every sentence of a row's evidence and commentary, and what follows the answer word in its Comply cell
 * ("Yes – but the policy does not yet say so").
 */
export function rowSentences(record: ProvisionRecord): readonly RowSentence[] {
  let found = sentencesOf.get(record);
  if (!found) {
    const rest = record.rawAnswer ? record.rawAnswer.replace(LEADING_ANSWER, '') : '';
    found = [
      ...sentences(record.evidence).map((text) => ({ source: 'evidence' as const, text })),
      ...sentences(record.commentary).map((text) => ({ source: 'commentary' as const, text })),
      ...sentences(rest).map((text) => ({ source: 'answer' as const, text })),
    ];
    sentencesOf.set(record, found);
  }
  return found;
}

/** "its evidence", "its commentary", "its answer". */
export const sourceName = (s: RowSentence['source']): string => `its ${s}`;

/**
 * Whether a row's answer says the landlord falls short of the provision: No or Partial on a compliance form (2022,
 * 2024); on a question form (2020), No to a yes-no question whose compliant answer is Yes (the catalogue marks the
 * questions of fact, where either answer complies, `compliant: either`).
 */
export function fallsShort(catalogue: Catalogue, record: ProvisionRecord): boolean {
  if (catalogue.answers === 'compliance') return record.comply === 'no' || record.comply === 'partial';
  const question = provisionIndex(catalogue).get(record.id);
  if (!question || (question.answer ?? 'yes-no') !== 'yes-no' || question.compliant === 'either') return false;
  return record.comply === 'no';
}

/**
 * What a landlord says of a No or Partial: its explanation (with the evidence, where the form has one combined
 * column) and the documents of a separate Evidence column, where a date for compliance may also be.
 */
export function shortfallWords(
  catalogue: Catalogue,
  record: ProvisionRecord,
): { explanation: string; documents: string } {
  const combined = catalogue.evidence !== 'separate';
  return {
    explanation: [explanationOf(record), combined ? record.evidence : ''].join(' ').trim(),
    documents: combined ? '' : record.evidence,
  };
}

/**
 * A form laid out one row per Code section (the LGSCO's councils' layout): every record's id is a section number
 * of the catalogue.
 */
export const isSectionForm = (assessment: Assessment, catalogue: Catalogue): boolean =>
  assessment.provisions.length > 0 && assessment.provisions.every((p) => sectionById(catalogue, p.id) !== undefined);

/**
 * How a finding names a row of the form: "provision 6.14", or "section 4" on a form laid out one row per Code
 * section (isSectionForm), whose rows are the Code's sections, not its provisions.
 */
export function rowNamer(assessment: Assessment, catalogue: Catalogue): (id: string) => string {
  const noun = isSectionForm(assessment, catalogue) ? 'section' : 'provision';
  return (id) => `${noun} ${id}`;
}
