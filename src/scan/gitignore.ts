/**
 * `.gitignore` handling for `assess scan`. The pattern matching is the `ignore` package's (the
 * one ESLint uses); this module only decides which files apply to a path, as Git does:
 *
 * - the top is the repository root (the nearest folder above the scanned one holding `.git`), or
 *   the scanned folder itself outside a repository;
 * - every `.gitignore` from the top down to a path's folder applies, the deeper ones last (so they
 *   win), and `.git/info/exclude` before all of them;
 * - a folder that is ignored is not entered, so nothing below it comes back (Git: "it is not
 *   possible to re-include a file if a parent directory of that file is excluded"), unless it is
 *   the folder scanned (or a glob's fixed start): then only the `.gitignore` files in it apply.
 *
 * Matching is case-sensitive (Git's default outside macOS and Windows), so a scan gives the same
 * list on every machine. The global `core.excludesFile` is not read.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The rules of one file, and the folder its patterns are relative to. */
interface Level {
  dir: string;
  rules: Ignore;
}

/** Reports a `.gitignore` that exists but cannot be read (it is then treated as empty). */
export type IgnoreProblem = (file: string, error: unknown) => void;

const errno = (e: unknown): string | undefined => (e as NodeJS.ErrnoException).code;
const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));

async function exists(path: string): Promise<'dir' | 'file' | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'dir' : 'file';
  } catch {
    return undefined;
  }
}

/** The repository root holding `dir` (a `.git` folder, or a `.git` file in a worktree or submodule). */
async function repositoryRoot(dir: string): Promise<{ root: string; gitDir: boolean } | undefined> {
  for (let d = dir; ; d = dirname(d)) {
    const kind = await exists(join(d, '.git'));
    if (kind) return { root: d, gitDir: kind === 'dir' };
    if (dirname(d) === d) return undefined;
  }
}

export class GitIgnore {
  private readonly levels = new Map<string, Promise<Level[]>>();
  private readonly dirVerdicts = new Map<string, Promise<boolean>>();

  private constructor(
    /** Paths outside this folder are never ignored. */
    readonly top: string,
    private readonly exclude: string | undefined,
    private readonly problem: IgnoreProblem,
  ) {}

  /**
   * The rules for paths under `dir` (an absolute folder): its repository's, else its own. A folder
   * the repository's rules ignore was named on purpose (`assess scan bench/tmp/batch`): below it
   * only its own `.gitignore` files apply, as outside a repository.
   */
  static async for(dir: string, problem: IgnoreProblem): Promise<GitIgnore> {
    const repo = await repositoryRoot(dir);
    if (!repo) return new GitIgnore(dir, undefined, problem);
    const rules = new GitIgnore(
      repo.root,
      repo.gitDir ? join(repo.root, '.git', 'info', 'exclude') : undefined,
      problem,
    );
    return (await rules.ignored(dir, true)) ? new GitIgnore(dir, undefined, problem) : rules;
  }

  /** Whether `top` contains `abs` (an absolute path). */
  covers(abs: string): boolean {
    const rel = relative(this.top, abs);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  }

  /**
   * Whether `abs` is ignored, given that the folder holding it is not (a walk that never enters
   * an ignored folder asks only this).
   */
  async ignoredEntry(abs: string, isDir: boolean): Promise<boolean> {
    if (!this.covers(abs)) return false;
    return verdict(await this.levelsFor(dirname(abs)), abs, isDir);
  }

  /** Whether `abs` is ignored, itself or through any folder between it and the top. */
  async ignored(abs: string, isDir: boolean): Promise<boolean> {
    if (!this.covers(abs)) return false;
    const parent = dirname(abs);
    if (parent !== this.top && (await this.dirIgnored(parent))) return true;
    return this.ignoredEntry(abs, isDir);
  }

  private dirIgnored(dir: string): Promise<boolean> {
    let known = this.dirVerdicts.get(dir);
    if (!known) {
      known = this.ignored(dir, true);
      this.dirVerdicts.set(dir, known);
    }
    return known;
  }

  /** The rules that apply in `dir`: exclude, then each `.gitignore` from the top down to `dir`. */
  private levelsFor(dir: string): Promise<Level[]> {
    let known = this.levels.get(dir);
    if (!known) {
      known = (async () => {
        const above: Level[] =
          dir === this.top
            ? await this.load(this.exclude, dir).then((l) => (l ? [l] : []))
            : await this.levelsFor(dirname(dir));
        const own = await this.load(join(dir, '.gitignore'), dir);
        return own ? [...above, own] : above;
      })();
      this.levels.set(dir, known);
    }
    return known;
  }

  private async load(file: string | undefined, dir: string): Promise<Level | undefined> {
    if (file === undefined) return undefined;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const code = errno(e);
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') this.problem(file, e);
      return undefined;
    }
    return { dir, rules: ignore({ ignorecase: false }).add(text) };
  }
}

/**
 * Git's rule across files: the last file with a pattern matching the path itself decides. The
 * `ignore` package also reports a path as ignored when one of its folders is; a folder this far
 * down was not ignored overall (a deeper `.gitignore` re-included it), so such a verdict from an
 * upper file is set aside rather than letting it shut the re-included folder again.
 */
function verdict(levels: readonly Level[], abs: string, isDir: boolean): boolean {
  let ignored = false;
  for (const { dir, rules } of levels) {
    const rel = toPosix(relative(dir, abs));
    const result = rules.test(isDir ? `${rel}/` : rel);
    if (!result.ignored && !result.unignored) continue;
    if (result.ignored) {
      const parent = dirname(rel);
      if (parent !== '.' && rules.test(`${parent}/`).ignored) continue;
    }
    ignored = result.ignored;
  }
  return ignored;
}
