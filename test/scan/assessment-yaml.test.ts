import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assessmentVerdict, sortOutYaml } from '../../src/scan/assessment-yaml.js';
import { scratch } from '../helpers/run-cli.js';

const WORKFLOW = `name: CI
on:
  push:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm test
`;

describe('assessmentVerdict', () => {
  it('a form with two or three of code, landlord, provisions is checked', () => {
    expect(assessmentVerdict('code: "2024"\nlandlord: X\nprovisions: []\n')).toEqual({ check: true });
    expect(assessmentVerdict('landlord: X\nprovisions:\n  - id: "1.1"\n')).toEqual({ check: true });
    expect(assessmentVerdict('code: "2024"\nprovisions: []\n')).toEqual({ check: true });
    expect(assessmentVerdict('code: "2024"\nlandlord: X\n')).toEqual({ check: true });
    // Flow style and quoted keys: parsed, still an assessment.
    expect(assessmentVerdict('{ "code": "2024", provisions: [] }')).toEqual({ check: true });
    expect(assessmentVerdict('# a form\n"provisions": []\n\'code\': "2022"\n')).toEqual({ check: true });
  });

  it('a mapping without them is skipped: workflows, manifests, the codes/ catalogues', () => {
    expect(assessmentVerdict(WORKFLOW)).toEqual({ check: false, reason: 'no provisions' });
    expect(assessmentVerdict('name: pkg\nversion: 1.0.0\ncode: abc\n')).toEqual({
      check: false,
      reason: 'no provisions',
    });
    expect(assessmentVerdict('apiVersion: v1\nkind: A\n---\napiVersion: v1\nkind: B\n')).toEqual({
      check: false,
      reason: 'no provisions',
    });
    const catalogue = readFileSync(fileURLToPath(new URL('../../codes/2024.yaml', import.meta.url)), 'utf8');
    expect(assessmentVerdict(catalogue)).toEqual({ check: false, reason: 'provisions, but no code or landlord' });
  });

  it('anything the reader should explain is checked: syntax errors, empty files, lists, scalars', () => {
    for (const text of [
      'code: "2024"\nprovisions: [\n  - id: 1\n',
      ':\n  - [',
      'not: [valid',
      '',
      '# only a comment\n',
      '- a\n- b\n',
      'just text',
      'a: 1\na: 2\n',
      'a: 1\n---\n- list\n',
      ':',
      '{}',
      '1: one\n',
      'name: x\n? [a, b]\n: c\n',
    ]) {
      expect(assessmentVerdict(text), JSON.stringify(text)).toEqual({ check: true });
    }
  });

  it('a key nested below the top level does not count', () => {
    expect(assessmentVerdict('meta:\n  code: "2024"\n  landlord: X\nprovisions: []\n')).toEqual({
      check: false,
      reason: 'provisions, but no code or landlord',
    });
  });
});

describe('sortOutYaml', () => {
  it('keeps the order given, reads only .yaml/.yml, leaves unreadable and too-large files to the reader', async () => {
    const dir = scratch({
      'a.yaml': 'code: "2024"\nlandlord: X\nprovisions: []\n',
      'b.yml': WORKFLOW,
      'c.pdf': 'name: not yaml at all',
      'd.yaml': `name: big\npad: "${'x'.repeat(2000)}"\n`,
      'e.YAML': 'kind: Manifest\n',
    });
    const r = await sortOutYaml(['a.yaml', 'b.yml', 'c.pdf', 'd.yaml', 'e.YAML', 'gone.yaml'], dir, 1000);
    expect(r.files).toEqual(['a.yaml', 'c.pdf', 'd.yaml', 'gone.yaml']);
    expect(r.skipped).toEqual([
      { file: 'b.yml', reason: 'no provisions' },
      { file: 'e.YAML', reason: 'no provisions' },
    ]);
  });
});
