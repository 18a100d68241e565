import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanYaml } from '../helpers/clean-yaml.js';
import { runCli, scratch } from '../helpers/run-cli.js';

const defects = cleanYaml({ '6.6': { comply: '' }, '6.16': { evidence: '' } });
const rulesOf = (stdout: string): string[] =>
  (
    JSON.parse(stdout) as { files: { findings: { rule: string; provision: string; severity: string }[] }[] }
  ).files.flatMap((f) => f.findings.map((x) => `${x.provision} ${x.rule} ${x.severity}`));

describe('assess.config.yaml', () => {
  it('is found from a sub-folder upward and sets rule severities (or off)', async () => {
    const dir = scratch({
      'assess.config.yaml': 'rules:\n  missing-evidence: error\n  missing-answer: off\n',
      'forms/2024/form.yaml': defects,
    });
    const r = await runCli(['check', 'form.yaml', '--format', 'json'], { cwd: join(dir, 'forms', '2024') });
    expect(rulesOf(r.stdout)).toEqual(['6.16 missing-evidence error']);
    expect(r.code).toBe(1);
  });

  it('suppresses by file glob, provision and rule; reports a suppression that matched nothing among files it names', async () => {
    const dir = scratch({
      'assess.config.yaml': [
        'suppressions:',
        '  - files: "forms/**/*.yaml"',
        '    provision: "6.6"',
        '    rule: missing-answer',
        '    reason: Answered in the board minutes; the form is being reissued.',
        '  - files: "other/*.docx"',
        '    rule: missing-evidence',
        '    reason: About other files, not this run.',
        '  - files: "forms/*.yaml"',
        '    rule: requirement-mismatch',
        '    reason: Stale.',
        '',
      ].join('\n'),
      'forms/form.yaml': defects,
    });
    const r = await runCli(['check', 'forms/form.yaml', '--format', 'json'], { cwd: dir });
    expect(rulesOf(r.stdout)).toEqual(['6.16 missing-evidence warning']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'assess: assess.config.yaml:9: suppression of requirement-mismatch in forms/*.yaml matched nothing\n',
    );
  });

  it('--config names one, --no-config ignores it, and the config code forces the version', async () => {
    const dir = scratch({
      'assess.config.yaml': 'rules:\n  missing-answer: off\n',
      'ci/strict.yaml': 'code: "2022"\n',
      'form.yaml': defects,
    });
    expect(rulesOf((await runCli(['check', 'form.yaml', '--format', 'json'], { cwd: dir })).stdout)).not.toContain(
      '6.6 missing-answer error',
    );
    expect(
      rulesOf((await runCli(['check', 'form.yaml', '--format', 'json', '--no-config'], { cwd: dir })).stdout),
    ).toContain('6.6 missing-answer error');
    const forced = JSON.parse(
      (await runCli(['check', 'form.yaml', '--format', 'json', '--config', 'ci/strict.yaml'], { cwd: dir })).stdout,
    );
    expect(forced.files[0].code).toBe('2022');
  });

  it('an invalid config exits 2 naming the file, line and column', async () => {
    const dir = scratch({ 'assess.config.yaml': 'rules:\n  missing-evidence: loud\n', 'form.yaml': defects });
    const r = await runCli(['check', 'form.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^assess: assess\.config\.yaml:2:\d+: rules\.missing-evidence: must be equal to one of the allowed values/,
    );
  });

  it('an unknown rule id, or a suppression without a reason, is a config error', async () => {
    const unknown = await runCli(['check', 'form.yaml'], {
      cwd: scratch({ 'assess.config.yaml': 'rules:\n  no-such-rule: off\n', 'form.yaml': defects }),
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/assess\.config\.yaml:2:\d+: unknown rule "no-such-rule"/);
    const noReason = await runCli(['check', 'form.yaml'], {
      cwd: scratch({ 'assess.config.yaml': 'suppressions:\n  - rule: missing-answer\n', 'form.yaml': defects }),
    });
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toMatch(/must have required property 'reason'/);
  });

  it('print-config shows the effective configuration', async () => {
    const dir = scratch({ 'assess.config.yaml': 'code: "2024"\nrules:\n  extra-stage: off\nignore: ["drafts/**"]\n' });
    const r = await runCli(['print-config'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^file: assess\.config\.yaml\ncode: "2024"\nrules:\n {2}missing-provision: error\n/);
    expect(r.stdout).toMatch(/ {2}extra-stage: off\n/);
    expect(r.stdout).toMatch(/ignore:\n {2}- drafts\/\*\*\n/);
  });

  it('ignored files are not checked', async () => {
    const dir = scratch({ 'assess.config.yaml': 'ignore: ["drafts/**"]\n', 'drafts/form.yaml': defects });
    const r = await runCli(['check', 'drafts/form.yaml'], { cwd: dir });
    expect(r.stderr).toBe('assess: drafts/form.yaml: ignored by the configuration\n');
    expect(r.code).toBe(0);
  });
});

describe('several outputs in one run', () => {
  it('--format json:file --format stylish writes both; -o pairs with a format without a file', async () => {
    const dir = scratch({ 'form.yaml': defects });
    const r = await runCli(
      [
        'check',
        'form.yaml',
        '--format',
        'json:out/report.json',
        '--format',
        'sarif',
        '-o',
        'out/assess.sarif',
        '--format',
        'stylish',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ 1 error, 1 warning in 1 file/);
    expect(JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')).summary).toEqual({
      files: 1,
      unreadable: 0,
      error: 1,
      warning: 1,
      info: 0,
    });
    expect(JSON.parse(readFileSync(join(dir, 'out/assess.sarif'), 'utf8')).runs[0].results).toHaveLength(2);
  });

  it('two formats for stdout is a usage error', async () => {
    const r = await runCli(['check', 'form.yaml', '--format', 'json', '--format', 'stylish'], {
      cwd: scratch({ 'form.yaml': defects }),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/only one format can go to stdout/);
  });

  it('--quiet hides warnings from the display but not from the exit code', async () => {
    const dir = scratch({ 'form.yaml': cleanYaml({ '6.16': { evidence: '' } }) });
    const r = await runCli(['check', 'form.yaml', '--quiet', '--fail-on', 'warning'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/missing-evidence/);
  });

  it.each(['junit', 'github', 'markdown', 'csv'])('--format %s runs from the CLI', async (format) => {
    const r = await runCli(['check', 'form.yaml', '--format', format], { cwd: scratch({ 'form.yaml': defects }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/6\.6|form\.yaml/);
  });
});
