/**
 * `scan --changed-since <ref>` on the built binary, in a real git repository: only the forms a pull request
 * changed (committed on the branch, edited in the working tree, or new) are checked; none changed is no error.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = process.env['ASSESS_SCENARIO_BIN'] ?? join(root, 'bin', 'assess.js');
const env = { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', HOME: '/nonexistent' };

const git = (cwd: string, ...args: string[]): void => {
  const r = spawnSync('git', ['-c', 'user.email=a@example.org', '-c', 'user.name=A', ...args], {
    cwd,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
};
const assess = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8' });
const files = (csv: string): string[] =>
  csv
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0] as string);

describe('scan --changed-since', () => {
  let repo: string;
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'assess-changed-'));
    mkdirSync(join(repo, 'forms', 'old'), { recursive: true });
    copyFileSync(join(root, 'fixtures/forms/council-2024.yaml'), join(repo, 'forms/a.yaml'));
    copyFileSync(join(root, 'fixtures/forms/council-2020.yaml'), join(repo, 'forms/b.yaml'));
    copyFileSync(join(root, 'fixtures/docx/council-2024-table.docx'), join(repo, 'forms/old/c.docx'));
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'forms');
    git(repo, 'checkout', '-qb', 'pr');
  });

  it('with nothing changed, checks nothing and exits 0 with one line', () => {
    const r = assess(repo, 'scan', 'forms', '--changed-since', 'main', '--format', 'csv');
    expect(r.status).toBe(0);
    expect(files(r.stdout)).toEqual([]);
    expect(r.stderr).toMatch(/^assess: no form changed since main\n/);
  });

  it('checks only what the branch committed, what the working tree changed and what is new', () => {
    appendFileSync(join(repo, 'forms/b.yaml'), '# reviewed\n');
    git(repo, 'commit', '-qam', 'edit b');
    appendFileSync(join(repo, 'forms/a.yaml'), '# not committed yet\n');
    copyFileSync(join(root, 'fixtures/forms/association-2022.yaml'), join(repo, 'forms/new.yaml'));
    const r = assess(repo, 'scan', 'forms', '--changed-since', 'main', '--format', 'csv');
    expect(r.status).toBe(1);
    expect(files(r.stdout)).toEqual(['forms/a.yaml', 'forms/b.yaml', 'forms/new.yaml']);
    // From a sub-folder, with paths as given there.
    const sub = assess(join(repo, 'forms'), 'scan', '.', '--changed-since', 'main', '--format', 'csv');
    expect(files(sub.stdout)).toEqual(['a.yaml', 'b.yaml', 'new.yaml']);
  });

  it('an unknown ref, or no repository, is one line and exit 2', () => {
    const r = assess(repo, 'scan', 'forms', '--changed-since', 'no-such-branch');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^assess: --changed-since no-such-branch: no common ancestor with HEAD \(.+\)\n$/);
    const outside = mkdtempSync(join(tmpdir(), 'assess-no-git-'));
    const o = assess(outside, 'scan', '.', '--changed-since', 'main');
    expect(o.status).toBe(2);
    expect(o.stderr).toMatch(/^assess: --changed-since needs a git repository: .+\n$/);
  });
});
