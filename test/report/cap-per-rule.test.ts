import { describe, expect, it } from 'vitest';
import { capPerRule, MAX_FINDINGS_PER_RULE } from '../../src/report/findings.js';
import type { Finding } from '../../src/rules/types.js';

const finding = (rule: string, n: number, severity: Finding['severity'] = 'error'): Finding => ({
  rule,
  severity,
  file: 'form.yaml',
  provision: `1.${n}`,
  message: `${rule} ${n}`,
  hint: 'fix it',
});

describe('capPerRule: bounded output', () => {
  it('keeps every finding of a rule at or under the limit', () => {
    const list = Array.from({ length: 3 }, (_, n) => finding('missing-answer', n));
    expect(capPerRule(list, 3)).toEqual(list);
  });

  it('lists the first N of a rule and counts the rest in one finding at their worst severity', () => {
    const list = [
      ...Array.from({ length: 5 }, (_, n) => finding('missing-evidence', n, n === 4 ? 'error' : 'warning')),
      finding('missing-answer', 1),
    ];
    const capped = capPerRule(list, 2);
    expect(capped.map((f) => f.message)).toEqual([
      '3 more missing-evidence findings in this file are not listed (at most 2 of a rule)',
      'missing-evidence 0',
      'missing-answer 1',
      'missing-evidence 1',
    ]);
    expect(capped[0]).toMatchObject({ rule: 'missing-evidence', severity: 'error', file: 'form.yaml' });
    expect(capped[0]?.provision).toBeUndefined();
  });

  it('the default is 100 a rule', () => {
    const list = Array.from({ length: 250_000 }, (_, n) => finding('unknown-provision', n));
    const capped = capPerRule(list);
    expect(MAX_FINDINGS_PER_RULE).toBe(100);
    expect(capped).toHaveLength(101);
    expect(capped[0]?.message).toMatch(/^249900 more unknown-provision findings/);
  });
});
