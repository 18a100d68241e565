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
