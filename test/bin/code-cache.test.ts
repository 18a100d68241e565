/**
 * The code caches (src/util/code-cache.ts) of the CLI (src/cli/boot.ts) and of its file worker
 * (src/workers/worker-boot.ts), through the built binary: the first run writes V8's compiled code of dist/main.cjs
 * (and, reading a document, of dist/worker-main.cjs) under the cache folder, later runs use it and give the same
 * output without writing it again, a run down a path the cache does not cover writes it anew with that path, a
 * damaged cache is compiled over without a word, and NODE_DISABLE_COMPILE_CACHE turns them off.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { binPath, repoRoot } from './scenario.js';

const FORM = join(repoRoot, 'fixtures', 'forms', 'council-2024.yaml');
let home = '';

const DOCX = join(repoRoot, 'fixtures', 'docx', 'council-2024-table.docx');
const PDF = join(repoRoot, 'fixtures', 'pdf', 'council-2024-table.pdf');

function run(
  env: Record<string, string> = {},
  bin = binPath,
  form = FORM,
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, 'check', form, '--no-config', '--format', 'json'], {
    cwd: repoRoot,
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', XDG_CACHE_HOME: home, ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cacheFiles = (): string[] => {
  const dir = join(home, 'assess', 'compile');
  return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
};

afterEach(() => rmSync(home, { recursive: true, force: true }));

/** A cache file's first line: what it covers. */
const covers = (path: string): string[] => {
  const head = readFileSync(path).subarray(0, 200).toString('latin1').split('\n')[0] ?? '';
  expect(head).toMatch(/^assess-code-cache /);
  return head.slice('assess-code-cache '.length).split(',');
};
const named = (prefix: string): string | undefined =>
  cacheFiles().find((p) => new RegExp(`/${prefix}-[0-9a-f]{16}-${process.version}-${process.arch}\\.v8$`).test(p));
const mtimes = (): number[] => cacheFiles().map((p) => statSync(p).mtimeMs);

describe('the code cache of the CLI bundle', () => {
  it('is written by the first run and used by the next, with the same report', () => {
    home = mkdtempSync(join(tmpdir(), 'assess-code-cache-'));
    const first = run();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    const [cache, ...others] = cacheFiles();
    expect(others).toEqual([]);
    expect(cache).toMatch(new RegExp(`main-[0-9a-f]{16}-${process.version}-${process.arch}\\.v8$`));
    const written = statSync(cache!);
    expect(written.size).toBeGreaterThan(10_000);

    const second = run();
    expect(second).toEqual(first);
    // A cache V8 accepted is not written again.
    expect(statSync(cache!).mtimeMs).toBe(written.mtimeMs);
    expect(JSON.parse(second.stdout).files[0].counts.found).toBeGreaterThan(0);
  });

  it("of the file worker is written by a document's check, and neither cache again by the next", () => {
    home = mkdtempSync(join(tmpdir(), 'assess-code-cache-'));
    const first = run({}, binPath, DOCX);
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.stdout).files[0].counts.found).toBeGreaterThan(0);
    // check reads with one worker, whose heap growth is set: V8 checks a cache against its flags.
    const worker = named('worker-grown');
    const main = named('main');
    expect(cacheFiles().sort()).toEqual([main, worker].sort());
    expect(covers(worker!)).toEqual(['docx']);
    expect(covers(main!)).toEqual(['check', 'docx']);
    expect(statSync(worker!).size).toBeGreaterThan(100_000);
    const written = mtimes();

    // The worker's heap growth was given back before the CLI's cache was written, so V8 takes both next time.
    expect(run({}, binPath, DOCX)).toEqual(first);
    expect(mtimes()).toEqual(written);
  });

  it('is written again, covering more, after a run down a path it did not cover', () => {
    home = mkdtempSync(join(tmpdir(), 'assess-code-cache-'));
    const docx = run({}, binPath, DOCX);
    const pdf = run({}, binPath, PDF);
    expect(pdf.stderr).toBe('');
    expect(covers(named('worker-grown')!)).toEqual(['docx', 'pdf']);
    const yaml = run();
    expect(covers(named('main')!)).toEqual(['check', 'docx', 'pdf', 'yaml']);
    const written = mtimes();
    // Every path covered: the same reports, and nothing written.
    expect([run({}, binPath, DOCX), run({}, binPath, PDF), run()]).toEqual([docx, pdf, yaml]);
    expect(mtimes()).toEqual(written);
  });

  it('is compiled over, silently, when damaged', () => {
    home = mkdtempSync(join(tmpdir(), 'assess-code-cache-'));
    const clean = run();
    const [cache] = cacheFiles();
    writeFileSync(cache!, Buffer.from('not a V8 code cache at all'.repeat(100)));
    const damaged = run();
    expect(damaged).toEqual(clean);
    expect(readFileSync(cache!).includes('not a V8 code cache')).toBe(false);
  });

  it('is neither read nor written with NODE_DISABLE_COMPILE_CACHE', () => {
    home = mkdtempSync(join(tmpdir(), 'assess-code-cache-'));
    const off = run({ NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(off.code).toBe(1);
    const offDocx = run({ NODE_DISABLE_COMPILE_CACHE: '1' }, binPath, DOCX);
    expect(offDocx.stderr).toBe('');
    expect(cacheFiles()).toEqual([]);
    expect(run()).toEqual(off);
    expect(run({}, binPath, DOCX)).toEqual(offDocx);
  });

  it('keeps the newest four caches when builds come and go', () => {
    home = mkdtempSync(join(tmpdir(), 'assess-code-cache-'));
    const dir = join(home, 'assess', 'compile');
    mkdirSync(dir, { recursive: true });
    const old = ['0', '1', '2', '3', '4'].map((n, i) => {
      const path = join(dir, `main-${n.repeat(16)}-v20.0.0-x64.v8`);
      writeFileSync(path, 'an older build');
      utimesSync(path, new Date(2026, 0, 1 + i), new Date(2026, 0, 1 + i));
      return path;
    });
    const other = join(dir, 'notes.txt');
    writeFileSync(other, 'not a cache');
    // Another bundle's cache is not one of the CLI's four.
    const worker = join(dir, `worker-${'a'.repeat(16)}-v20.0.0-x64.v8`);
    writeFileSync(worker, 'an older worker');
    utimesSync(worker, new Date(2025, 0, 1), new Date(2025, 0, 1));
    expect(run().code).toBe(1);
    const left = readdirSync(dir).sort();
    expect(left).toHaveLength(6);
    expect(left).toContain('notes.txt');
    expect(left).toContain(worker.slice(dir.length + 1));
    // This build's, and the three newest of the older ones.
    expect(left.filter((name) => old.some((path) => path.endsWith(name)))).toEqual(
      old.slice(2).map((path) => path.slice(dir.length + 1)),
    );
  });

  it('a dist/ without main.cjs fails with the one line that says to build', () => {
    home = mkdtempSync(join(tmpdir(), 'assess-code-cache-'));
    mkdirSync(join(home, 'pkg', 'bin'), { recursive: true });
    mkdirSync(join(home, 'pkg', 'dist'), { recursive: true });
    copyFileSync(binPath, join(home, 'pkg', 'bin', 'assess.js'));
    copyFileSync(join(repoRoot, 'bin', 'package.json'), join(home, 'pkg', 'bin', 'package.json'));
    copyFileSync(join(repoRoot, 'dist', 'boot.cjs'), join(home, 'pkg', 'dist', 'boot.cjs'));
    writeFileSync(join(home, 'pkg', 'package.json'), '{"type":"module"}');
    const r = run({}, join(home, 'pkg', 'bin', 'assess.js'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^assess: cannot load the built CLI in dist\/ \(ENOENT\); run `npm run build`\n$/);
  });
});
