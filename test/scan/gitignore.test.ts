import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { findFiles, SCAN_EXTENSIONS } from '../../src/scan/find-files.js';
import { scratch } from '../helpers/run-cli.js';

const config = DEFAULT_CONFIG;

/** A scratch folder made a Git repository (an empty `.git/` is enough for the scan). */
function repo(files: Record<string, string>): string {
  const dir = scratch(files);
  mkdirSync(join(dir, '.git', 'info'), { recursive: true });
  return dir;
}

const hasGit = ((): boolean => {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('findFiles and .gitignore', () => {
  it('honours the root .gitignore, nested ones (deeper wins, negation) and .git/info/exclude', async () => {
    const dir = repo({
      '.gitignore': 'drafts/\n*.tmp.yaml\narchive/*.pdf\n!archive/keep.pdf\n',
      '.git/info/exclude': 'local.yaml\n',
      'a.yaml': 'x',
      'local.yaml': 'x',
      'scratch.tmp.yaml': 'x',
      'drafts/d.yaml': 'x',
      'archive/old.pdf': 'x',
      'archive/keep.pdf': 'x',
      'forms/.gitignore': '*.docx\n!wanted.docx\n/only-here.yaml\n',
      'forms/b.docx': 'x',
      'forms/wanted.docx': 'x',
      'forms/only-here.yaml': 'x',
      'forms/sub/only-here.yaml': 'x',
      'forms/sub/c.pdf': 'x',
    });
    const r = await findFiles(['.'], config, dir);
    expect(r.files).toEqual([
      'a.yaml',
      'archive/keep.pdf',
      'forms/sub/c.pdf',
      'forms/sub/only-here.yaml',
      'forms/wanted.docx',
    ]);
    // local, scratch.tmp, archive/old.pdf, forms/b.docx, forms/only-here; drafts/ is not entered.
    expect(r.ignored).toBe(5);
    expect(r.problems).toEqual([]);
  });

  it('--no-ignore (gitignore: false) lists everything; .git and node_modules stay out either way', async () => {
    const dir = repo({
      '.gitignore': '*.yaml\n',
      'a.yaml': 'x',
      'b.pdf': 'x',
      '.git/x.yaml': 'x',
      'node_modules/p/y.yaml': 'x',
    });
    expect((await findFiles(['.'], config, dir)).files).toEqual(['b.pdf']);
    expect((await findFiles(['.'], config, dir, { gitignore: false })).files).toEqual(['a.yaml', 'b.pdf']);
  });

  it('scanning a subfolder of a repository applies the .gitignore files above it', async () => {
    const dir = repo({
      '.gitignore': 'forms/old/\n',
      'forms/.gitignore': 'draft-*\n',
      'forms/a.yaml': 'x',
      'forms/draft-1.yaml': 'x',
      'forms/old/b.yaml': 'x',
    });
    expect((await findFiles(['forms'], config, dir)).files).toEqual(['forms/a.yaml']);
    expect((await findFiles(['.'], config, join(dir, 'forms'))).files).toEqual(['a.yaml']);
  });

  it('outside a repository, the .gitignore files of the scanned folder and below still apply', async () => {
    const dir = scratch({ '.gitignore': 'private/\n', 'a.yaml': 'x', 'private/p.yaml': 'x' });
    expect((await findFiles(['.'], config, dir)).files).toEqual(['a.yaml']);
  });

  it('a deeper .gitignore can re-include a folder an upper one excludes', async () => {
    const dir = repo({
      '.gitignore': 'forms/sub/\n',
      'forms/.gitignore': '!sub/\n',
      'forms/sub/a.yaml': 'x',
    });
    expect((await findFiles(['.'], config, dir)).files).toEqual(['forms/sub/a.yaml']);
  });

  it('applies to glob matches too; a file named on the command line is taken as given', async () => {
    const dir = repo({ '.gitignore': 'out/\n', 'forms/a.yaml': 'x', 'out/b.yaml': 'x' });
    const globbed = await findFiles(['**/*.yaml'], config, dir);
    expect(globbed.files).toEqual(['forms/a.yaml']);
    expect((await findFiles(['**/b.yaml'], config, dir)).problems).toEqual([
      { path: '**/b.yaml', message: 'matched no files (1 ignored by .gitignore)' },
    ]);
    expect((await findFiles(['out/b.yaml'], config, dir)).files).toEqual(['out/b.yaml']);
    expect((await findFiles(['*/*.yaml'], config, dir)).problems).toEqual([]);
    expect((await findFiles(['*/*.yaml'], config, dir)).files).toEqual(['forms/a.yaml']);
  });

  it("an ignored folder named as an argument (or as a glob's fixed start) is scanned with only its own .gitignore files", async () => {
    const dir = repo({
      '.gitignore': 'out/\n*.tmp.yaml\n',
      'out/.gitignore': 'skip/\n',
      'out/b.yaml': 'x',
      'out/c.tmp.yaml': 'x',
      'out/skip/d.yaml': 'x',
    });
    const own = ['out/b.yaml', 'out/c.tmp.yaml'];
    expect((await findFiles(['out'], config, dir)).files).toEqual(own);
    expect((await findFiles(['out/**/*.yaml'], config, dir)).files).toEqual(own);
    expect((await findFiles(['.'], config, dir)).files).toEqual([]);
  });

  it('a folder whose files are all ignored is reported as empty, with the count', async () => {
    const dir = repo({ '.gitignore': '*.pdf\n', 'forms/a.pdf': 'x' });
    const r = await findFiles(['forms'], config, dir);
    expect(r.files).toEqual([]);
    expect(r.ignored).toBe(1);
    expect(r.problems).toEqual([
      {
        path: 'forms',
        message: `no ${SCAN_EXTENSIONS.join(', ')} files in this folder (1 ignored by .gitignore)`,
        empty: true,
      },
    ]);
  });

  it.skipIf(!hasGit)('lists what `git ls-files --others --exclude-standard` lists', async () => {
    const dir = scratch({
      '.gitignore': '# comment\n*.pdf\n!/keep/*.pdf\nbuild\n/root-only.yaml\ndocs/**/draft.yaml\n\\#hash.yaml\n',
      'keep/k.pdf': 'x',
      'keep/deeper/k.pdf': 'x',
      'x.pdf': 'x',
      'build/a.yaml': 'x',
      'src/build': 'x',
      'root-only.yaml': 'x',
      'nested/root-only.yaml': 'x',
      'docs/a/b/draft.yaml': 'x',
      'docs/a/final.yaml': 'x',
      '#hash.yaml': 'x',
      'spaced name.yaml': 'x',
      'Forms/A.DOCX': 'x',
      'forms/.gitignore': '*.DOCX\n',
      'forms/B.DOCX': 'x',
      'forms/c.docx': 'x',
      'w/.gitignore': '*\n!*.yml\n!.gitignore\n',
      'w/ci.yml': 'x',
      'w/other.yaml': 'x',
      'd/.gitignore': '*\n!keep/\n!keep/**\n',
      'd/keep/x.yaml': 'x',
      'd/keep/deep/y.yaml': 'x',
      'd/other/y.yaml': 'x',
      'd/z.yaml': 'x',
      'e/.gitignore': '/*\n!/wanted/\n',
      'e/wanted/a.yaml': 'x',
      'e/wanted/sub/b.yaml': 'x',
      'e/unwanted/c.yaml': 'x',
      'f/.gitignore': 'sub/*\n!sub/in.yaml\n',
      'f/sub/in.yaml': 'x',
      'f/sub/out.yaml': 'x',
      'f/sub/deeper/in.yaml': 'x',
    });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const listed = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '-z'], { cwd: dir })
      .toString()
      .split('\0')
      .filter((f) => f !== '' && SCAN_EXTENSIONS.some((e) => f.toLowerCase().endsWith(e)))
      .sort();
    expect(listed.length).toBeGreaterThan(10);
    expect((await findFiles(['.'], config, dir)).files).toEqual(listed);
  });
});
