/**
 * The Code versions are the catalogues in codes/: every place that lists them (the generated type, the schemas'
 * enums) must list exactly those, and the committed generated files must be what scripts/code-versions.mjs writes
 * from codes/, so a catalogue added without `npm run build` fails here rather than at a user's run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CODE_VERSIONS } from '../src/catalogue/types.js';
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { codeVersions, generated } from '../scripts/code-versions.mjs';

const root = new URL('../', import.meta.url);
// codes/crosswalk-*.yaml map one version to the next (schemas/crosswalk.schema.json); the rest are catalogues.
const catalogueFiles = readdirSync(new URL('codes/', root)).filter(
  (f) => f.endsWith('.yaml') && !f.startsWith('crosswalk-'),
);
const versionOf = (f: string): string =>
  (parse(readFileSync(new URL(`codes/${f}`, root), 'utf8')) as { version: string }).version;
const fromCodes = catalogueFiles.map(versionOf).sort();

/** Every `enum` of Code versions in a schema: those that list a version of codes/. */
function versionEnums(schema: unknown): string[][] {
  const found: string[][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const values = (node as { enum?: unknown[] }).enum;
      if (Array.isArray(values) && values.some((v) => fromCodes.includes(String(v)))) {
        found.push(values.filter((v): v is string => typeof v === 'string'));
      }
      Object.values(node).forEach(walk);
    }
  };
  walk(schema);
  return found;
}

describe('the Code versions', () => {
  it('are the catalogues in codes/, each file named by its version', () => {
    expect([...CODE_VERSIONS].sort()).toEqual(fromCodes);
    for (const f of catalogueFiles) expect(f).toBe(`${versionOf(f)}.yaml`);
  });

  it.each(['assessment', 'catalogue', 'config', 'crosswalk', 'report'])(
    'are listed whole in schemas/%s.schema.json',
    (name) => {
      const schema = JSON.parse(readFileSync(new URL(`schemas/${name}.schema.json`, root), 'utf8')) as unknown;
      const enums = versionEnums(schema);
      expect(enums.length).toBeGreaterThan(0);
      for (const e of enums) expect([...e].sort()).toEqual(fromCodes);
    },
  );

  it('are what scripts/code-versions.mjs generates from codes/ (run npm run build after adding a catalogue)', () => {
    expect(codeVersions()).toEqual(fromCodes);
    for (const [path, text] of Object.entries(generated() as Record<string, string>)) {
      expect(readFileSync(new URL(path, root), 'utf8'), path).toBe(text);
    }
  });
});
