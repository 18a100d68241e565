/**
 * One data file of `codes/` (a catalogue, a crosswalk). The bundle reads the build's JSON copy (dist/codes, written
 * only once it passed its schema); the sources (tests) parse codes/NAME.yaml and validate it now. Which one is
 * fixed by the way of running (util/build-mode.ts); yaml is required only for the sources.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BUNDLED } from '../util/build-mode.js';
import { packagePath } from '../util/package-path.js';

export function readCodesFile<T>(name: string, kind: string, validate: (data: unknown) => string[]): T {
  if (BUNDLED) return JSON.parse(readFileSync(packagePath('dist', 'codes', `${name}.json`), 'utf8')) as T;
  const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const data: unknown = parse(readFileSync(packagePath('codes', `${name}.yaml`), 'utf8'));
  const problems = validate(data);
  if (problems.length > 0) throw new Error(`invalid ${kind} codes/${name}.yaml: ${problems.join('; ')}`);
  return data as T;
}
