/** Running the rules over one assessment, with the user's severities and rules turned off. */
import type { Catalogue } from '../catalogue/types.js';
import type { Assessment } from '../normalise/assessment.js';
import type { Finding, Rule, Severity } from './types.js';

export type RuleSetting = Severity | 'off';
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

const DEFAULT_HINT = 'see `assess explain <rule>`';

export function runRules(
  assessment: Assessment,
  catalogue: Catalogue,
  rules: readonly Rule[],
  settings: RuleSettings = {},
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = settings[rule.id];
    if (setting === 'off') continue;
    for (const result of rule.check(assessment, catalogue)) {
      findings.push({
        rule: rule.id,
        severity: setting ?? result.severity ?? rule.severity,
        file: assessment.file,
        ...(result.provision !== undefined ? { provision: result.provision } : {}),
        message: result.message,
        hint: result.hint ?? DEFAULT_HINT.replace('<rule>', rule.id),
        ...(result.location ? { location: result.location } : {}),
      });
    }
  }
  return findings;
}
