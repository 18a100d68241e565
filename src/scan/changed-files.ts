/**
 * `scan --changed-since <ref>`: the files changed since the merge base of `ref` and HEAD, as a pull request
 * shows them: committed on the branch since it left `ref`, changed in the working tree, or new and not ignored.
 * Deleted files are not there to check. Paths come back absolute and real (git prints real paths), to filter
 * what the scan found; a git that cannot say (no repository, an unknown ref) gives the reason in one line.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const git = (args: readonly string[], cwd: string): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 2 ** 20 });

/** The first line git printed on stderr, for a one-line reason. */
const reason = (e: unknown): string => {
  const stderr = (e as { stderr?: unknown }).stderr;
  const line = typeof stderr === 'string' ? stderr.split('\n').find((l) => l.trim() !== '') : undefined;
  return (line ?? (e as Error).message).replace(/^fatal:\s*/, '').trim();
};

export type Changed = { ok: true; files: Set<string> } | { ok: false; message: string };

export function changedSince(ref: string, cwd: string): Changed {
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch (e) {
    return { ok: false, message: `--changed-since needs a git repository: ${reason(e)}` };
  }
  let base: string;
  try {
    base = git(['merge-base', ref, 'HEAD'], cwd).trim();
  } catch (e) {
    return {
      ok: false,
      message: `--changed-since ${ref}: no common ancestor with HEAD (${reason(e) || 'unknown ref'})`,
    };
  }
  const split = (out: string): string[] => out.split('\0').filter((p) => p !== '');
  const changed = [
    ...split(git(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', base], top)),
    ...split(git(['ls-files', '--others', '--exclude-standard', '-z'], top)),
  ];
  return { ok: true, files: new Set(changed.map((p) => resolve(top, p))) };
}
