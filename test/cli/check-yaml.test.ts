import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { runCli, scratch } from '../helpers/run-cli.js';
import { cleanYaml } from '../helpers/clean-yaml.js';

const reportSchema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'));

describe('check on YAML', () => {
  it('reads an unquoted id 6.10 as "6.10", never 6.1', async () => {
    const src = cleanYaml().replace('id: "6.10"', 'id: 6.10').replace('id: "6.1"\n', 'id: 6.1\n');
    expect(src).toContain('id: 6.10\n');
    const dir = scratch({ 'form.yaml': src });
    const r = await runCli(['check', 'form.yaml', '--format', 'json'], { cwd: dir });
    const findings = JSON.parse(r.stdout).files[0].findings;
    expect(findings).toEqual([]);
    const n = await runCli(['normalise', 'form.yaml', '--format', 'json'], { cwd: dir });
    const ids = JSON.parse(n.stdout).provisions.map((p: { id: string }) => p.id);
    expect(ids).toContain('6.10');
    expect(ids.filter((i: string) => i === '6.1')).toHaveLength(1);
  });

  it('keeps `comply: Yes` a string (YAML 1.2) and a numeric code as text', async () => {
    const src = cleanYaml()
      .replace(/comply: "Yes"/g, 'comply: Yes')
      .replace('code: "2024"', 'code: 2024');
    const r = await runCli(['check', 'form.yaml', '--format', 'json'], { cwd: scratch({ 'form.yaml': src }) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].counts).toMatchObject({ provisions: 72, found: 72, answered: 72 });
  });

  it('JSON: valid against schemas/report.schema.json and byte-identical across runs', async () => {
    const dir = scratch({
      'a.yaml': cleanYaml({ '6.6': { comply: '' }, '9.3': { comply: 'Partial' }, '6.16': { evidence: '' } }),
      'b.yaml': cleanYaml(),
    });
    const one = await runCli(['check', 'b.yaml', 'a.yaml', '--format', 'json'], { cwd: dir });
    const two = await runCli(['check', 'a.yaml', 'b.yaml', '--format', 'json'], { cwd: dir });
    expect(one.stdout).toBe(two.stdout);
    const report = JSON.parse(one.stdout);
    const validate = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true }).compile(reportSchema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.summary).toEqual({ files: 2, unreadable: 0, error: 2, warning: 1, info: 0 });
    expect(report.files[0]).toMatchObject({
      file: 'a.yaml',
      format: 'yaml',
      code: '2024',
      landlord: 'Example Homes',
      detection: { method: 'declared' },
    });
    expect(
      report.files[0].findings.map((f: { provision: string; rule: string }) => `${f.provision} ${f.rule}`),
    ).toEqual(['6.6 missing-answer', '6.16 missing-evidence', '9.3 unexplained-noncompliance']);
    expect(report.files[0].findings[0].location.line).toBeGreaterThan(1);
  });

  it('--code forces the version and says so', async () => {
    const r = await runCli(['check', 'form.yaml', '--code', '2022', '--format', 'json'], {
      cwd: scratch({ 'form.yaml': cleanYaml() }),
    });
    const f = JSON.parse(r.stdout).files[0];
    expect(f.code).toBe('2022');
    expect(f.detection).toEqual({
      method: 'flag',
      confidence: 1,
      signals: ['--code 2022 (the file declares 2024)'],
      scheme: 'hos',
    });
    expect(f.findings.some((x: { rule: string }) => x.rule === 'missing-provision')).toBe(true);
  });

  it('checks the structured timescales block and names its line', async () => {
    const src = cleanYaml().replace(
      'provisions:',
      'timescales:\n  stages: 3\n  stage2: { respond: 25 working days, extend: "4 weeks" }\nprovisions:',
    );
    const r = await runCli(['check', 'form.yaml', '--format', 'json'], { cwd: scratch({ 'form.yaml': src }) });
    const findings = JSON.parse(r.stdout).files[0].findings;
    expect(findings.map((f: { rule: string; location: { line: number } }) => `${f.rule}@${f.location.line}`)).toEqual([
      'stage-count@5',
      'timescale-breach@6',
    ]);
    expect(findings[1].message).toMatch(
      /stage 2 response window of 25 working days exceeds the 2024 Code's 20 working days \(6\.14\)/,
    );
  });

  it('a bad duration is a usage error with its line', async () => {
    const src = cleanYaml().replace('provisions:', 'timescales:\n  stage1: { respond: soon }\nprovisions:');
    const r = await runCli(['check', 'form.yaml'], { cwd: scratch({ 'form.yaml': src }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^assess: form\.yaml:5:\d+: timescales\.stage1\.respond: cannot read "soon" as a duration/,
    );
  });

  it('colour only on a terminal, and never with NO_COLOR or --no-color', async () => {
    const dir = scratch({ 'form.yaml': cleanYaml({ '6.6': { comply: '' } }) });
    expect((await runCli(['check', 'form.yaml'], { cwd: dir, tty: true })).stdout).toMatch(/\u001b\[31m/);
    expect((await runCli(['check', 'form.yaml'], { cwd: dir, tty: false })).stdout).not.toMatch(/\u001b\[/);
    expect((await runCli(['check', 'form.yaml'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(
      /\u001b\[/,
    );
    expect((await runCli(['check', 'form.yaml', '--no-color'], { cwd: dir, tty: true })).stdout).not.toMatch(
      /\u001b\[/,
    );
  });
});

describe('codes, explain, init', () => {
  it('lists the versions with their dates and counts', async () => {
    const r = await runCli(['codes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2024 +in force 2024-04-01 +72 provisions \(72 must, 0 should\)/m);
    expect(r.stdout).toMatch(/^lgsco-2024 +in force 2026-04-01 +51 provisions \(0 must, 51 should\)/m);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
  });

  it('lists every provision of a version', async () => {
    const r = await runCli(['codes', '2024']);
    expect(r.stdout).toMatch(/^ {2}6\.14 +must +stage 2 +Landlords must issue a final response/m);
    expect(r.stdout.match(/^ {2}\d+\.\d+ /gm)).toHaveLength(72);
  });

  it('explains a rule and a provision in each version', async () => {
    const rule = await runCli(['explain', 'missing-answer']);
    expect(rule.stdout).toMatch(/^missing-answer \(default severity: error\)/);
    expect(rule.stdout).toMatch(/Fix: /);
    const p = await runCli(['explain', '6.14']);
    expect(p.stdout).toMatch(/6\.14 — 2024 Code, section 6/);
    expect(p.stdout).toMatch(/Timescale: stage2\.respond at most 20 working days/);
    const only = await runCli(['explain', '5.13', '--code', '2022']);
    expect(only.stdout).toMatch(/^5\.13 — 2022 Code/);
    expect(only.stdout).not.toMatch(/2024 Code/);
  });

  it('init prints a schema-valid blank form that check then reads', async () => {
    const r = await runCli(['init', '--code', '2024']);
    expect(r.code).toBe(0);
    const dir = scratch({ 'assessment.yaml': r.stdout });
    const c = await runCli(['check', 'assessment.yaml', '--format', 'json'], { cwd: dir });
    expect(c.code).toBe(1);
    const f = JSON.parse(c.stdout).files[0];
    expect(f.counts).toMatchObject({ provisions: 72, found: 72, answered: 0, error: 72 });
    expect(new Set(f.findings.map((x: { rule: string }) => x.rule))).toEqual(new Set(['missing-answer']));
  });
});
