/**
 * The third-party licences that ship with dist/ (scripts/lib/licences.mjs, run by the build): every package the
 * bundles took code from has its licence text (or a line saying it ships none) in dist/licenses/, listed in
 * dist/licenses/index.json; the externals, installed as dependencies with their own licences, are not listed; and
 * nothing bundled carries a licence outside the permissive set assess can ship under. Needs `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, 'dist', 'licenses');

interface Entry {
  name: string;
  version: string;
  license: string;
  file: string;
  text: boolean;
}

/** Licences that allow bundling and ask only for their notice to go with the code. */
const PERMISSIVE = new Set([
  'MIT',
  'MIT/X11',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  'Unlicense',
  'BlueOak-1.0.0',
  '0BSD',
  '(MIT AND Zlib)',
  // jszip, dual-licensed: assess takes it under MIT.
  '(MIT OR GPL-3.0-or-later)',
]);
/**
 * Packages that state no licence anywhere, known and accepted: buffers 0.1.1 (exceljs, through unzipper), by the
 * author of chainsaw and binary, whose packages are MIT/X11. A new one fails the test below until reviewed.
 */
const REVIEWED_UNKNOWN = new Set(['buffers@0.1.1']);

let index: Entry[];
beforeAll(() => {
  if (!existsSync(join(dir, 'index.json'))) throw new Error('dist/licenses/index.json is missing: run `npm run build`');
  index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Entry[];
});

describe('dist/licenses', () => {
  it('has one file per bundled package, headed by its name, version and licence', () => {
    expect(index.length).toBeGreaterThan(20);
    for (const entry of index) {
      const text = readFileSync(join(dir, entry.file), 'utf8');
      expect(text.split('\n')[0], entry.file).toBe(`${entry.name} ${entry.version}, licence: ${entry.license}`);
      if (entry.text) expect(text.length, entry.file).toBeGreaterThan(200);
    }
    expect(new Set(index.map((entry) => entry.file)).size).toBe(index.length);
  });

  it('is sorted, so a rebuild gives the same index', () => {
    const order = (a: Entry, b: Entry): number => {
      const [x, y] = a.name === b.name ? [a.version, b.version] : [a.name, b.name];
      return x < y ? -1 : x > y ? 1 : 0;
    };
    const keys = (entries: Entry[]): string[] => entries.map((entry) => `${entry.name}@${entry.version}`);
    expect(keys(index)).toEqual(keys([...index].sort(order)));
  });

  it('lists the libraries the readers are built on, with their licence texts', () => {
    const names = new Set(index.filter((entry) => entry.text).map((entry) => entry.name));
    for (const name of [
      'mammoth',
      'jszip',
      '@xmldom/xmldom',
      'htmlparser2',
      'commander',
      'yaml',
      'exceljs',
      'pdfjs-dist',
      'csv-parse',
      'chalk',
    ])
      expect(names.has(name), name).toBe(true);
    // pdf.js's file keeps the name it always had; it is Apache-2.0, which asks for its text.
    expect(readFileSync(join(dir, 'pdfjs-dist.txt'), 'utf8')).toMatch(/Apache License\s+Version 2\.0/);
  });

  it('leaves out the externals, which npm installs with their own licences', () => {
    const names = new Set(index.map((entry) => entry.name));
    for (const name of ['ajv', 'ajv-formats', 'pdf-parse', 'tesseract.js', '@napi-rs/canvas', 'esbuild', 'vitest'])
      expect(names.has(name), name).toBe(false);
  });

  it('bundles nothing under a licence outside the permissive set', () => {
    const outside = index.filter(
      (entry) => !PERMISSIVE.has(entry.license) && !REVIEWED_UNKNOWN.has(`${entry.name}@${entry.version}`),
    );
    expect(outside.map((entry) => `${entry.name}@${entry.version}: ${entry.license}`)).toEqual([]);
  });
});
