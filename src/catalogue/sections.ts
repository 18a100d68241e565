/**
 * A Code's sections as rows of a form. Councils publish their LGSCO self-assessment one row per section (the
 * section's number, "1", and a "We ..." statement) rather than one per provision: such a record's id is the
 * section number alone. Also: a provision's obligation, or a section's (`should` unless a provision of it is `must`),
 * and whether an id falls in a section the catalogue does not list whole (`incomplete`).
 */
import { provisionIndex } from './provision-index.js';
import type { Catalogue, CatalogueSection, Obligation } from './types.js';

/** A section record's id: the section number alone ("1", "9"), as opposed to a provision's ("1.4", "Q4.3"). */
export const isSectionId = (id: string): boolean => /^[1-9][0-9]?$/.test(id);

export const sectionById = (catalogue: Catalogue, id: string): CatalogueSection | undefined =>
  isSectionId(id) ? catalogue.sections.find((s) => s.number === Number(id)) : undefined;

/** The obligation of a provision, or of a section record (`must` if any of its provisions is); undefined if unknown. */
export function obligationOf(catalogue: Catalogue, id: string): Obligation | undefined {
  const provision = provisionIndex(catalogue).get(id);
  if (provision) return provision.obligation;
  const section = sectionById(catalogue, id);
  if (!section) return undefined;
  return catalogue.provisions.some((p) => p.section === section.number && p.obligation === 'must') ? 'must' : 'should';
}

/** An id "N.M" in a section whose provisions the catalogue does not all list (its source was not read whole). */
export function inIncompleteSection(catalogue: Catalogue, id: string): boolean {
  const m = /^([1-9][0-9]?)\.[1-9][0-9]?$/.exec(id);
  return m !== null && catalogue.sections.some((s) => s.number === Number(m[1]) && s.incomplete === true);
}
