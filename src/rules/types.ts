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

/**
 * How a formatter for the screen may show many findings of one rule in a file as one line (stylish, at five or
 * more): the report itself keeps one finding each.
 */
export interface FindingGroup {
  /** Which of the rule's findings are grouped (default: every one about a provision). */
  when?: (finding: Finding) => boolean;
  /** The line: `count` findings, about the provisions `ranges` ("6.1-6.20, 9.8") of `sections` ("sections 6 to 9"). */
  message: (group: { count: number; ranges: string; sections: string }) => string;
  hint: string;
}

export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  docs: RuleDocs;
  /** The per-file count column this rule feeds in summary reports (`--format csv`), if any. */
  summaryColumn?: string;
  /** How stylish shows many of its findings in one file as one line. */
  group?: FindingGroup;
  check(assessment: Assessment, catalogue: Catalogue): RuleResult[];
}
