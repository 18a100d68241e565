import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { checkFiles } from '../../src/workers/check-files.js';
import { DEFAULT_BUDGET } from '../../src/workers/budget.js';
import { runCli, scratch } from '../helpers/run-cli.js';

/** A complete 2024 form; `overrides` changes some rows. */
function form(overrides: Record<string, Record<string, string>> = {}, code: '2024' | '2022' = '2024'): string {
  const provisions = loadCatalogue(code).provisions.map((p) => ({
    id: p.id,
    comply: 'Yes',
    evidence: `Policy section for ${p.id}`,
    commentary: '',
    ...overrides[p.id],
  }));
  return stringify(
    { code, landlord: 'Example Homes', provisions },
    { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' },
  );
}

/** The brief's mixed folder: good and bad YAML, a fake DOCX and PDF, an empty file, one in a subfolder. */
function mixedFolder(): string {
  return scratch({
    'good.yaml': form(),
    'b-bad.yaml': 'code: "2024"\nprovisions: [\n  - id: 1\n',
    'fake.docx': 'this is plain text, not a Word document\n',
    'fake.pdf': '%PDF-1.7\nnot really a PDF at all\n',
    'empty.yml': '',
    'sub/old.yaml': form({ '6.6': { comply: '' } }, '2022'),
    'notes.txt': 'not scanned',
  });
}

const SORTED = ['b-bad.yaml', 'empty.yml', 'fake.docx', 'fake.pdf', 'good.yaml', 'sub/old.yaml'];

interface JsonFile {
  file: string;
  unreadable: boolean;
  code?: string;
  findings: { rule: string; message: string }[];
}

describe('assess scan (through main)', () => {
  it('reports every file in sorted order, the bad ones as unreadable-document, and exits 1', async () => {
    const dir = mixedFolder();
    const r = await runCli(['scan', '.', '--format', 'json', '--jobs', '2'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { files: JsonFile[]; summary: Record<string, number> };
    expect(report.files.map((f) => f.file)).toEqual(SORTED);
    const unreadable = report.files.filter((f) => f.unreadable).map((f) => f.file);
    expect(unreadable).toEqual(['b-bad.yaml', 'empty.yml', 'fake.docx', 'fake.pdf']);
    for (const f of report.files.filter((x) => x.unreadable)) {
      expect(f.findings.map((x) => x.rule)).toEqual(['unreadable-document']);
    }
    const byFile = Object.fromEntries(report.files.map((f) => [f.file, f]));
    expect(byFile['b-bad.yaml']?.findings[0]?.message).toMatch(/YAML syntax error/);
    expect(byFile['empty.yml']?.findings[0]?.message).toBe('empty file');
    expect(byFile['fake.docx']?.findings[0]?.message).toMatch(/plain text file, not a DOCX/);
    expect(byFile['good.yaml']).toMatchObject({ unreadable: false, code: '2024', findings: [] });
    expect(byFile['sub/old.yaml']).toMatchObject({ unreadable: false, code: '2022' });
    expect(report.summary).toMatchObject({ files: 6, unreadable: 4 });
    expect(r.stderr).toMatch(
      /^Scanned 6 files: 4 unreadable; by Code: 2024 ×1, 2022 ×1, 2020 ×0, lgsco-2024 ×0; \d+ errors?, \d+ warnings?\n$/m,
    );
  });

  it('byte-identical JSON across runs with different --jobs', async () => {
    const dir = mixedFolder();
    const runs = await Promise.all(
      ['1', '2', '4'].map((jobs) => runCli(['scan', '--format', 'json', '--jobs', jobs], { cwd: dir })),
    );
    const [first, ...rest] = runs.map((r) => r.stdout);
    expect(first).toContain('"good.yaml"');
    for (const out of rest) expect(out).toBe(first);
  });

  it('the default stylish report names the unreadable files; the summary line is the last thing on stderr', async () => {
    const r = await runCli(['scan'], { cwd: mixedFolder() });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^fake\.pdf$/m);
    expect(r.stdout).toMatch(/unreadable-document/);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^Scanned 6 files: 4 unreadable; by Code: 2024 ×1, 2022 ×1, 2020 ×0, lgsco-2024 ×0; /);
  });

  it('no progress bar unless stderr is a terminal, CI is unset and --no-progress is not given; the summary line always', async () => {
    const dir = mixedFolder();
    const bar = /scanning \[|\u001b\[/;
    const plain = await runCli(['scan', '--format', 'json'], { cwd: dir });
    expect(plain.stderr).not.toMatch(bar);
    expect(plain.stderr).toMatch(/^Scanned 6 files/m);
    const ci = await runCli(['scan', '--format', 'json'], { cwd: dir, tty: true, env: { CI: 'true' } });
    expect(ci.stderr).not.toMatch(bar);
    expect(ci.stderr).toMatch(/^Scanned 6 files/m);
    const off = await runCli(['scan', '--format', 'json', '--no-progress'], { cwd: dir, tty: true });
    expect(off.stderr).not.toMatch(bar);
    expect(off.stderr).toMatch(/^Scanned 6 files/m);
    const tty = await runCli(['scan', '--format', 'json'], { cwd: dir, tty: true });
    expect(tty.stderr).toMatch(/scanning \[/);
    expect(tty.stderr).toMatch(/Scanned 6 files/);
    expect(tty.stdout).toBe(plain.stdout);
  });

  it('arguments that match nothing: one stderr line each; exit 2 only when every one is missing', async () => {
    const dir = scratch({ 'forms/a.yaml': form() });
    const some = await runCli(['scan', 'forms', 'nope.yaml', 'x/**/*.pdf', '--format', 'json'], { cwd: dir });
    expect(some.code).toBe(0);
    expect(some.stderr).toContain('assess: nope.yaml: no such file or folder\n');
    expect(some.stderr).toContain('assess: x/**/*.pdf: matched no files\n');
    expect(JSON.parse(some.stdout).files.map((f: JsonFile) => f.file)).toEqual(['forms/a.yaml']);
    const none = await runCli(['scan', 'nope.yaml', 'x/**/*.pdf'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('assess: nope.yaml: no such file or folder\n');
    expect(none.stderr).toMatch(/^Scanned 0 files/m);
  });

  it('globs and config paths/ignore; suppressions apply as in check', async () => {
    const dir = scratch({
      'assess.config.yaml':
        'paths: [forms]\nignore: ["forms/archive/**"]\nsuppressions:\n  - rule: unreadable-document\n    files: "forms/broken.yaml"\n    reason: known bad\n',
      'forms/a.yaml': form(),
      'forms/broken.yaml': ':\n  - [',
      'forms/archive/old.yaml': ':',
      'elsewhere/b.yaml': form(),
    });
    const r = await runCli(['scan', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const files = JSON.parse(r.stdout).files as JsonFile[];
    expect(files.map((f) => [f.file, f.unreadable, f.findings.length])).toEqual([
      ['forms/a.yaml', false, 0],
      ['forms/broken.yaml', true, 0],
    ]);
    const globbed = await runCli(['scan', '**/*.yaml', '--format', 'json', '--no-config'], { cwd: dir });
    expect(JSON.parse(globbed.stdout).files.map((f: JsonFile) => f.file)).toEqual([
      'elsewhere/b.yaml',
      'forms/a.yaml',
      'forms/archive/old.yaml',
      'forms/broken.yaml',
    ]);
    expect(globbed.code).toBe(1);
  });

  it('rejects a bad --jobs with exit 2', async () => {
    for (const jobs of ['0', '-1', '1.5', 'many']) {
      const r = await runCli(['scan', '--jobs', jobs], { cwd: scratch({ 'a.yaml': form() }) });
      expect(r.code, jobs).toBe(2);
      expect(r.stderr).toMatch(/--jobs must be a whole number/);
    }
  });

  it('rejects a bad --timeout with exit 2', async () => {
    for (const timeout of ['0', '-5', 'soon']) {
      const r = await runCli(['scan', '--timeout', timeout], { cwd: scratch({ 'a.yaml': form() }) });
      expect(r.code, timeout).toBe(2);
      expect(r.stderr).toMatch(/--timeout must be a positive number of seconds/);
    }
  });
});

describe('assess scan: nothing to check, .gitignore, YAML that is no assessment, Word variants, --jobs cap', () => {
  const NOTHING =
    'assess: nothing matched: no .docx, .docm, .dotx, .dotm, .pdf, .xlsx, .xlsm, .odt, .ods, .html, .htm, .xhtml, .yaml or .yml file to check';
  const lines = (stderr: string): string[] => stderr.trimEnd().split('\n');

  it('an empty folder exits 2 with one line saying nothing matched (then the summary line)', async () => {
    const dir = scratch({ 'notes.txt': 'not scanned' });
    const r = await runCli(['scan', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([NOTHING, expect.stringMatching(/^Scanned 0 files/)]);
    const named = await runCli(['scan', '.'], { cwd: dir });
    expect(named.code).toBe(2);
    expect(lines(named.stderr)[0]).toBe(NOTHING);
  });

  it('a glob or path that matches no file exits 2 and says nothing matched', async () => {
    const dir = scratch({ 'a.yaml': form() });
    const glob = await runCli(['scan', 'forms/**/*.pdf'], { cwd: dir });
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain('assess: forms/**/*.pdf: matched no files\n');
    expect(glob.stderr).toContain(`${NOTHING}\n`);
    const path = await runCli(['scan', 'nope/'], { cwd: dir });
    expect(path.code).toBe(2);
    expect(path.stderr).toContain(`${NOTHING}\n`);
  });

  it('a folder with only ignored files (.gitignore or the configuration) is the same', async () => {
    const dir = scratch({ '.gitignore': 'drafts/\n*.pdf\n', 'drafts/a.yaml': form(), 'b.pdf': '%PDF-1.4\n' });
    const r = await runCli(['scan'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`${NOTHING} (1 ignored)`, expect.stringMatching(/^Scanned 0 files/)]);
    const byConfig = scratch({ 'assess.config.yaml': 'ignore: ["old/**"]\n', 'old/a.yaml': form() });
    const c = await runCli(['scan'], { cwd: byConfig });
    expect(c.code).toBe(2);
    expect(lines(c.stderr)[0]).toBe(`${NOTHING} (1 ignored)`);
  });

  it('respects .gitignore files in a repository (root and nested); --no-ignore turns that off', async () => {
    const dir = scratch({
      '.gitignore': 'build/\n',
      'forms/.gitignore': 'draft-*.yaml\n',
      'forms/a.yaml': form(),
      'forms/draft-1.yaml': 'not: [valid',
      'build/copy.yaml': 'not: [valid',
      'node_modules/x/form.yaml': 'not: [valid',
      '.git/form.yaml': 'not: [valid',
    });
    mkdirSync(join(dir, '.git', 'info'), { recursive: true });
    writeFileSync(join(dir, '.git', 'info', 'exclude'), 'forms/mine.yaml\n');
    writeFileSync(join(dir, 'forms', 'mine.yaml'), 'not: [valid');
    const r = await runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: JsonFile) => f.file)).toEqual(['forms/a.yaml']);
    const all = await runCli(['scan', '.', '--format', 'json', '--no-ignore'], { cwd: dir });
    expect(all.code).toBe(1);
    expect(JSON.parse(all.stdout).files.map((f: JsonFile) => f.file)).toEqual([
      'build/copy.yaml',
      'forms/a.yaml',
      'forms/draft-1.yaml',
      'forms/mine.yaml',
    ]);
  });

  it('YAML that is no self-assessment is skipped with one line; one that looks like an assessment is still unreadable', async () => {
    const dir = scratch({
      '.github/workflows/ci.yaml': 'name: CI\non: [push]\njobs: {}\n',
      'ci.yaml': 'name: CI\non:\n  push: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n',
      'codes/2024.yaml': 'version: "2024"\ntitle: Code\nprovisions:\n  - id: "1.1"\n    text: x\n',
      'manifest.yml': 'apiVersion: v1\nkind: ConfigMap\n',
      'form.yaml': form(),
      'broken.yaml': 'code: "2024"\nlandlord: X\nprovisions: yes please\n',
      'bad-syntax.yaml': 'provisions: [\n',
    });
    const r = await runCli(['scan', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files.map((f: JsonFile) => [f.file, f.unreadable])).toEqual([
      ['bad-syntax.yaml', true],
      ['broken.yaml', true],
      ['form.yaml', false],
    ]);
    expect(r.stderr).toContain(
      [
        'assess: ci.yaml: skipped, not a self-assessment (no provisions)',
        'assess: codes/2024.yaml: skipped, not a self-assessment (provisions, but no code or landlord)',
        'assess: manifest.yml: skipped, not a self-assessment (no provisions)',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toMatch(/^Scanned 3 files: 2 unreadable;/m);
    // Only such files: nothing to check.
    const only = await runCli(['scan', 'ci.yaml', 'manifest.yml'], { cwd: dir });
    expect(only.code).toBe(2);
    expect(lines(only.stderr).slice(0, 3)).toEqual([
      'assess: ci.yaml: skipped, not a self-assessment (no provisions)',
      'assess: manifest.yml: skipped, not a self-assessment (no provisions)',
      `${NOTHING} (2 not self-assessments)`,
    ]);
  });

  it('picks up .docm, .dotx and .dotm (any case) and reads them as Word files', async () => {
    const dir = scratch({
      'a.docm': 'plain text',
      'b.dotx': 'plain text',
      'c.DOTM': 'plain text',
      'd.doct': 'not picked',
    });
    const r = await runCli(['scan', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout).files as JsonFile[];
    expect(files.map((f) => f.file)).toEqual(['a.docm', 'b.dotx', 'c.DOTM']);
    for (const f of files) expect(f.findings[0]?.message).toMatch(/plain text file, not a (DOCM|DOTX|DOTM)$/);
  });

  it('a --jobs above the cores or the memory is capped, with one line saying so', async () => {
    const dir = scratch({ 'a.yaml': form() });
    const r = await runCli(['scan', '--jobs', '100000', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^assess: --jobs 100000 capped to \d+ \((\d+ cores?|.* of memory, about \d+ MB a worker)\)$/m,
    );
    const one = await runCli(['scan', '--jobs', '1', '--format', 'json'], { cwd: dir });
    expect(one.stderr).not.toMatch(/capped/);
    expect(one.stdout).toBe(r.stdout);
  });
});

describe('checkFiles', () => {
  it('a file that vanished after listing becomes its own unreadable-document report; order is the listed order', async () => {
    const dir = scratch({ 'a.yaml': form(), 'c.yaml': form() });
    const options = { maxBytes: 2 ** 20, maxExpandedBytes: 2 ** 22, maxPages: 10, rules: DEFAULT_CONFIG.rules };
    const done: string[] = [];
    const outcomes = await checkFiles(['a.yaml', 'b-gone.yaml', 'c.yaml'], {
      jobs: 2,
      budget: DEFAULT_BUDGET,
      cwd: dir,
      options,
      onFile: (o) => done.push(o.report.file),
    });
    const reports = outcomes.map((o) => o.report);
    expect(reports.map((r) => [r.file, r.unreadable])).toEqual([
      ['a.yaml', false],
      ['b-gone.yaml', true],
      ['c.yaml', false],
    ]);
    expect(reports[1]?.findings).toEqual([
      expect.objectContaining({ rule: 'unreadable-document', message: 'file not found' }),
    ]);
    expect(done.sort()).toEqual(['a.yaml', 'b-gone.yaml', 'c.yaml']);
  });
});

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(join(root, 'dist', 'boot.cjs')) && existsSync(join(root, 'dist', 'worker.cjs'));
// In CI the build always runs first: a missing build there is a failure, not a skip.
if (!built && process.env['CI'])
  throw new Error('dist/boot.cjs or dist/worker.cjs is missing: run `npm run build` before the tests');
const run = promisify(execFile);

describe('the built CLI (real worker threads)', () => {
  if (!built)
    it.skip('skipped: dist/boot.cjs or dist/worker.cjs is missing; run `npm run build` first', () => undefined);

  it.skipIf(!built)('scan --jobs 2 on a folder of 8 files: same report as --jobs 1, every file in order', async () => {
    const dir = scratch({
      'a.yaml': form(),
      'b.yaml': form({ '6.6': { comply: '' } }),
      'c.yaml': 'not: [valid',
      'd.docx': 'text, not a docx',
      'e.pdf': '%PDF-1.4\ngarbage',
      'f.yml': '',
      'g/h.yaml': form({}, '2022'),
      'g/i.yaml': form({ '6.16': { evidence: '' } }),
    });
    const bin = join(root, 'bin', 'assess.js');
    const scan = async (jobs: string): Promise<{ stdout: string; stderr: string; code: number }> => {
      try {
        const { stdout, stderr } = await run(process.execPath, [bin, 'scan', '.', '--jobs', jobs, '--format', 'json'], {
          cwd: dir,
          env: { ...process.env, CI: '1' },
        });
        return { stdout, stderr, code: 0 };
      } catch (e) {
        const err = e as { stdout: string; stderr: string; code: number };
        return { stdout: err.stdout, stderr: err.stderr, code: err.code };
      }
    };
    const two = await scan('2');
    const one = await scan('1');
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const report = JSON.parse(two.stdout) as { files: JsonFile[] };
    expect(report.files.map((f) => f.file)).toEqual([
      'a.yaml',
      'b.yaml',
      'c.yaml',
      'd.docx',
      'e.pdf',
      'f.yml',
      'g/h.yaml',
      'g/i.yaml',
    ]);
    expect(report.files.filter((f) => f.unreadable).map((f) => f.file)).toEqual(['c.yaml', 'd.docx', 'e.pdf', 'f.yml']);
    expect(two.stderr).toMatch(/^Scanned 8 files: 4 unreadable; by Code: 2024 ×3, 2022 ×1, 2020 ×0, lgsco-2024 ×0; /m);
    rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!built)(
    'the bundle honours .gitignore, skips YAML that is no assessment, and exits 2 on nothing',
    async () => {
      const dir = scratch({
        '.gitignore': 'out/\n',
        'out/copy.yaml': 'not: [valid',
        'ci.yml': 'name: CI\non: [push]\njobs: {}\n',
        'a.yaml': form(),
        'b.docm': 'text, not a docm',
        'empty/notes.txt': 'x',
      });
      const bin = join(root, 'bin', 'assess.js');
      const scan = async (...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> => {
        try {
          const { stdout, stderr } = await run(process.execPath, [bin, 'scan', ...args], {
            cwd: dir,
            env: { ...process.env, CI: '1' },
          });
          return { stdout, stderr, code: 0 };
        } catch (e) {
          const err = e as { stdout: string; stderr: string; code: number };
          return { stdout: err.stdout, stderr: err.stderr, code: err.code };
        }
      };
      const r = await scan('.', '--format', 'json', '--jobs', '2');
      expect(r.code).toBe(1);
      expect((JSON.parse(r.stdout) as { files: JsonFile[] }).files.map((f) => [f.file, f.unreadable])).toEqual([
        ['a.yaml', false],
        ['b.docm', true],
      ]);
      expect(r.stderr).toContain('assess: ci.yml: skipped, not a self-assessment (no provisions)\n');
      const none = await scan('empty');
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/^assess: nothing matched: /);
      rmSync(dir, { recursive: true, force: true });
    },
  );

  it.skipIf(!built)(
    'YAML forms are checked in the main thread, documents in workers: a package whose worker cannot start still scans its YAML',
    async () => {
      // A copy of the built package whose dist/worker.cjs throws as it loads.
      const pkg = scratch({});
      for (const part of ['bin', 'dist', 'codes', 'schemas', 'package.json'])
        cpSync(join(root, part), join(pkg, part), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(pkg, 'node_modules'));
      writeFileSync(join(pkg, 'dist', 'worker.cjs'), 'throw new Error("no worker in this package");\n');
      const bin = join(pkg, 'bin', 'assess.js');
      const scan = async (dir: string): Promise<{ stdout: string; stderr: string; code: number }> => {
        try {
          const { stdout, stderr } = await run(
            process.execPath,
            [bin, 'scan', '.', '--jobs', '1', '--format', 'json'],
            {
              cwd: dir,
              env: { ...process.env, CI: '1', NODE_DISABLE_COMPILE_CACHE: '1' },
            },
          );
          return { stdout, stderr, code: 0 };
        } catch (e) {
          const err = e as { stdout: string; stderr: string; code: number };
          return { stdout: err.stdout, stderr: err.stderr, code: err.code };
        }
      };
      const yamlOnly = scratch({ 'a.yaml': form(), 'g/b.yaml': form({ '6.6': { comply: '' } }) });
      const forms = await scan(yamlOnly);
      expect(forms.code).toBe(1);
      const report = JSON.parse(forms.stdout) as { files: JsonFile[] };
      expect(report.files.map((f) => [f.file, f.unreadable])).toEqual([
        ['a.yaml', false],
        ['g/b.yaml', false],
      ]);
      // The same package with a document to read needs its worker, and says it cannot start one.
      const withDocument = scratch({ 'a.yaml': form() });
      cpSync(join(root, 'fixtures', 'docx', 'association-2022-table.docx'), join(withDocument, 'b.docx'));
      const broken = await scan(withDocument);
      expect(broken.code).toBe(2);
      expect(broken.stdout).toBe('');
      expect(broken.stderr).toMatch(/a worker could not start: no worker in this package/);
      for (const dir of [pkg, yamlOnly, withDocument]) rmSync(dir, { recursive: true, force: true });
    },
  );
});
