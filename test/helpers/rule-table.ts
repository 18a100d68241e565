import { describe, expect, it } from 'vitest';
import type { CodeVersion } from '../../src/catalogue/types.js';
import { loadCatalogue } from '../../src/catalogue/load.js';
import type { Assessment } from '../../src/normalise/assessment.js';
import type { Rule, RuleResult } from '../../src/rules/types.js';

export interface RuleCase {
  name: string;
  code?: CodeVersion;
  assessment: () => Assessment;
  /** Expected results: provision and a message fragment (and severity override when the rule sets one). */
  expect: { provision?: string; message: RegExp; severity?: RuleResult['severity'] }[];
}

export function ruleTable(rule: Rule, cases: RuleCase[]): void {
  describe(`rule ${rule.id}`, () => {
    it('documents itself', () => {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.docs.why.length).toBeGreaterThan(20);
      expect(rule.docs.fix.length).toBeGreaterThan(10);
    });
    it.each(cases)('$name', (c) => {
      const a = c.assessment();
      const results = rule.check(a, loadCatalogue(a.code));
      expect(results.length, JSON.stringify(results.map((r) => r.message))).toBe(c.expect.length);
      c.expect.forEach((e, i) => {
        const r = results[i];
        expect(r?.provision).toBe(e.provision);
        expect(r?.message).toMatch(e.message);
        expect(r?.severity).toBe(e.severity);
      });
    });
  });
}
