/** From findings to an exit code, and what `--quiet` hides: shared by `check` and `scan`. */
import { SEVERITY_RANK, countBySeverity } from '../report/findings.js';
import type { Report } from '../report/types.js';
import type { Severity } from '../rules/types.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { applySuppressions, type Config, type Suppression } from '../config/config.js';
import type { FileReport } from '../report/types.js';

export type FailOn = Severity | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

export function failOnFlag(value: string): FailOn {
  if (!(FAIL_ON_VALUES as readonly string[]).includes(value))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, not "${value}"`);
  return value as FailOn;
}

export function maxWarningsFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--max-warnings must be a whole number, not "${value}"`);
  return n;
}

export function exitFor(report: Report, failOn: FailOn, maxWarnings: number | undefined): ExitCode {
  const { error, warning, info } = report.summary;
  if (maxWarnings !== undefined && warning > maxWarnings) return EXIT.findings;
  if (failOn === 'never') return EXIT.ok;
  const counts: Record<Severity, number> = { error, warning, info };
  const failing = (Object.keys(counts) as Severity[]).some(
    (s) => counts[s] > 0 && SEVERITY_RANK[s] >= SEVERITY_RANK[failOn],
  );
  return failing ? EXIT.findings : EXIT.ok;
}

/** `--quiet`: the report without info and warnings, for display only. */
export function quietReport(report: Report): Report {
  const files = report.files.map((f) => {
    const findings = f.findings.filter((x) => x.severity === 'error');
    return { ...f, findings, counts: { ...f.counts, ...countBySeverity(findings) } };
  });
  return { ...report, files, summary: { ...report.summary, warning: 0, info: 0 } };
}

/** Drop suppressed findings from one file report and recount. Returns the suppressions it used. */
export function suppress(
  file: FileReport,
  config: Config,
  cwd: string,
): { report: FileReport; used: Set<Suppression> } {
  if (config.suppressions.length === 0) return { report: file, used: new Set() };
  const { kept, unused } = applySuppressions(file.findings, config, cwd);
  const used = new Set(config.suppressions.filter((s) => !unused.includes(s)));
  return { report: { ...file, findings: kept, counts: { ...file.counts, ...countBySeverity(kept) } }, used };
}
