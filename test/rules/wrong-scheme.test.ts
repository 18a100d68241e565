import { describe, expect, it } from 'vitest';
import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { wrongScheme } from '../../src/rules/wrong-scheme.js';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { runRules } from '../../src/rules/run-rules.js';
import { rules } from '../../src/rules/index.js';
import type { Scheme } from '../../src/catalogue/types.js';

/** A complete form of `code` whose own Code (what its detection saw) is `shown`'s. */
const shows = (code: '2024' | 'lgsco-2024', shown: Scheme | undefined) => () => {
  const a = assessment(code);
  return { ...a, detection: { ...a.detection, ...(shown ? { scheme: shown } : {}) } };
};

ruleTable(wrongScheme, [
  { name: 'a Housing Ombudsman form checked against the 2024 Code', assessment: shows('2024', 'hos'), expect: [] },
  { name: 'an LGSCO form checked against the LGSCO Code', assessment: shows('lgsco-2024', 'lgsco'), expect: [] },
  { name: 'no scheme known (an assessment built in a test)', assessment: shows('2024', undefined), expect: [] },
  {
    name: 'an LGSCO form checked against the 2024 Code (--code 2024)',
    assessment: shows('2024', 'lgsco'),
    expect: [{ message: /against the LGSCO's .* checked against the 2024 Code, which is the Housing Ombudsman's/ }],
  },
  {
    name: 'a Housing Ombudsman form checked against the LGSCO Code (--code lgsco-2024)',
    assessment: shows('lgsco-2024', 'hos'),
    expect: [{ message: /against the Housing Ombudsman's .* checked against the LGSCO Complaint Handling Code 2024/ }],
  },
]);

describe('severities in the run', () => {
  it('wrong-scheme is an error (it is about no provision)', () => {
    const wrong = runRules(shows('2024', 'lgsco')(), loadCatalogue('2024'), [wrongScheme]);
    expect(wrong.map((f) => [f.rule, f.severity])).toEqual([['wrong-scheme', 'error']]);
  });

  it("an error rule's finding on a should provision is a warning: every LGSCO provision, a 2022 best-practice one", () => {
    const unanswered = (code: '2024' | 'lgsco-2024' | '2022', id: string) =>
      runRules(assessment(code, [{ id, evidence: 'Policy' }]), loadCatalogue(code), rules)
        .filter((f) => f.rule === 'missing-answer')
        .map((f) => [f.provision, f.severity]);
    expect(unanswered('2024', '6.3')).toEqual([['6.3', 'error']]);
    expect(unanswered('lgsco-2024', '6.3')).toEqual([['6.3', 'warning']]);
    expect(unanswered('2022', '5.2')).toEqual([['5.2', 'warning']]);
    expect(unanswered('2022', '5.1')).toEqual([['5.1', 'error']]);
    // the user's setting still wins
    const set = runRules(assessment('lgsco-2024', [{ id: '6.3' }]), loadCatalogue('lgsco-2024'), rules, {
      'missing-answer': 'error',
    });
    expect(set.find((f) => f.rule === 'missing-answer')?.severity).toBe('error');
  });
});
