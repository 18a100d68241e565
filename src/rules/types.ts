/** The contract between rules and formatters. */
import type { Catalogue } from '../catalogue/types.js';
import type { Location } from '../ingest/document.js';
import type { Assessment } from '../normalise/assessment.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface Finding {
  rule: string;
  severity: Severity;
  /** The file the finding is about, as given on the command line (relative where possible). */
  file: string;
  provision?: string;
  message: string;
  hint: string;
  location?: Location;
}

/** What a rule returns: the file and, unless it chooses, the severity are filled in by the runner. */
export interface RuleResult {
  provision?: string;
  message: string;
  hint?: string;
  location?: Location;
  /** Override of the rule's default severity for this one result (e.g. must vs should). */
  severity?: Severity;
}

export interface RuleDocs {
  /** Why the rule exists. */
  why: string;
  /** How to fix what it reports. */
  fix: string;
  /** Example of a failing input, as a form row or YAML. */
  example?: string;
}

export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  docs: RuleDocs;
  /** The per-file count column this rule feeds in summary reports (`--format csv`), if any. */
  summaryColumn?: string;
  check(assessment: Assessment, catalogue: Catalogue): RuleResult[];
}
