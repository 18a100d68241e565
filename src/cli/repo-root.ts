/**
 * The root of the git repository the run is in (`git rev-parse --show-toplevel`), for SARIF's %SRCROOT%: GitHub
 * code scanning resolves result paths against the repository's root. Outside a repository, or without git, the
 * working directory.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';

export function repoRoot(cwd: string): string {
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    }).trim();
    if (top === '') return cwd;
    // git prints the real path; keep the spelling of cwd (a symlinked checkout) where cwd lies inside it.
    const real = realpathSync(cwd);
    const rel = relative(top, real);
    return rel.startsWith('..')
      ? top
      : resolve(
          cwd,
          ...rel
            .split(/[\\/]/)
            .filter(Boolean)
            .map(() => '..'),
        );
  } catch {
    return cwd;
  }
}
