/** Loading the versioned Code catalogues from `codes/`, validated against `schemas/catalogue.schema.json`. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  const { data, validated } = readCatalogueData(version);
  const problems = validated ? [] : validateCatalogue(data);
  if (problems.length > 0) throw new Error(`invalid catalogue codes/${version}.yaml: ${problems.join('; ')}`);
  const catalogue = data as Catalogue;
  cache.set(version, catalogue);
  return catalogue;
}

/**
 * The build's JSON copy (dist/codes, written only once it passed the schema) when it is at least as new as
 * codes/<version>.yaml and the schema; else the YAML itself, still to be validated.
 */
function readCatalogueData(version: CodeVersion): { data: unknown; validated: boolean } {
  const source = packagePath('codes', `${version}.yaml`);
  const built = packagePath('dist', 'codes', `${version}.json`);
  if (existsSync(built)) {
    const builtAt = statSync(built).mtimeMs;
    if (
      builtAt >= statSync(source).mtimeMs &&
      builtAt >= statSync(packagePath('schemas', 'catalogue.schema.json')).mtimeMs
    ) {
      return { data: JSON.parse(readFileSync(built, 'utf8')), validated: true };
    }
  }
  // From source (tests, no build): parse the YAML; yaml is required only here, so a built CLI never loads it for this.
  const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return { data: parse(readFileSync(source, 'utf8')), validated: false };
}

export const loadAllCatalogues = (): Catalogue[] => CODE_VERSIONS.map(loadCatalogue);
