import { describe, expect, it } from 'vitest';
import { runCli, scratch } from '../helpers/run-cli.js';
import { cleanYaml } from '../helpers/clean-yaml.js';

describe('exit codes (README: Exit codes)', () => {
  it('0: nothing at or above --fail-on', async () => {
    const dir = scratch({ 'form.yaml': cleanYaml() });
    const r = await runCli(['check', 'form.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔ no problems in 1 file \(2024 Code\)/);
  });

  it('1: an error-level finding', async () => {
    const dir = scratch({ 'form.yaml': cleanYaml({ '6.6': { comply: '' } }) });
    const r = await runCli(['check', 'form.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/6\.6 +line \d+:\d+ +error +provision 6\.6 has no Comply answer +missing-answer/);
    expect(r.stdout).toMatch(/↳ write Yes, No, Partial or N\/A/);
    expect(r.stdout).toMatch(/✖ 1 error, 0 warnings in 1 file \(2024 Code\)/);
  });

  it('--fail-on warning turns warnings into exit 1; never keeps 0', async () => {
    const dir = scratch({ 'form.yaml': cleanYaml({ '6.16': { evidence: '' } }) });
    expect((await runCli(['check', 'form.yaml'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['check', 'form.yaml', '--fail-on', 'warning'], { cwd: dir })).code).toBe(1);
    expect((await runCli(['check', 'form.yaml', '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
    const dirErr = scratch({ 'form.yaml': cleanYaml({ '6.6': { comply: '' } }) });
    expect((await runCli(['check', 'form.yaml', '--fail-on', 'never'], { cwd: dirErr })).code).toBe(0);
  });

  it('2: a bad flag', async () => {
    const r = await runCli(['check', 'x.yaml', '--no-such-flag']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--no-such-flag'/);
  });

  it('2: an unknown --code', async () => {
    const dir = scratch({ 'form.yaml': cleanYaml() });
    const r = await runCli(['check', 'form.yaml', '--code', '2019'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('assess: unknown --code "2019" (one of: 2020, 2022, 2024, lgsco-2024)\n');
  });

  it('2: file not found, one line naming it', async () => {
    const r = await runCli(['check', 'nowhere.yaml'], { cwd: scratch({}) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('assess: nowhere.yaml: file not found\n');
  });

  it('2: a YAML syntax error names the file, line and column', async () => {
    const dir = scratch({ 'bad.yaml': 'code: "2024"\nlandlord: X\nprovisions:\n  - id: "1.2"\n    comply: "Yes\n' });
    const r = await runCli(['check', 'bad.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^assess: bad\.yaml:\d+:\d+: YAML syntax error: .+\n$/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('2: a schema error names the field, line and column', async () => {
    const dir = scratch({
      'bad.yaml': 'code: "2024"\nlandlord: X\nprovisions:\n  - id: "1.2"\n    comply: "Yes"\n    evidnce: "typo"\n',
    });
    const r = await runCli(['check', 'bad.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('assess: bad.yaml:4:5: provisions.0: unknown key "evidnce"\n');
  });

  it('2: a duplicate key', async () => {
    const dir = scratch({ 'bad.yaml': 'code: "2024"\ncode: "2022"\nlandlord: X\nprovisions: []\n' });
    const r = await runCli(['check', 'bad.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^assess: bad\.yaml:2:1: YAML syntax error: duplicate key "code"\n$/);
  });

  it('2 wins over 1, and the other files are still reported', async () => {
    const dir = scratch({ 'good.yaml': cleanYaml({ '6.6': { comply: '' } }) });
    const r = await runCli(['check', 'good.yaml', 'missing.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual(['good.yaml']);
    expect(r.stderr).toBe('assess: missing.yaml: file not found\n');
  });

  it('1: an unreadable document is a finding, not an abort', async () => {
    const dir = scratch({ 'form.docx': 'this is not a word file' });
    const r = await runCli(['check', 'form.docx', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.findings).toEqual([
      expect.objectContaining({
        rule: 'unreadable-document',
        severity: 'error',
        message: 'named .docx but it is a plain text file, not a DOCX',
      }),
    ]);
  });

  it('never prints a stack trace for an internal error without --debug', async () => {
    const r = await runCli(['explain', 'no-such-thing']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
