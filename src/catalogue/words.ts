/** Each provision's content words, computed once per catalogue: what text matching and requirement-mismatch compare. */
import { wordSet } from '../util/text.js';
import type { Catalogue, CatalogueProvision } from './types.js';

export interface ProvisionWords {
  p: CatalogueProvision;
  words: Set<string>;
}

const cache = new WeakMap<Catalogue, { list: ProvisionWords[]; byId: Map<string, ProvisionWords> }>();

function wordsOf(catalogue: Catalogue): { list: ProvisionWords[]; byId: Map<string, ProvisionWords> } {
  let entry = cache.get(catalogue);
  if (!entry) {
    const list = catalogue.provisions.map((p) => ({ p, words: wordSet(p.text) }));
    entry = { list, byId: new Map(list.map((w) => [w.p.id, w])) };
    cache.set(catalogue, entry);
  }
  return entry;
}

/** Every provision with its content words, in catalogue order. */
export const catalogueWords = (catalogue: Catalogue): ProvisionWords[] => wordsOf(catalogue).list;

/** One provision's content words, by id. */
export const provisionWords = (catalogue: Catalogue, id: string): ProvisionWords | undefined =>
  wordsOf(catalogue).byId.get(id);
