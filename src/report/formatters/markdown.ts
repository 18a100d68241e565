/**
 * `--format markdown`: a report for a pull-request comment or a job summary ($GITHUB_STEP_SUMMARY):
 * a heading, a summary line, then per file with findings a table
 * | Severity | Provision | Rule | Message | Hint | Location |, and the files without findings.
 * Cell text is escaped (`|`, `\`, HTML-significant `<`, `>`, `&`), line breaks become `<br>`.
 */
import type { Severity } from '../../rules/types.js';
import { locationText } from '../location-text.js';
import type { CaseWindowFigures, FileReport, Formatter, Report } from '../types.js';
import { plural } from '../../util/text.js';

/** Text safe inside a GFM table cell. */
export const cell = (s: string): string =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');

/** Inline code that survives backticks in the text. */
function code(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s.replace(/\r\n|\r|\n/g, ' ')}${pad}${fence}`;
}

const SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

function summaryLine(report: Report): string {
  const { error, warning, info, files, unreadable } = report.summary;
  const codes = [...new Set(report.files.map((f) => f.code).filter((c) => c !== undefined))].sort();
  const scope = `in ${plural(files, 'file')}${codes.length > 0 ? ` (${codes.join(', ')} Code)` : ''}`;
  const unreadableText = unreadable > 0 ? `; ${unreadable} unreadable` : '';
  if (error + warning + info === 0) return `✅ No problems found ${scope}.`;
  const parts = [plural(error, 'error'), plural(warning, 'warning'), `${info} info`];
  return `${error > 0 ? '❌' : '⚠️'} **${parts.join(', ')}** ${scope}${unreadableText}.`;
}

/** A case log's per-window figures as a GFM table (also the governing-body report's). */
export function caseWindowTable(windows: readonly CaseWindowFigures[]): string[] {
  return [
    '| Window | Provision | Limit | Cases | In time | Extended | Late | Open | Overdue | Median | 90th pct |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...windows.map(
      (w) =>
        `| ${cell(w.label)} | ${cell(w.provision)} | ${w.limit} | ${w.cases} | ${w.inTime} | ${w.extended} | ${w.late} | ${w.open} | ${w.overdue} | ${w.medianWorkingDays ?? ''} | ${w.p90WorkingDays ?? ''} |`,
    ),
  ];
}

/** `assess cases`: the per-window figures as a table. */
function caseTable(f: FileReport): string[] {
  if (!f.cases) return [];
  return [
    `${f.code} Code timescales in working days; ${plural(f.cases.rowsRead, 'row')} read, ${f.cases.rowsUnusable} could not be used; open cases as of ${f.cases.asOf}.`,
    '',
    ...caseWindowTable(f.cases.windows),
    '',
  ];
}

function fileSection(f: FileReport, helpUris: Map<string, string>): string[] {
  const lines = [`### ${code(f.file)}`, ''];
  if (f.cases) {
    lines.push(...caseTable(f));
    if (f.findings.length === 0) return lines;
  } else if (f.unreadable) {
    lines.push('Could not be read.', '');
  } else {
    const about = [
      ...(f.landlord ? [cell(f.landlord)] : []),
      ...(f.code ? [f.codeName ?? `${f.code} Code`] : []),
      `${f.counts.found}/${f.counts.provisions} ${f.layout ?? 'provisions'} found, ${f.counts.answered} answered`,
    ];
    lines.push(about.join(' · '), '');
  }
  lines.push('| Severity | Provision | Rule | Message | Hint | Location |', '| --- | --- | --- | --- | --- | --- |');
  for (const x of f.findings) {
    const uri = helpUris.get(x.rule);
    const rule = uri ? `[${cell(x.rule)}](${uri})` : cell(x.rule);
    lines.push(
      `| ${SEVERITY[x.severity]} | ${cell(x.provision ?? '')} | ${rule} | ${cell(x.message)} | ${cell(x.hint)} | ${cell(locationText(x.location))} |`,
    );
  }
  lines.push('');
  return lines;
}

export const markdown: Formatter = (report, ctx) => {
  const helpUris = new Map(ctx.rules.flatMap((r) => (r.helpUri ? [[r.id, r.helpUri] as const] : [])));
  const lines = [`## ${cell(report.tool.name)} — Complaint Handling Code self-assessment`, '', summaryLine(report), ''];
  const clean: string[] = [];
  for (const f of report.files) {
    if (f.findings.length === 0 && !f.unreadable && !f.cases) clean.push(f.file);
    else lines.push(...fileSection(f, helpUris));
  }
  if (clean.length > 0 && clean.length < report.files.length) {
    lines.push(`No problems in ${plural(clean.length, 'file')}: ${clean.map(code).join(', ')}`, '');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
};
