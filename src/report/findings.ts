/** Findings are sorted and de-duplicated once, here, before any formatter sees them. */
import type { Location } from '../ingest/document.js';
import type { Finding, Severity } from '../rules/types.js';
import { compareIds } from '../util/provision-order.js';

const LOCATION_KEYS = ['page', 'table', 'row', 'line', 'paragraph', 'column'] as const;

function compareLocations(a: Location | undefined, b: Location | undefined): number {
  for (const key of LOCATION_KEYS) {
    const x = a?.[key] ?? 0;
    const y = b?.[key] ?? 0;
    if (x !== y) return x - y;
  }
  return 0;
}

const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** File, then provision in natural order (document-level findings first), then location, rule, message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    text(a.file, b.file) ||
    (a.provision === undefined
      ? b.provision === undefined
        ? 0
        : -1
      : b.provision === undefined
        ? 1
        : compareIds(a.provision, b.provision)) ||
    compareLocations(a.location, b.location) ||
    text(a.rule, b.rule) ||
    text(a.message, b.message)
  );
}

/**
 * Two findings are the same when they say the same thing about the same provision: a row pasted twice gives its
 * findings once, at the first place (duplicate-provision reports the copy). Findings about no provision (the
 * document as a whole) are told apart by where they are.
 */
const key = (f: Finding): string =>
  JSON.stringify([
    f.file,
    f.rule,
    f.severity,
    f.provision ?? '',
    f.message,
    f.provision === undefined ? LOCATION_KEYS.map((k) => f.location?.[k] ?? null) : null,
  ]);

export function sortAndDedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return [...findings].sort(compareFindings).filter((f) => {
    const k = key(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Most findings of one rule listed for one file; the rest are counted in one more finding. */
export const MAX_FINDINGS_PER_RULE = 100;

/**
 * Bounded output: at most `max` findings of each rule for one file (the first, in sorted order), and for a
 * rule with more, one finding more that counts the rest, at the most severe of their severities. A runaway
 * input (a million-line YAML, a table pasted 500 times) then cannot make a runaway report.
 */
export function capPerRule(findings: readonly Finding[], max = MAX_FINDINGS_PER_RULE): Finding[] {
  const listed = new Map<string, number>();
  const dropped = new Map<string, { first: Finding; count: number; severity: Severity }>();
  const out: Finding[] = [];
  for (const f of findings) {
    const n = listed.get(f.rule) ?? 0;
    if (n < max) {
      listed.set(f.rule, n + 1);
      out.push(f);
      continue;
    }
    const d = dropped.get(f.rule);
    if (!d) dropped.set(f.rule, { first: f, count: 1, severity: f.severity });
    else {
      d.count++;
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[d.severity]) d.severity = f.severity;
    }
  }
  for (const [rule, d] of dropped) {
    out.push({
      rule,
      severity: d.severity,
      file: d.first.file,
      message: `${d.count} more ${rule} findings in this file are not listed (at most ${max} of a rule)`,
      hint: 'fix the ones listed and check again; so many usually mean a layout that was not read as it was meant',
    });
  }
  return dropped.size > 0 ? [...out].sort(compareFindings) : out;
}
