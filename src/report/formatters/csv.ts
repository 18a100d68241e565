/**
 * `--format csv`: the auditors' summary table, one row per file (not per finding), e.g. for
 * `assess scan submissions/ --format csv -o summary.csv`.
 *
 * Columns: file, landlord, code, provisions_expected, provisions_found, answered, then one count column per
 * rule that names one (its `summaryColumn`: missing_answers, unexplained_noncompliance, timescale_breaches,
 * claims_contradicted, ... in the rule registry's order), then errors, warnings, status — where status is
 * `unreadable`, `fail` (any error), `warn` (any warning) or `pass`. No rule id is named here: a new rule
 * with a summary column appears by itself. For an unreadable file the landlord, code and provision counts
 * are unknown and left empty.
 *
 * RFC 4180 quoting as needed, "\n" between records. Text that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) is prefixed with an apostrophe: the file names and landlord
 * names come from the submissions being audited.
 */
import { stringify } from 'csv-stringify/sync';
import type { FileReport, Formatter, RuleMeta } from '../types.js';

const LEADING = ['file', 'landlord', 'code', 'provisions_expected', 'provisions_found', 'answered'] as const;
const TRAILING = ['errors', 'warnings', 'status'] as const;

/** The header: the file's own columns, one count column per rule that names one, the totals. */
export const csvColumns = (rules: readonly RuleMeta[]): string[] => [
  ...LEADING,
  ...rules.flatMap((r) => (r.summaryColumn ? [r.summaryColumn] : [])),
  ...TRAILING,
];

/** Neutralise spreadsheet formulas in text cells (OWASP CSV injection). */
const text = (s: string | undefined): string => (s === undefined ? '' : /^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

const countRule = (f: FileReport, rule: string): number => f.findings.filter((x) => x.rule === rule).length;

function status(f: FileReport): string {
  if (f.unreadable) return 'unreadable';
  if (f.counts.error > 0) return 'fail';
  if (f.counts.warning > 0) return 'warn';
  return 'pass';
}

function row(f: FileReport, rules: readonly RuleMeta[]): Record<string, string | number> {
  const known = !f.unreadable;
  return {
    file: text(f.file),
    landlord: text(f.landlord),
    code: f.code ?? '',
    provisions_expected: known ? f.counts.provisions : '',
    provisions_found: known ? f.counts.found : '',
    answered: known ? f.counts.answered : '',
    ...Object.fromEntries(rules.flatMap((r) => (r.summaryColumn ? [[r.summaryColumn, countRule(f, r.id)]] : []))),
    errors: f.counts.error,
    warnings: f.counts.warning,
    status: status(f),
  };
}

export const csv: Formatter = (report, ctx) =>
  stringify(
    report.files.map((f) => row(f, ctx.rules)),
    { header: true, columns: csvColumns(ctx.rules), record_delimiter: 'unix', eof: true },
  );
