import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import { formatters } from '../src/report/formatters/index.js';

const NOT_RULES = new Set(['index.ts', 'types.ts', 'helpers.ts', 'run-rules.ts']);

describe('registries', () => {
  it('registers every rule module exactly once, with a table test', async () => {
    const files = readdirSync(new URL('../src/rules/', import.meta.url)).filter(
      (f) => f.endsWith('.ts') && !NOT_RULES.has(f),
    );
    expect(files.length).toBeGreaterThanOrEqual(12);
    const tests = new Set(readdirSync(new URL('./rules/', import.meta.url)));
    for (const file of files) {
      const mod = (await import(`../src/rules/${file}`)) as Record<string, unknown>;
      const exported = Object.values(mod).filter((v) => typeof v === 'object' && v !== null && 'check' in v);
      expect(exported, file).toHaveLength(1);
      expect(rules, `${file} is not in src/rules/index.ts`).toContain(exported[0]);
      expect((exported[0] as unknown as { id: string }).id, 'file named after its rule id').toBe(
        file.replace(/\.ts$/, ''),
      );
      expect(tests.has(file.replace(/\.ts$/, '.test.ts')), `test/rules/${file.replace(/\.ts$/, '.test.ts')}`).toBe(
        true,
      );
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('registers every formatter module under its own name', async () => {
    const files = readdirSync(new URL('../src/report/formatters/', import.meta.url)).filter(
      (f) => f.endsWith('.ts') && f !== 'index.ts',
    );
    for (const file of files) {
      const name = file.replace(/\.ts$/, '');
      const mod = (await import(`../src/report/formatters/${file}`)) as Record<string, unknown>;
      expect(await formatters[name]?.(), `${file} is not registered as --format ${name}`).toBe(mod[name]);
    }
    expect(Object.keys(formatters).sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it('keeps the public rule ids', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(
      [
        'blank-copy',
        'boilerplate-evidence',
        'claim-contradicted',
        'duplicate-provision',
        'extra-stage',
        'future-claim',
        'invalid-answer',
        'missing-answer',
        'missing-evidence',
        'missing-provision',
        'needs-review',
        'no-compliance-date',
        'non-code-definition',
        'ocr-low-confidence',
        'requirement-mismatch',
        'stage-count',
        'timescale-breach',
        'unexplained-noncompliance',
        'wrong-scheme',
        'unknown-provision',
        'unreadable-document',
        'case-late',
        'case-overdue',
        'case-row-invalid',
        'extension-too-long',
        'extensions-the-norm',
        'claim-contradicted-by-cases',
      ].sort(),
    );
  });
});
