/** Gathering per-file reports into the one report every formatter receives. */
import type { FileReport, Report } from './types.js';
import type { RuleMeta } from './types.js';
import type { Rule } from '../rules/types.js';

export const TOOL_NAME = 'assess';

export function buildReport(files: FileReport[], version: string): Report {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const summary = { files: sorted.length, unreadable: 0, error: 0, warning: 0, info: 0 };
  for (const f of sorted) {
    if (f.unreadable) summary.unreadable++;
    summary.error += f.counts.error;
    summary.warning += f.counts.warning;
    summary.info += f.counts.info;
  }
  return { tool: { name: TOOL_NAME, version }, files: sorted, summary };
}

/** A rule's metadata for the formatters; its help link is the README's anchor in `repository`, when known. */
export const ruleMeta = (rule: Rule, repository?: string): RuleMeta => ({
  id: rule.id,
  severity: rule.severity,
  description: rule.description,
  why: rule.docs.why,
  fix: rule.docs.fix,
  ...(repository ? { helpUri: `${repository}/blob/main/README.md#${rule.id}` } : {}),
  ...(rule.summaryColumn ? { summaryColumn: rule.summaryColumn } : {}),
  ...(rule.group ? { group: rule.group } : {}),
});
