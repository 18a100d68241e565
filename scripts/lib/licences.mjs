// The licences of the third-party code the build bundles into dist/: each package whose files esbuild took in (its
// metafile's inputs) gets dist/licenses/<name>.txt, its name, version and licence followed by the licence text it
// ships, and dist/licenses/index.json lists them. Licences such as MIT, BSD and Apache-2.0 ask for their text to go
// with every copy of the code; bundling takes the code out of the package that carried it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package root of a bundled input path (`node_modules/a/...`, `node_modules/@s/b/...`, nested ones too). */
export function packageRoot(input) {
  const parts = input.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const depth = parts[at + 1].startsWith('@') ? 3 : 2;
  if (at + depth > parts.length - 1) return undefined;
  return parts.slice(0, at + depth).join('/');
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

/** A package's licence texts (LICENSE, LICENCE, COPYING, NOTICE, any extension), joined; undefined when none. */
function licenceText(root) {
  const names = readdirSync(root)
    .filter((name) => LICENCE_FILE.test(name))
    .sort();
  if (names.length === 0) return undefined;
  return names.map((name) => readFileSync(join(root, name), 'utf8').trim()).join('\n\n');
}

/** The package.json `license` field, old forms (`licenses: [{type}]`, `license: {type}`) included. */
function licenceField(manifest) {
  const field = manifest.license ?? manifest.licenses;
  if (typeof field === 'string') return field;
  if (Array.isArray(field)) return field.map((entry) => entry.type ?? String(entry)).join(' OR ');
  if (field && typeof field === 'object' && field.type) return String(field.type);
  return 'UNKNOWN';
}

/**
 * Writes the licences of the packages behind `inputs` (paths relative to `cwd`, as esbuild's metafile gives them)
 * into `dir`. Returns the index written. Two copies of one package (two versions, nested) get one file each.
 */
export function writeLicences(inputs, cwd, dir) {
  const roots = [...new Set([...inputs].map(packageRoot).filter(Boolean))];
  const entries = new Map();
  for (const root of roots) {
    const manifest = JSON.parse(readFileSync(join(cwd, root, 'package.json'), 'utf8'));
    const key = `${manifest.name}@${manifest.version}`;
    if (entries.has(key)) continue;
    const text = licenceText(join(cwd, root));
    entries.set(key, { name: manifest.name, version: manifest.version, license: licenceField(manifest), text });
  }
  const names = new Map();
  for (const entry of entries.values()) names.set(entry.name, (names.get(entry.name) ?? 0) + 1);
  const index = [...entries.values()]
    .sort((a, b) => {
      const [x, y] = a.name === b.name ? [a.version, b.version] : [a.name, b.name];
      return x < y ? -1 : x > y ? 1 : 0;
    })
    .map((entry) => {
      const base = entry.name.replace(/^@/, '').replaceAll('/', '__');
      const file = `${names.get(entry.name) > 1 ? `${base}@${entry.version}` : base}.txt`;
      const header = `${entry.name} ${entry.version}, licence: ${entry.license}`;
      const body = entry.text ?? `The package ships no licence text; its package.json names the licence above.`;
      writeFileSync(join(dir, file), `${header}\n\n${body}\n`);
      return { name: entry.name, version: entry.version, license: entry.license, file, text: Boolean(entry.text) };
    });
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  return index;
}
