/** A catalogue's provisions by id, built once per catalogue. */
import type { Catalogue, CatalogueProvision } from './types.js';

const indexes = new WeakMap<Catalogue, Map<string, CatalogueProvision>>();

export function provisionIndex(catalogue: Catalogue): Map<string, CatalogueProvision> {
  let index = indexes.get(catalogue);
  if (!index) {
    index = new Map(catalogue.provisions.map((p) => [p.id, p]));
    indexes.set(catalogue, index);
  }
  return index;
}
