/**
 * Loading the versioned Code catalogues from `codes/`, validated against `schemas/catalogue.schema.json`.
 * The bundle reads the build's JSON copies (dist/codes, written only once they passed the schema); the sources
 * (tests) parse codes/*.yaml and validate it. Which one is fixed by the way of running (util/build-mode.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BUNDLED } from '../util/build-mode.js';
import { packagePath } from '../util/package-path.js';
import { validateCatalogue } from '../schemas/validators.js';
import { CODE_VERSIONS, type Catalogue, type CodeVersion } from './types.js';

const cache = new Map<CodeVersion, Catalogue>();

export function isCodeVersion(value: unknown): value is CodeVersion {
  return typeof value === 'string' && (CODE_VERSIONS as readonly string[]).includes(value);
}

export function loadCatalogue(version: CodeVersion): Catalogue {
  const cached = cache.get(version);
  if (cached) return cached;
  const catalogue = BUNDLED ? readBuilt(version) : readSource(version);
  cache.set(version, catalogue);
  return catalogue;
}

/** The bundle: the build validated it already. */
const readBuilt = (version: CodeVersion): Catalogue =>
  JSON.parse(readFileSync(packagePath('dist', 'codes', `${version}.json`), 'utf8')) as Catalogue;

/** From source: parse the YAML and validate it now. yaml is required only here. */
function readSource(version: CodeVersion): Catalogue {
  const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const data: unknown = parse(readFileSync(packagePath('codes', `${version}.yaml`), 'utf8'));
  const problems = validateCatalogue(data);
  if (problems.length > 0) throw new Error(`invalid catalogue codes/${version}.yaml: ${problems.join('; ')}`);
  return data as Catalogue;
}

export const loadAllCatalogues = (): Catalogue[] => CODE_VERSIONS.map(loadCatalogue);
