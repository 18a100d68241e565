import { mkdirSync, mkdtempSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { packageInfo, repositoryUrl } from '../../src/util/package-info.js';
import { repoRoot } from '../../src/cli/repo-root.js';

describe('repositoryUrl: the web address of package.json `repository`', () => {
  it.each([
    ['git+https://github.com/assess-tool/assess.git', 'https://github.com/assess-tool/assess'],
    [{ type: 'git', url: 'https://gitlab.com/org/assess' }, 'https://gitlab.com/org/assess'],
    ['github:assess-tool/assess', 'https://github.com/assess-tool/assess'],
    ['assess-tool/assess', 'https://github.com/assess-tool/assess'],
    ['git@github.com:assess-tool/assess.git', undefined],
    ['file:../assess', undefined],
    [undefined, undefined],
    [{ type: 'git' }, undefined],
  ])('%j → %s', (field, want) => {
    expect(repositoryUrl(field)).toBe(want);
  });

  it("reads this package's own", () => {
    expect(packageInfo()).toEqual({
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      repository: 'https://github.com/assess-tool/assess',
    });
  });
});

describe('repoRoot: SARIF %SRCROOT%', () => {
  it('is the top of the git repository from a sub-folder, and the folder itself outside one', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'assess-root-')));
    expect(repoRoot(dir)).toBe(dir);
    execFileSync('git', ['init', '-q', dir]);
    mkdirSync(join(dir, 'forms', '2024'), { recursive: true });
    expect(repoRoot(join(dir, 'forms', '2024'))).toBe(dir);
    // Through a symlinked checkout, the root keeps the spelling of the path it was reached by.
    const link = `${dir}-link`;
    symlinkSync(dir, link);
    expect(repoRoot(join(link, 'forms'))).toBe(link);
  });
});
