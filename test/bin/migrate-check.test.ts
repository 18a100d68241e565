/**
 * `assess migrate` then `assess check`, through the built binary: a form migrated to a newer Code and checked gives
 * findings only for what is really new or changed. Every finding on the migrated form must be one of
 * - needs-review on a row the migration marked for review;
 * - missing-answer on a provision new in the Code, or on a row marked for review (merged rows whose answers differ);
 * - missing-evidence where the older form asked for no evidence (the 2020 questions);
 * - the same rule the older form's own check raised on one of the row's ancestors (a finding carried over).
 * No unknown-provision, missing-provision, requirement-mismatch, invalid-answer or spurious other finding.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mapProvision } from '../../src/catalogue/crosswalk.js';
import { loadCatalogue } from '../../src/catalogue/load.js';
import type { CodeVersion } from '../../src/catalogue/types.js';
import { binPath, repoRoot } from './scenario.js';

interface Finding {
  rule: string;
  provision?: string;
  severity: string;
  message: string;
}
interface FileReport {
  code: CodeVersion;
  counts: { provisions: number; found: number };
  findings: Finding[];
}

const scratch = mkdtempSync(join(tmpdir(), 'assess-migrate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const assess = (...argv: string[]) => {
  const r = spawnSync(process.execPath, [binPath, ...argv], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const check = (file: string): FileReport => {
  const r = assess('check', file, '--format', 'json');
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { files: FileReport[] }).files[0] as FileReport;
};

const CASES: [string, CodeVersion][] = [
  ['fixtures/forms/association-2022.yaml', '2024'],
  ['fixtures/docx/association-2022-table.docx', '2024'],
  ['fixtures/pdf/lo-association-2022.pdf', '2024'],
  ['fixtures/forms/council-2020.yaml', '2022'],
  ['fixtures/forms/council-2020.yaml', '2024'],
  ['fixtures/docx/council-2020-questions.docx', '2024'],
];

describe.each(CASES)('%s migrated to %s and checked', (input, to) => {
  const out = join(scratch, `${input.replace(/\W+/g, '-')}-${to}.yaml`);
  const migrate = assess('migrate', input, '--to', to, '-o', out);

  it('migrates with exit 0 and nothing on stderr', () => {
    expect(migrate.stderr).toBe('');
    expect(migrate.status).toBe(0);
  });

  it('reports only what is new or changed', () => {
    const before = check(input);
    const after = check(out);
    const from = before.code;
    expect(after.code).toBe(to);
    expect(after.counts.found).toBe(loadCatalogue(to).provisions.length);
    const rows = new Map(
      (
        parse(readFileSync(out, 'utf8')) as { provisions: { id: string; comply?: string; review?: string }[] }
      ).provisions.map((p) => [p.id, p]),
    );
    const raisedBefore = new Set(before.findings.map((f) => `${f.rule} ${f.provision ?? ''}`));
    const noEvidenceAsked = loadCatalogue(from).evidence === 'none';
    const spurious = after.findings.filter((f) => {
      const id = f.provision ?? '';
      const row = rows.get(id);
      if (f.rule === 'needs-review') return !row?.review;
      const mapping = mapProvision(to, from, id);
      // unanswered because it is new, or because its merged sources gave no answer to carry (said in its review)
      if (f.rule === 'missing-answer' && (mapping?.kind === 'new' || row?.review)) return false;
      if (f.rule === 'missing-evidence' && noEvidenceAsked) return false;
      const ancestors = mapping?.ids ?? [];
      return !ancestors.some((a) => raisedBefore.has(`${f.rule} ${a}`));
    });
    expect(spurious.map((f) => `${f.rule} ${f.provision ?? ''}: ${f.message}`)).toEqual([]);
    // and the migration did flag something to do: the new provisions are unanswered
    expect(after.findings.some((f) => f.rule === 'missing-answer')).toBe(true);
    expect(after.findings.some((f) => f.rule === 'needs-review')).toBe(true);
  });
});
