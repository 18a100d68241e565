/**
 * `--format csv`: the auditors' summary table, one row per file (not per finding), e.g. for
 * `assess scan submissions/ --format csv -o summary.csv`.
 *
 * Columns: file, landlord, code, provisions_expected, provisions_found, answered, missing_answers,
 * unexplained_noncompliance, timescale_breaches, errors, warnings, status — where the three per-rule
 * columns count findings of `missing-answer`, `unexplained-noncompliance` and `timescale-breach`,
 * and status is `unreadable`, `fail` (any error), `warn` (any warning) or `pass`. For an unreadable
 * file the landlord, code and provision counts are unknown and left empty.
 *
 * RFC 4180 quoting as needed, "\n" between records. Text that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) is prefixed with an apostrophe: the file names and landlord
 * names come from the submissions being audited.
 */
import { stringify } from 'csv-stringify/sync';
import type { FileReport, Formatter } from '../types.js';

export const CSV_COLUMNS = [
  'file',
  'landlord',
  'code',
  'provisions_expected',
  'provisions_found',
  'answered',
  'missing_answers',
  'unexplained_noncompliance',
  'timescale_breaches',
  'errors',
  'warnings',
  'status',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

/** Neutralise spreadsheet formulas in text cells (OWASP CSV injection). */
const text = (s: string | undefined): string => (s === undefined ? '' : /^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

const countRule = (f: FileReport, rule: string): number => f.findings.filter((x) => x.rule === rule).length;

function status(f: FileReport): string {
  if (f.unreadable) return 'unreadable';
  if (f.counts.error > 0) return 'fail';
  if (f.counts.warning > 0) return 'warn';
  return 'pass';
}

function row(f: FileReport): Record<Column, string | number> {
  const known = !f.unreadable;
  return {
    file: text(f.file),
    landlord: text(f.landlord),
    code: f.code ?? '',
    provisions_expected: known ? f.counts.provisions : '',
    provisions_found: known ? f.counts.found : '',
    answered: known ? f.counts.answered : '',
    missing_answers: countRule(f, 'missing-answer'),
    unexplained_noncompliance: countRule(f, 'unexplained-noncompliance'),
    timescale_breaches: countRule(f, 'timescale-breach'),
    errors: f.counts.error,
    warnings: f.counts.warning,
    status: status(f),
  };
}

export const csv: Formatter = (report) =>
  stringify(report.files.map(row), { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'unix', eof: true });
