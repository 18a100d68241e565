/** Each provision's content words, computed once per catalogue: what text matching and requirement-mismatch compare. */
import { wordSet } from '../util/text.js';
import type { Catalogue, CatalogueProvision } from './types.js';

const cache = new WeakMap<Catalogue, { p: CatalogueProvision; words: Set<string> }[]>();

export function catalogueWords(catalogue: Catalogue): { p: CatalogueProvision; words: Set<string> }[] {
  let words = cache.get(catalogue);
  if (!words) {
    words = catalogue.provisions.map((p) => ({ p, words: wordSet(p.text) }));
    cache.set(catalogue, words);
  }
  return words;
}
