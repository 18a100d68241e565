/**
 * Loading the versioned Code catalogues from `codes/`, validated against `schemas/catalogue.schema.json`.
 * The bundle reads the build's JSON copies (dist/codes, written only once they passed the schema); the sources
 * (tests) parse codes/*.yaml and validate it (codes-file.ts).
 */
import { validateCatalogue } from '../schemas/validators.js';
import { readCodesFile } from './codes-file.js';
import { CODE_VERSIONS, type Catalogue, type CodeVersion } from './types.js';

const cache = new Map<CodeVersion, Catalogue>();

export function isCodeVersion(value: unknown): value is CodeVersion {
  return typeof value === 'string' && (CODE_VERSIONS as readonly string[]).includes(value);
}

export function loadCatalogue(version: CodeVersion): Catalogue {
  const cached = cache.get(version);
  if (cached) return cached;
  const catalogue = readCodesFile<Catalogue>(version, 'catalogue', validateCatalogue);
  cache.set(version, catalogue);
  return catalogue;
}

export const loadAllCatalogues = (): Catalogue[] => CODE_VERSIONS.map(loadCatalogue);
