import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { entryOf, makeBaseline, parseBaseline } from '../../src/policy/baseline.js';
import { applyPolicy } from '../../src/policy/policy.js';
import type { FileReport } from '../../src/report/types.js';
import type { Finding } from '../../src/rules/types.js';

const finding = (provision: string, message: string, line: number, rule = 'claim-contradicted'): Finding => ({
  rule,
  severity: 'warning',
  file: 'form.docx',
  provision,
  message,
  hint: 'fix it',
  location: { line },
});

const file = (findings: Finding[]): FileReport => ({
  file: 'form.docx',
  format: 'docx',
  code: '2024',
  unreadable: false,
  counts: { provisions: 72, found: 72, answered: 72, error: 0, warning: findings.length, info: 0 },
  findings,
});

const settings = { failOn: 'warning' as const, config: DEFAULT_CONFIG, cwd: '/repo', version: '1.0.0' };

describe('baselines', () => {
  const lastYear = [
    finding('1.3', 'provision 1.3 is answered Yes but its commentary says it is not met: "not currently stated"', 10),
    finding('6.2', 'provision 6.2 is answered Yes but its evidence says it is not met: "we do not yet"', 40),
  ];

  it('a finding is known by its file, rule, provision and the words it quotes, never by where it is', () => {
    const moved = finding('1.3', lastYear[0]!.message, 99);
    expect(entryOf(moved, 'form.docx')).toEqual(entryOf(lastYear[0]!, 'form.docx'));
    const reworded = finding('1.3', 'provision 1.3 is answered Yes but its commentary says: "not stated at all"', 10);
    expect(entryOf(reworded, 'form.docx').hash).not.toBe(entryOf(lastYear[0]!, 'form.docx').hash);
  });

  it('reports only what is new, and says how many were matched and how many entries are gone', () => {
    const baseline = applyPolicy([file(lastYear)], settings).baseline();
    const thisYear = [
      finding('1.3', lastYear[0]!.message, 12),
      finding('9.1', 'provision 9.1 is answered Yes on something not yet in place: "once approved"', 80),
    ];
    const { report, failing, notes } = applyPolicy([file(thisYear)], { ...settings, baseline });
    expect(report.files[0]!.findings.map((f) => f.provision)).toEqual(['9.1']);
    expect(report.summary.warning).toBe(1);
    expect(failing).toBe(true);
    expect(notes).toEqual(['baseline: 1 known finding not reported, 1 baseline entry no longer found']);
  });

  it('an entry covers one finding: the same finding twice more than in the baseline is reported once', () => {
    const baseline = makeBaseline([entryOf(lastYear[0]!, 'form.docx')]);
    const twice = [lastYear[0]!, finding('1.3', lastYear[0]!.message, 50)];
    const { report } = applyPolicy([file(twice)], { ...settings, baseline });
    expect(report.files[0]!.findings).toHaveLength(1);
  });

  it('writes the same baseline for the same findings whatever their order; reads back only a baseline', () => {
    const a = applyPolicy([file(lastYear)], settings).baseline();
    const b = applyPolicy([file([...lastYear].reverse())], settings).baseline();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(parseBaseline(JSON.stringify(a))).toEqual(a);
    expect(parseBaseline('{')).toBe('not JSON');
    expect(parseBaseline('{"format":"assess-baseline","version":9,"entries":[]}')).toBe(
      'baseline version 9, expected 1',
    );
    expect(parseBaseline('{"format":"assess-baseline","version":1,"entries":[{"rule":"x"}]}')).toBe(
      'an entry lacks its file, rule or hash',
    );
  });
});
