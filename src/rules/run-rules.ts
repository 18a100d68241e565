/** Running the rules over one assessment, with the user's severities and rules turned off. */
import { obligationOf } from '../catalogue/sections.js';
import type { Catalogue } from '../catalogue/types.js';
import type { Assessment } from '../normalise/assessment.js';
import type { Finding, Rule, Severity } from './types.js';

export type RuleSetting = Severity | 'off';
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

const DEFAULT_HINT = 'see `assess explain <rule>`';

/**
 * A rule's default severity on one provision: an error on a best-practice ("should") provision or section is a
 * warning, as a missing "should" row is (every provision of the LGSCO's Code is "should"). A rule that sets a
 * result's severity itself, and the user's settings, are left alone.
 */
function followObligation(severity: Severity, provision: string | undefined, catalogue: Catalogue): Severity {
  if (severity !== 'error' || provision === undefined) return severity;
  return obligationOf(catalogue, provision) === 'should' ? 'warning' : severity;
}

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
        severity: setting ?? result.severity ?? followObligation(rule.severity, result.provision, catalogue),
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
