import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../src/config/config.js';
import { findFiles } from '../../src/scan/find-files.js';

/** A scratch folder (not the run-cli helper: these tests need no CLI). */
function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'assess-find-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const config = (over: Partial<Config> = {}): Config => ({ ...DEFAULT_CONFIG, ...over });
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('findFiles', () => {
  it('walks folders recursively: every .docx .pdf .yaml .yml (any case), no node_modules, dot-folders, dot-files or Word owner files', async () => {
    const dir = scratch({
      'forms/a.yaml': 'x',
      'forms/b.yml': 'x',
      'forms/deep/er/c.docx': 'x',
      'forms/D.PDF': 'x',
      'forms/notes.txt': 'x',
      'forms/~$c.docx': 'x',
      'forms/.hidden.yaml': 'x',
      'forms/.git/config.yaml': 'x',
      'forms/node_modules/pkg/x.yaml': 'x',
      'forms/assess.config.yaml': 'x',
      'other/e.pdf': 'x',
    });
    const r = await findFiles(['forms'], config(), dir);
    expect(r.files).toEqual(['forms/D.PDF', 'forms/a.yaml', 'forms/b.yml', 'forms/deep/er/c.docx']);
    expect(r.problems).toEqual([]);
    expect(r.allMissing).toBe(false);
  });

  it('with no argument: the configuration paths (relative to its folder), else "."', async () => {
    const dir = scratch({ 'a.yaml': 'x', 'sub/b.yaml': 'x', 'repo/forms/c.yaml': 'x', 'repo/other/d.yaml': 'x' });
    expect((await findFiles([], config(), dir)).files).toEqual([
      'a.yaml',
      'repo/forms/c.yaml',
      'repo/other/d.yaml',
      'sub/b.yaml',
    ]);
    const cfg = config({ file: join(dir, 'repo', 'assess.config.yaml'), paths: ['forms'] });
    expect((await findFiles([], cfg, join(dir, 'repo', 'other'))).files).toEqual(['../forms/c.yaml']);
    expect((await findFiles([], cfg, join(dir, 'repo'))).files).toEqual(['forms/c.yaml']);
  });

  it('named files are taken as given, whatever their extension', async () => {
    const dir = scratch({ 'notes.txt': 'x', 'a.yaml': 'x' });
    expect((await findFiles(['notes.txt', './a.yaml'], config(), dir)).files).toEqual(['a.yaml', 'notes.txt']);
  });

  it('expands glob patterns; a pattern that matches nothing is a problem, not a failure', async () => {
    const dir = scratch({
      'forms/a.yaml': 'x',
      'forms/b.pdf': 'x',
      'forms/sub/c.yaml': 'x',
      'forms/.d.yaml': 'x',
      'forms/assess.config.yaml': 'x',
    });
    const r = await findFiles(['forms/**/*.yaml', '*.docx'], config(), dir);
    expect(r.files).toEqual(['forms/a.yaml', 'forms/sub/c.yaml']);
    expect(r.problems).toEqual([{ path: '*.docx', message: 'matched no files' }]);
    expect(r.allMissing).toBe(false);
  });

  it('drops what the configuration ignores (relative to the config folder); says so for a file named explicitly', async () => {
    const dir = scratch({ 'forms/a.yaml': 'x', 'forms/archive/old.yaml': 'x', 'forms/draft.yaml': 'x' });
    const cfg = config({ file: join(dir, 'assess.config.yaml'), ignore: ['**/archive/**', 'forms/draft.yaml'] });
    const r = await findFiles(['forms', 'forms/draft.yaml'], cfg, dir);
    expect(r.files).toEqual(['forms/a.yaml']);
    expect(r.problems).toEqual([{ path: 'forms/draft.yaml', message: 'ignored by the configuration' }]);
    // From a subfolder the config-relative globs still apply.
    expect((await findFiles(['.'], cfg, join(dir, 'forms'))).files).toEqual(['a.yaml']);
  });

  it('de-duplicates overlapping arguments and spellings of one path', async () => {
    const dir = scratch({ 'forms/a.yaml': 'x', 'forms/b.yaml': 'x' });
    const r = await findFiles(
      ['forms', 'forms/a.yaml', './forms/a.yaml', 'forms/', 'forms/*.yaml', join(dir, 'forms', 'b.yaml')],
      config(),
      dir,
    );
    expect(r.files.filter((f) => f.endsWith('a.yaml'))).toEqual(['forms/a.yaml']);
    expect(r.files.filter((f) => f.endsWith('b.yaml'))).toHaveLength(1);
    expect(r.files).toHaveLength(2);
  });

  it('sorts in plain code-unit order of the display path', async () => {
    const dir = scratch({
      'b.yaml': 'x',
      'B.yaml': 'x',
      'a/z.yaml': 'x',
      'a-b.yaml': 'x',
      '_x.yaml': 'x',
      'é.yaml': 'x',
      '10.yaml': 'x',
      '9.yaml': 'x',
    });
    const r = await findFiles(['.'], config(), dir);
    expect(r.files).toEqual(['10.yaml', '9.yaml', 'B.yaml', '_x.yaml', 'a-b.yaml', 'a/z.yaml', 'b.yaml', 'é.yaml']);
    const shuffled = await findFiles(['b.yaml', 'a', 'B.yaml', '9.yaml', '10.yaml'], config(), dir);
    expect(shuffled.files).toEqual(['10.yaml', '9.yaml', 'B.yaml', 'a/z.yaml', 'b.yaml']);
  });

  const links = (): string => {
    const dir = scratch({ 'forms/a.yaml': 'x', 'forms/sub/b.yaml': 'x', 'elsewhere/c.yaml': 'x' });
    symlinkSync('..', join(dir, 'forms', 'sub', 'up'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'forms', 'linked'));
    symlinkSync(join(dir, 'forms', 'a.yaml'), join(dir, 'forms', 'alias.yaml'));
    symlinkSync('p2.yaml', join(dir, 'forms', 'p1.yaml'));
    symlinkSync('p1.yaml', join(dir, 'forms', 'p2.yaml'));
    symlinkSync('gone.yaml', join(dir, 'forms', 'broken.yaml'));
    symlinkSync('/dev/zero', join(dir, 'forms', 'zero.pdf'));
    return dir;
  };

  it('never leaves the folder: a link out of it is reported and not followed, one inside it passed over', async () => {
    const r = await findFiles(['forms'], config(), links());
    // alias.yaml and sub/up lead inside the folder: their files are listed once, under their own names.
    expect(r.files).toEqual(['forms/a.yaml', 'forms/sub/b.yaml']);
    const out = 'symbolic link out of the folder; not followed (--follow-symlinks follows it)';
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { path: 'forms/linked', message: out },
        { path: 'forms/zero.pdf', message: out },
        { path: 'forms/p1.yaml', message: 'symbolic link loop' },
        { path: 'forms/p2.yaml', message: 'symbolic link loop' },
        { path: 'forms/broken.yaml', message: 'broken symbolic link' },
      ]),
    );
    expect(r.problems).toHaveLength(5);
  });

  it('--follow-symlinks: reports a symlink loop and carries on; follows other symlinks', async () => {
    const r = await findFiles(['forms'], config(), links(), { followSymlinks: true });
    expect(r.files).toEqual(['forms/a.yaml', 'forms/alias.yaml', 'forms/linked/c.yaml', 'forms/sub/b.yaml']);
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { path: 'forms/sub/up', message: expect.stringMatching(/symbolic link loop/) },
        { path: 'forms/p1.yaml', message: 'symbolic link loop' },
        { path: 'forms/p2.yaml', message: 'symbolic link loop' },
        { path: 'forms/broken.yaml', message: 'broken symbolic link' },
        { path: 'forms/zero.pdf', message: 'links to something that is not a regular file; not read' },
      ]),
    );
    expect(r.problems).toHaveLength(5);
  });

  it('reports arguments that do not exist; allMissing only when every one is missing', async () => {
    const dir = scratch({ 'a.yaml': 'x', 'empty/.keep': '' });
    const some = await findFiles(['a.yaml', 'nope.yaml', 'nope/'], config(), dir);
    expect(some.files).toEqual(['a.yaml']);
    expect(some.problems).toEqual([
      { path: 'nope.yaml', message: 'no such file or folder' },
      { path: 'nope/', message: 'no such file or folder' },
    ]);
    expect(some.allMissing).toBe(false);
    const none = await findFiles(['nope.yaml', 'x/*.pdf'], config(), dir);
    expect(none).toEqual({
      files: [],
      problems: [
        { path: 'nope.yaml', message: 'no such file or folder' },
        { path: 'x/*.pdf', message: 'matched no files' },
      ],
      allMissing: true,
      ignored: 0,
    });
    // An empty folder exists: reported, but not "missing".
    const empty = await findFiles(['empty'], config(), dir);
    expect(empty.files).toEqual([]);
    expect(empty.problems).toEqual([
      {
        path: 'empty',
        message:
          'no .docx, .docm, .dotx, .dotm, .pdf, .xlsx, .xlsm, .odt, .ods, .html, .htm, .xhtml, .yaml, .yml files in this folder',
        empty: true,
      },
    ]);
    expect(empty.allMissing).toBe(false);
  });

  // Root reads every folder whatever its mode, so EACCES cannot be provoked when the tests run as root.
  it.skipIf(isRoot)('reports an unreadable folder (EACCES) and carries on', async () => {
    const dir = scratch({ 'forms/a.yaml': 'x', 'forms/locked/b.yaml': 'x' });
    chmodSync(join(dir, 'forms', 'locked'), 0o000);
    try {
      const r = await findFiles(['forms'], config(), dir);
      expect(r.files).toEqual(['forms/a.yaml']);
      expect(r.problems).toEqual([{ path: 'forms/locked', message: 'permission denied' }]);
    } finally {
      chmodSync(join(dir, 'forms', 'locked'), 0o755);
    }
  });

  it('skips a FIFO named like a form (reading it would hang)', async () => {
    const dir = scratch({ 'a.yaml': 'x' });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'b.yaml'), 'x');
    const { execFileSync } = await import('node:child_process');
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    } catch {
      return; // no mkfifo here
    }
    const walked = await findFiles(['.'], config(), dir);
    expect(walked.files).toEqual(['a.yaml', 'sub/b.yaml']);
    expect(walked.problems).toEqual([{ path: 'pipe.yaml', message: 'a FIFO, not a regular file; not read' }]);
    expect((await findFiles(['pipe.yaml'], config(), dir)).problems).toEqual([
      { path: 'pipe.yaml', message: 'not a regular file or folder' },
    ]);
  });
});
