/**
 * The GitHub Action and the pre-commit hook, through the commands they run: action/run.sh as the Action's
 * check step runs it (inputs as INPUT_* variables, a simulated $GITHUB_STEP_SUMMARY), and the hook's `entry`
 * from .pre-commit-hooks.yaml given staged file names as pre-commit gives them, both on the built binary.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scratch } from '../helpers/run-cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = process.env['ASSESS_SCENARIO_BIN'] ?? join(root, 'bin', 'assess.js');
const form = join(root, 'fixtures', 'forms', 'council-2024.yaml');

function runAction(cwd: string, inputs: Record<string, string>) {
  const summary = join(cwd, 'step-summary.md');
  writeFileSync(summary, '# earlier step\n');
  const r = spawnSync('bash', [join(root, 'action', 'run.sh')], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ASSESS_BIN: bin, GITHUB_STEP_SUMMARY: summary, NO_COLOR: '1', ...inputs },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(summary, 'utf8') };
}

describe('the GitHub Action (action.yml → action/run.sh)', () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default: string }>;
    runs: { using: string; steps: { run?: string; env?: Record<string, string> }[] };
  };

  it('is a composite action whose check step runs action/run.sh with every input', () => {
    expect(action.runs.using).toBe('composite');
    const step = action.runs.steps.find((s) => s.run?.includes('action/run.sh'));
    expect(Object.keys(step?.env ?? {}).sort()).toEqual([
      'INPUT_BASELINE',
      'INPUT_FAIL_ON',
      'INPUT_FORMATS',
      'INPUT_PATHS',
    ]);
    expect(Object.keys(action.inputs).sort()).toEqual(['baseline', 'fail-on', 'formats', 'paths']);
  });

  it('annotates, appends the Markdown table to the job summary, writes further formats, fails as fail-on says', () => {
    const dir = scratch({ 'ci.yaml': 'on: push\njobs: {}\n' });
    copyFileSync(form, join(dir, 'self assessment.yaml'));
    const r = runAction(dir, { INPUT_PATHS: '.', INPUT_FAIL_ON: 'warning', INPUT_FORMATS: 'sarif:out.sarif' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::warning file=self assessment\.yaml,line=\d+,title=missing-evidence \(6\.16\)::/m);
    expect(r.summary).toMatch(/^# earlier step\n## assess — Complaint Handling Code self-assessment\n/);
    expect(r.summary).toMatch(/\| .*6\.16.*missing-evidence/);
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(r.stderr).toMatch(/ci\.yaml: skipped, not a self-assessment/);
    // fail-on never: the same findings, the step passes.
    expect(runAction(dir, { INPUT_PATHS: '.', INPUT_FAIL_ON: 'never' }).code).toBe(0);
  });

  it('a baseline input reports only new findings', () => {
    const dir = scratch({});
    copyFileSync(form, join(dir, 'form.yaml'));
    spawnSync(process.execPath, [bin, 'check', 'form.yaml', '--write-baseline', 'base.json'], { cwd: dir });
    const r = runAction(dir, { INPUT_PATHS: 'form.yaml', INPUT_FAIL_ON: 'info', INPUT_BASELINE: 'base.json' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/baseline: \d+ known findings not reported/);
  });
});

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const [hook] = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    files: string;
  }[];
  const run = (cwd: string, files: string[]) => {
    const [command, ...args] = hook!.entry.split(' ');
    expect(command).toBe('assess');
    return spawnSync(process.execPath, [bin, ...args, ...files], { cwd, encoding: 'utf8', env: { NO_COLOR: '1' } });
  };

  it('matches the forms pre-commit should pass it, and not other files', () => {
    const re = new RegExp(hook!.files);
    expect(['a.yaml', 'b.yml', 'c.docx', 'd.pdf', 'e.docm'].every((f) => re.test(f))).toBe(true);
    expect(['a.md', 'b.json', 'c.doc'].some((f) => re.test(f))).toBe(false);
  });

  it('exits 1 on findings, 0 when the staged YAML is no self-assessment, 2 when a form cannot be checked', () => {
    const dir = scratch({ '.github/ci.yml': 'on: push\n', 'broken.yaml': 'code: "2024"\nprovisions: [\n' });
    copyFileSync(form, join(dir, 'form.yaml'));
    const findings = run(dir, ['form.yaml', '.github/ci.yml']);
    expect(findings.status).toBe(1);
    expect(findings.stdout).toMatch(/missing-evidence/);
    const none = run(dir, ['.github/ci.yml']);
    expect(none.status).toBe(0);
    expect(none.stderr).toMatch(/nothing matched/);
    // An invalid form is reported unreadable: a finding, not mistaken for a crash.
    const broken = run(dir, ['broken.yaml']);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/unreadable-document/);
  });
});
