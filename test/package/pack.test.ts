/**
 * The npm package as users get it: `npm pack` of the built tree (dist/ as it is: `--ignore-scripts`, so the
 * `prepare` build does not rewrite dist/), its file list, then an install of the tarball into a scratch prefix
 * and the installed `assess` run from a folder outside the repository on YAML, DOCX and PDF forms.
 * Needs `npm run build` first, and the registry for the install; without the registry the install tests are
 * skipped, saying why. Sizes are printed for CI logs.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The OCR reader's libraries (src/ingest/ocr/load-ocr.ts), optional peer dependencies. */
const OCR_PACKAGES = ['tesseract.js', '@tesseract.js-data/eng', '@napi-rs/canvas'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}

const run = (cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    maxBuffer: 64 * 1024 * 1024,
  });

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Apparent size of the files below a folder (symbolic links not followed). */
function treeSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += treeSize(path);
    else total += lstatSync(path).size;
  }
  return total;
}

/** The `npm install` error when the registry cannot be reached, as opposed to any other failure. */
const UNREACHABLE = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/;

/** A stack trace line (`    at fn (file:line:col)`), or Node's "Require stack:" of a module not found. */
const STACK = /^\s+at .+:\d+:\d+\)?$|Require stack:/m;

const scratch: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

let pack: PackResult;
let tarball: string;

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'boot.cjs')))
    throw new Error('dist/boot.cjs is missing: run `npm run build` first');
  const dest = tempDir('assess-pack-');
  const result = run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], root);
  if (result.status !== 0) throw new Error(`npm pack failed (${result.status}):\n${result.stderr}`);
  pack = (JSON.parse(result.stdout) as PackResult[])[0]!;
  tarball = join(dest, pack.filename);
  console.log(
    `package ${pack.filename}: ${kib(pack.size)} packed, ${kib(pack.unpackedSize)} unpacked, ${pack.entryCount} files`,
  );
}, 60_000);

describe('npm pack', () => {
  const shipped = (): string[] => pack.files.map((f) => f.path.split(sep).join('/'));

  it('ships the bin, the bundle with its chunks, catalogues and validators, the catalogues and the schemas', () => {
    const files = shipped();
    const listed = (dir: string, ext: string): string[] =>
      readdirSync(join(root, dir))
        .filter((name) => name.endsWith(ext))
        .map((name) => `${dir}/${name}`);
    const codes = listed('codes', '.yaml');
    expect(codes.length).toBeGreaterThan(0);
    const required = [
      'package.json',
      'README.md',
      ...(existsSync(join(root, 'LICENSE')) ? ['LICENSE'] : []),
      'bin/assess.js',
      'bin/package.json',
      'dist/boot.cjs',
      'dist/main.cjs',
      ...['read-pdf', 'read-docx', 'read-odf', 'read-xlsx', 'read-html', 'read-log-xlsx'].map(
        (name) => `dist/lazy/${name}.js`,
      ),
      'dist/worker.cjs',
      'dist/worker-main.cjs',
      'dist/ocr.js',
      ...['assessment', 'catalogue', 'config', 'crosswalk'].map((name) => `dist/generated/validators/${name}.cjs`),
      'dist/licenses/pdfjs-dist.txt',
      'dist/licenses/index.json',
      ...codes,
      ...codes.map((yaml) => `dist/${yaml.replace(/\.yaml$/, '.json')}`),
      ...listed('schemas', '.schema.json'),
    ];
    expect(required.filter((path) => !files.includes(path))).toEqual([]);
    expect(files.filter((path) => /^dist\/chunks\/[^/]+\.js$/.test(path)).length).toBeGreaterThan(5);
  });

  it('ships nothing else: no tests, fixtures, bench, scripts, sources, CI, source maps or tool configuration', () => {
    const files = shipped();
    const forbidden = files.filter(
      (path) =>
        /^(test|fixtures|bench|scripts|src|\.ci|node_modules)\//.test(path) ||
        /\.map$/.test(path) ||
        /(^|\/)(tsconfig[^/]*\.json|vitest\.config\.[cm]?[jt]s|eslint\.config\.[cm]?js|\.prettierrc[^/]*|\.npmrc|\.gitignore)$/.test(
          path,
        ),
    );
    expect(forbidden).toEqual([]);
    // And nothing outside what must ship, so a new top-level file cannot slip in unnoticed.
    const allowed =
      /^(package\.json|README\.md|LICENSE|bin\/assess\.js|bin\/package\.json|dist\/.+\.(js|cjs|json|txt)|codes\/[^/]+\.yaml|schemas\/[^/]+\.schema\.json)$/;
    expect(files.filter((path) => !allowed.test(path))).toEqual([]);
  });
});

describe('the installed package', () => {
  let prefix = '';
  let work = '';
  let skipReason: string | undefined;

  beforeAll(() => {
    prefix = tempDir('assess-install-');
    const started = Date.now();
    const result = run(npm, ['install', '--prefix', prefix, tarball, '--no-audit', '--no-fund', '--omit=dev'], prefix);
    if (result.status !== 0) {
      const output = `${result.stdout}\n${result.stderr}`;
      if (UNREACHABLE.test(output)) {
        skipReason = `the npm registry cannot be reached (${UNREACHABLE.exec(output)?.[1]}): install tests skipped`;
        console.warn(skipReason);
        return;
      }
      throw new Error(`npm install of ${tarball} failed (${result.status}):\n${output}`);
    }
    const modules = join(prefix, 'node_modules');
    const packages = readdirSync(modules).flatMap((name) =>
      name.startsWith('@') ? readdirSync(join(modules, name)).map((scoped) => `${name}/${scoped}`) : [name],
    );
    const du = run('du', ['-sh', modules], prefix);
    console.log(
      `installed in ${((Date.now() - started) / 1000).toFixed(1)} s: node_modules ${mib(treeSize(modules))} ` +
        `(du: ${du.status === 0 ? du.stdout.split('\t')[0] : 'n/a'}), ${packages.filter((p) => !p.startsWith('.')).length} packages`,
    );
    work = tempDir('assess-run-');
    for (const fixture of ['forms/council-2024.yaml', 'docx/cards-2024.docx', 'pdf/cards-2024.pdf']) {
      copyFileSync(join(root, 'fixtures', fixture), join(work, fixture.split('/')[1]!));
    }
  }, 180_000);

  const assess = (...args: string[]): SpawnSyncReturns<string> => {
    const bin = join(prefix, 'node_modules', '.bin', process.platform === 'win32' ? 'assess.cmd' : 'assess');
    return run(bin, args, work);
  };

  it('runs from a folder outside the repository', ({ skip }) => {
    if (skipReason) skip(skipReason);
    expect(relative(root, work).startsWith('..')).toBe(true);
    expect(relative(root, prefix).startsWith('..')).toBe(true);
  });

  it('leaves out pdf.js (bundled) and its optional @napi-rs/canvas, a native binary for rendering', ({ skip }) => {
    if (skipReason) skip(skipReason);
    expect(existsSync(join(prefix, 'node_modules', 'assess', 'bin', 'assess.js'))).toBe(true);
    expect(existsSync(join(prefix, 'node_modules', '@napi-rs', 'canvas'))).toBe(false);
    expect(existsSync(join(prefix, 'node_modules', 'pdfjs-dist'))).toBe(false);
  });

  it('leaves out the OCR libraries (optional peer dependencies), whose size it reports', ({ skip }) => {
    if (skipReason) skip(skipReason);
    for (const name of OCR_PACKAGES) expect(existsSync(join(prefix, 'node_modules', name)), name).toBe(false);
    // What `npm install tesseract.js @tesseract.js-data/eng @napi-rs/canvas` adds: the packages and every
    // dependency of theirs not already installed, measured in the development install.
    const modules = join(root, 'node_modules');
    const seen = new Set<string>();
    const visit = (name: string): void => {
      if (seen.has(name) || existsSync(join(prefix, 'node_modules', name)) || !existsSync(join(modules, name))) return;
      seen.add(name);
      const manifest = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
        optionalDependencies?: Record<string, string>;
      };
      for (const dep of [
        ...Object.keys(manifest.dependencies ?? {}),
        ...Object.keys(manifest.optionalDependencies ?? {}),
      ])
        visit(dep);
    };
    for (const name of OCR_PACKAGES) visit(name);
    const size = [...seen].reduce((sum, name) => sum + treeSize(join(modules, name)), 0);
    console.log(
      `OCR (optional, for scanned PDFs): ${OCR_PACKAGES.join(' ')} add ${mib(size)} in ${seen.size} packages`,
    );
    expect(seen.size).toBeGreaterThanOrEqual(OCR_PACKAGES.length);
  });

  it('checks a YAML form: exit 1 for its findings, the report names the file', ({ skip }) => {
    if (skipReason) skip(skipReason);
    const result = assess('check', 'council-2024.yaml');
    expect(result.stderr).not.toMatch(STACK);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('council-2024.yaml');
  });

  it.for([
    ['cards-2024.docx', 'docx'],
    ['cards-2024.pdf', 'pdf'],
  ] as const)('checks %s as JSON: read as %s, not unreadable', ([file, format], { skip }) => {
    if (skipReason) skip(skipReason);
    const result = assess('check', file, '--format', 'json');
    expect(result.stderr).not.toMatch(STACK);
    expect(result.stderr).not.toContain('Warning');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      files: {
        file: string;
        format: string | null;
        unreadable: boolean;
        code: string | null;
        counts: { found: number };
      }[];
    };
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ file, format, unreadable: false, code: '2024' });
    expect(report.files[0]!.counts.found).toBeGreaterThan(0);
  });

  it('normalises the DOCX to YAML: exit 0', ({ skip }) => {
    if (skipReason) skip(skipReason);
    const result = assess('normalise', 'cards-2024.docx');
    expect(result.stderr).not.toMatch(STACK);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('# Normalised by assess')).toBe(true);
    expect(result.stdout).toMatch(/^provisions:/m);
  });
});
