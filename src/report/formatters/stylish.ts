/** The default, human format: grouped by file, one line per finding with a hint under it, then a summary line. */
import { Chalk } from 'chalk';
import type { Severity } from '../../rules/types.js';
import { locationText } from '../location-text.js';
import type { FileReport, Formatter, Report } from '../types.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function versions(report: Report): string {
  const codes = [...new Set(report.files.map((f) => f.code).filter((c) => c !== undefined))].sort();
  return codes.length === 0 ? '' : ` (${codes.join(', ')} Code)`;
}

function fileHeading(f: FileReport): string {
  if (f.unreadable) return f.file;
  const how =
    f.detection && f.detection.method === 'detected' ? `, detected ${Math.round(f.detection.confidence * 100)}%` : '';
  return `${f.file}  ${f.landlord ?? ''} · ${f.code} Code${how} · ${f.counts.found}/${f.counts.provisions} provisions, ${f.counts.answered} answered`;
}

export const stylish: Formatter = (report, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const colour: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan };
  const lines: string[] = [];
  for (const f of report.files) {
    if (f.findings.length === 0) continue;
    lines.push(c.underline(fileHeading(f)));
    const rows = f.findings.map((x) => ({
      provision: x.provision ?? '',
      location: locationText(x.location),
      severity: x.severity,
      message: x.message,
      rule: x.rule,
      hint: x.hint,
    }));
    const idWidth = Math.max(...rows.map((r) => r.provision.length));
    const locWidth = Math.max(...rows.map((r) => r.location.length));
    const whereWidth = idWidth + (locWidth > 0 ? locWidth + 2 : 0);
    for (const r of rows) {
      const where = `${r.provision.padEnd(idWidth)}${locWidth > 0 ? `  ${r.location.padEnd(locWidth)}` : ''}`;
      lines.push(`  ${c.bold(where)}  ${colour[r.severity](r.severity.padEnd(7))}  ${r.message}  ${c.dim(r.rule)}`);
      lines.push(`  ${' '.repeat(whereWidth)}  ${' '.repeat(7)}  ${c.dim(`↳ ${r.hint}`)}`);
    }
    lines.push('');
  }
  const { error, warning, info, files, unreadable } = report.summary;
  const total = error + warning + info;
  const scope = `in ${plural(files, 'file')}${versions(report)}`;
  const unreadableText = unreadable > 0 ? `, ${unreadable} unreadable` : '';
  if (total === 0) {
    lines.push(c.green(`✔ no problems ${scope}`));
  } else {
    const parts = [plural(error, 'error'), plural(warning, 'warning'), ...(info > 0 ? [`${info} info`] : [])];
    const mark = error > 0 ? c.red.bold('✖') : c.yellow.bold('⚠');
    lines.push(`${mark} ${parts.join(', ')} ${scope}${unreadableText}`);
  }
  return `${lines.join('\n')}\n`;
};
