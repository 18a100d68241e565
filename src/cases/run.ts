/**
 * `assess cases` without the CLI: read the log, resolve its columns, read its cases, measure every window of the
 * Code version, and return one FileReport (findings and per-window figures) for the policy and the formatters.
 */
import { loadCatalogue } from '../catalogue/load.js';
import type { Catalogue, CodeVersion } from '../catalogue/types.js';
import { capPerRule, countBySeverity, sortAndDedupe } from '../report/findings.js';
import type { Location } from '../ingest/document.js';
import type { FileReport } from '../report/types.js';
import { ruleById } from '../rules/index.js';
import type { RuleSettings } from '../rules/run-rules.js';
import type { Finding, RuleResult } from '../rules/types.js';
import { readCases, type CaseSet } from './cases.js';
import { resolveColumns, type MappingFile } from './columns.js';
import { caseFailure, type CaseFailure } from './failures.js';
import { CASE_FINDINGS } from './findings.js';
import { figures, measure, type Measured } from './measure.js';
import { readLog } from './read-log.js';
import { windowsOf } from './windows.js';
import { isoOf, type Calendar, type DayNumber } from './working-days.js';

export interface CasesOptions {
  code: CodeVersion;
  asOf: DayNumber;
  calendar: Calendar;
  mapping?: MappingFile;
  rules?: RuleSettings;
}

export interface CasesRun {
  ok: true;
  /** The log's format: findings and --explain name a CSV's lines and a spreadsheet's rows. */
  format: 'csv' | 'xlsx';
  report: FileReport;
  set: CaseSet;
  measured: Measured[];
  catalogue: Catalogue;
}

/** Results of `rule` as findings about `file`, with the user's severity; none when the rule is turned off. */
export function asFindings(
  ruleId: string,
  results: readonly RuleResult[],
  file: string,
  settings: RuleSettings = {},
): Finding[] {
  const rule = ruleById(ruleId);
  const setting = settings[ruleId];
  if (!rule || setting === 'off') return [];
  return results.map((r) => ({
    rule: ruleId,
    severity: setting ?? r.severity ?? rule.severity,
    file,
    ...(r.provision !== undefined ? { provision: r.provision } : {}),
    message: r.message,
    hint: r.hint ?? rule.docs.fix,
    ...(r.location ? { location: r.location } : {}),
  }));
}

export async function runCases(path: string, display: string, options: CasesOptions): Promise<CasesRun | CaseFailure> {
  const source = await readLog(path);
  if (!source.ok) return source;
  const columns = resolveColumns(source.headers, options.mapping);
  if (typeof columns === 'string') return caseFailure('bad-mapping', columns);
  if (columns.received === undefined)
    return caseFailure(
      'no-columns',
      `no column for the date received (columns: ${source.headers.map((h) => `"${h}"`).join(', ')})`,
    );
  const set = await readCases(source.rows, columns);
  const catalogue = loadCatalogue(options.code);
  const windows = windowsOf(catalogue);
  const measured = measure(set.cases, windows, options.calendar, options.asOf);
  const at = (line: number): Location => (source.format === 'xlsx' ? { row: line } : { line });
  const input = { set, measured, catalogue, asOf: options.asOf, at };
  const findings = capPerRule(
    sortAndDedupe(
      Object.entries(CASE_FINDINGS).flatMap(([id, build]) => asFindings(id, build(input), display, options.rules)),
    ),
  );
  const report: FileReport = {
    file: display,
    code: options.code,
    unreadable: false,
    counts: { provisions: 0, found: 0, answered: 0, ...countBySeverity(findings) },
    findings,
    cases: {
      asOf: isoOf(options.asOf),
      rowsRead: set.rowsRead,
      rowsUnusable: set.unusable,
      windows: figures(measured, windows),
    },
  };
  return { ok: true, format: source.format, report, set, measured, catalogue };
}
