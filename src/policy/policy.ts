/**
 * The one stage after the rules: suppressions, the failing threshold (`--fail-on`, `--max-warnings`) and what
 * the run says about them, applied once to every file of a run. Findings in; the final report, whether the
 * run fails, and the notes for stderr out. `--quiet` is not here: it changes what the screen shows only.
 */
import {
  applySuppressions,
  configRoot,
  globMatcher,
  relativeToRoot,
  type Config,
  type Suppression,
} from '../config/config.js';
import { buildReport } from '../report/build-report.js';
import { countBySeverity, SEVERITY_RANK } from '../report/findings.js';
import type { FileReport, Report } from '../report/types.js';
import type { Severity } from '../rules/types.js';
import { entryOf, makeBaseline, matchBaseline, type Baseline } from './baseline.js';

export type FailOn = Severity | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

export interface PolicySettings {
  failOn: FailOn;
  maxWarnings?: number;
  config: Config;
  cwd: string;
  version: string;
  /** `--baseline`: findings in it are not reported. */
  baseline?: Baseline;
}

export interface PolicyOutcome {
  report: Report;
  /** Findings at or above --fail-on, or more warnings than --max-warnings. */
  failing: boolean;
  /** One line each for stderr: suppressions that matched nothing, a run failed only by --max-warnings. */
  notes: string[];
  /**
   * Every finding after suppressions (before `--baseline`), as a baseline: what `--write-baseline` writes. Made
   * when asked for (each finding's quoted words hashed), not on every run.
   */
  baseline: () => Baseline;
}

export function applyPolicy(files: readonly FileReport[], settings: PolicySettings): PolicyOutcome {
  const { config, cwd } = settings;
  const used = new Set<Suppression>();
  const kept = files.map((file) => {
    if (config.suppressions.length === 0) return file;
    const { kept: findings, unused } = applySuppressions(file.findings, config, cwd);
    config.suppressions.filter((s) => !unused.includes(s)).forEach((s) => used.add(s));
    return { ...file, findings, counts: { ...file.counts, ...countBySeverity(findings) } };
  });
  const notes = unusedSuppressions(config, files, used, cwd);
  // Files are named in a baseline as in the configuration: relative to its folder (else the working directory).
  const root = configRoot(config, cwd);
  const fileKey = (file: FileReport): string => relativeToRoot(file.file, root, cwd);
  const baseline = (): Baseline => makeBaseline(kept.flatMap((f) => f.findings.map((x) => entryOf(x, fileKey(f)))));
  const fresh = settings.baseline ? withoutBaseline(kept, settings.baseline, fileKey, notes) : kept;
  const report = buildReport(fresh, settings.version);
  const bySeverity = failsBySeverity(report, settings.failOn);
  const byWarnings = settings.maxWarnings !== undefined && report.summary.warning > settings.maxWarnings;
  if (byWarnings && !bySeverity) {
    const n = report.summary.warning;
    notes.push(`${n} warning${n === 1 ? '' : 's'}, more than --max-warnings ${settings.maxWarnings}: the run fails`);
  }
  return { report, failing: bySeverity || byWarnings, notes, baseline };
}

/** The files with the findings a baseline knows taken out, and a note of how many matched and how many are gone. */
function withoutBaseline(
  files: readonly FileReport[],
  baseline: Baseline,
  fileKey: (file: FileReport) => string,
  notes: string[],
): FileReport[] {
  const matcher = matchBaseline(baseline);
  const out = files.map((file) => {
    const findings = file.findings.filter((x) => !matcher.isKnown(x, fileKey(file)));
    return findings.length === file.findings.length
      ? file
      : { ...file, findings, counts: { ...file.counts, ...countBySeverity(findings) } };
  });
  const { matched, gone } = matcher.finish();
  notes.push(
    `baseline: ${matched} known finding${matched === 1 ? '' : 's'} not reported, ${gone} baseline entr${gone === 1 ? 'y' : 'ies'} no longer found`,
  );
  return out;
}

function failsBySeverity(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const counts: Record<Severity, number> = report.summary;
  return (Object.keys(SEVERITY_RANK) as Severity[]).some(
    (s) => counts[s] > 0 && SEVERITY_RANK[s] >= SEVERITY_RANK[failOn],
  );
}

/**
 * Suppressions that matched no finding, among those that could have: one whose `files` glob names none of
 * this run's files is about another run (`assess check` of one form), not stale.
 */
function unusedSuppressions(
  config: Config,
  files: readonly FileReport[],
  used: ReadonlySet<Suppression>,
  cwd: string,
): string[] {
  const root = configRoot(config, cwd);
  const inRun = files.map((f) => relativeToRoot(f.file, root, cwd));
  return config.suppressions
    .filter((s) => !used.has(s))
    .filter((s) => s.files === undefined || inRun.some(globMatcher(s.files)))
    .map((s) => {
      const where = config.file
        ? `${relativeToRoot(config.file, cwd, cwd)}${s.location?.line ? `:${s.location.line}` : ''}`
        : 'config';
      const what = `${s.rule}${s.provision ? ` on ${s.provision}` : ''}${s.files ? ` in ${s.files}` : ''}`;
      return `${where}: suppression of ${what} matched nothing`;
    });
}

/** `--quiet`: the report as the screen shows it, errors only; the counts stay the run's own. */
export function quietView(report: Report): Report {
  const files = report.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') }));
  return { ...report, files };
}
