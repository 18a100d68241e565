/** Shared lookups for rules. */
import type { CatalogueProvision } from '../catalogue/types.js';
import type { ProvisionRecord } from '../normalise/assessment.js';

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
