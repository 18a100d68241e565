/** Each provision's content words, computed once per catalogue: what text matching and requirement-mismatch compare. */
import { wordSet } from '../util/text.js';
import type { Catalogue, CatalogueProvision } from './types.js';

export interface ProvisionWords {
  p: CatalogueProvision;
  words: Set<string>;
}

interface Entry {
  list: ProvisionWords[];
  byId: Map<string, ProvisionWords>;
  /** Each word, and the indexes in `list` of the provisions that have it (ascending). */
  postings: Map<string, number[]>;
}

const cache = new WeakMap<Catalogue, Entry>();

function wordsOf(catalogue: Catalogue): Entry {
  let entry = cache.get(catalogue);
  if (!entry) {
    const list = catalogue.provisions.map((p) => ({ p, words: wordSet(p.text) }));
    const postings = new Map<string, number[]>();
    list.forEach(({ words }, i) => {
      for (const w of words) {
        const at = postings.get(w);
        if (at) at.push(i);
        else postings.set(w, [i]);
      }
    });
    entry = { list, byId: new Map(list.map((w) => [w.p.id, w])), postings };
    cache.set(catalogue, entry);
  }
  return entry;
}

/**
 * For each provision in catalogue order, how many of `words` its content words share: one pass over `words`
 * through an index of the catalogue's words, instead of one set intersection per provision (a form's every row
 * is matched against every provision of every version).
 */
export function sharedWordCounts(catalogue: Catalogue, words: ReadonlySet<string>): Uint32Array {
  const { list, postings } = wordsOf(catalogue);
  const shared = new Uint32Array(list.length);
  for (const w of words) {
    const at = postings.get(w);
    if (at) for (const i of at) shared[i] = (shared[i] ?? 0) + 1;
  }
  return shared;
}

/** Every provision with its content words, in catalogue order. */
export const catalogueWords = (catalogue: Catalogue): ProvisionWords[] => wordsOf(catalogue).list;

/** One provision's content words, by id. */
export const provisionWords = (catalogue: Catalogue, id: string): ProvisionWords | undefined =>
  wordsOf(catalogue).byId.get(id);
