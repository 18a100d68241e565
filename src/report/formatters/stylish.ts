/**
 * The default, human format: grouped by file, one entry per finding (provision, location, severity, message,
 * rule id) with its hint under it, then a summary line. Fitted to the screen's width: messages and hints wrap at
 * word boundaries under their own column, as ESLint's stylish and Ruff do. Control characters in anything the
 * document supplied (a landlord's name, a quoted sentence) are removed: they could drive the terminal.
 */
import { Chalk } from 'chalk';
import type { Severity } from '../../rules/types.js';
import { printable, wrapWords } from '../../util/terminal-text.js';
import { locationText } from '../location-text.js';
import type { FileReport, Formatter, Report } from '../types.js';
import { groupFindings } from '../group-findings.js';
import { plural } from '../../util/text.js';

/** Below this many columns for the message, it goes on its own lines under the provision instead. */
const MIN_MESSAGE_COLUMNS = 30;

/** "(2022, 2024 Code)"; a Code named otherwise by its own name: "(2024 Code; LGSCO Complaint Handling Code 2024)". */
function versions(report: Report): string {
  const read = report.files.filter((f) => f.code !== undefined);
  const names = [...new Set(read.map((f) => f.codeName ?? `${f.code} Code`))].sort();
  const short = names.filter((n) => /^\S+ Code$/.test(n)).map((n) => n.slice(0, -' Code'.length));
  const parts = [
    ...(short.length > 0 ? [`${short.join(', ')} Code`] : []),
    ...names.filter((n) => !/^\S+ Code$/.test(n)),
  ];
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`;
}

/**
 * "pages 1-3 read by OCR, mean confidence 94%": which scanned pages were recognised, and how surely. Pages of a
 * form joined from parts (`check --join`) name their part: "pages 1-2 (a.pdf), 4 (b.pdf) read by OCR, …".
 */
export function ocrPart(pages: readonly { page: number; confidence: number; part?: string }[]): string {
  const groups: string[] = [];
  for (let i = 0; i < pages.length;) {
    const part = pages[i]?.part;
    const spans: string[] = [];
    while (i < pages.length && pages[i]?.part === part) {
      let j = i;
      while (j + 1 < pages.length && pages[j + 1]?.part === part && pages[j + 1]?.page === (pages[j]?.page ?? 0) + 1)
        j++;
      spans.push(j > i ? `${pages[i]?.page}-${pages[j]?.page}` : String(pages[i]?.page));
      i = j + 1;
    }
    groups.push(part !== undefined ? `${spans.join(', ')} (${printable(part)})` : spans.join(', '));
  }
  const mean = pages.length ? pages.reduce((s, p) => s + p.confidence, 0) / pages.length : 0;
  return `${pages.length === 1 ? 'page' : 'pages'} ${groups.join(', ')} read by OCR, mean confidence ${Math.round(mean)}%`;
}

/** The file, then its facts; parts that do not fit the width go on continuation lines. */
function fileHeading(f: FileReport, width: number): string[] {
  if (f.unreadable) return [printable(f.file)];
  const how =
    f.detection && f.detection.method === 'detected' ? `, detected ${Math.round(f.detection.confidence * 100)}%` : '';
  const landlord = `${printable(f.landlord ?? '')}${f.landlordSource === 'file name' ? ' (landlord: from file name)' : ''}`;
  const parts = [
    landlord,
    `${f.codeName ?? `${f.code} Code`}${how}`,
    `${f.counts.found}/${f.counts.provisions} ${f.layout ?? 'provisions'}, ${f.counts.answered} answered`,
    ...(f.ocr ? [ocrPart(f.ocr.pages)] : []),
  ];
  const lines: string[] = [];
  let line = `${printable(f.file)}  ${parts[0]}`;
  for (const part of parts.slice(1)) {
    if (line.length + 3 + part.length <= width) line += ` · ${part}`;
    else {
      lines.push(line);
      line = `  ${part}`;
    }
  }
  lines.push(line);
  return lines;
}

/** A case log's figures (`assess cases`): one line per window, then the rows read. */
function caseFigures(f: FileReport, width: number): string[] {
  const figures = f.cases;
  if (!figures) return [];
  // Two lines a window, each within 80 columns: what it is with its totals, then how the cases fared.
  const lines = figures.windows.flatMap((w) => {
    const median =
      w.medianWorkingDays === null ? '' : `; median ${w.medianWorkingDays}, 90th percentile ${w.p90WorkingDays} WD`;
    // wrapWords trims leading spaces: the indents are added after wrapping.
    const head = `${w.label} (${w.provision}, ${w.limit} WD): ${plural(w.cases, 'case')}${median}`;
    const fared = `${w.inTime} in time, ${w.extended} extended, ${w.late} late, ${w.open} open, ${w.overdue} overdue`;
    return [
      ...wrapWords(head, width - 2, '  ').map((l) => `  ${l}`),
      ...wrapWords(fared, width - 4, '  ').map((l) => `    ${l}`),
    ];
  });
  lines.push(
    ...wrapWords(
      `${plural(figures.rowsRead, 'row')} read, ${figures.rowsUnusable} could not be used; open cases as of ${figures.asOf}`,
      width - 2,
      '  ',
    ).map((l) => `  ${l}`),
    '',
  );
  return lines;
}

export const stylish: Formatter = (report, ctx) => {
  const width = ctx.width ?? 80;
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const colour: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan };
  const lines: string[] = [];
  for (const f of report.files) {
    if (f.cases) {
      lines.push(
        c.underline(`${printable(f.file)}  ${f.code} Code timescales, in working days`),
        ...caseFigures(f, width),
      );
      if (f.findings.length === 0) continue;
    } else if (f.findings.length === 0) continue;
    else lines.push(...fileHeading(f, width).map((l) => c.underline(l)));
    const rows = groupFindings(f.findings, ctx.rules).map((x) => ({
      provision: printable(x.provision ?? ''),
      location: locationText(x.location),
      severity: x.severity,
      message: printable(x.message),
      rule: x.rule,
      hint: printable(x.hint),
    }));
    const idWidth = Math.max(...rows.map((r) => r.provision.length));
    const locWidth = Math.max(...rows.map((r) => r.location.length));
    const whereWidth = idWidth + (locWidth > 0 ? locWidth + 2 : 0);
    // "  <where>  <severity>  <message …>"
    const inline = 2 + whereWidth + 2 + 7 + 2;
    const column = width - inline >= MIN_MESSAGE_COLUMNS ? inline : 6;
    const pad = ' '.repeat(column);
    for (const r of rows) {
      const where = `${r.provision.padEnd(idWidth)}${locWidth > 0 ? `  ${r.location.padEnd(locWidth)}` : ''}`;
      const lead = `  ${c.bold(where)}  ${colour[r.severity](r.severity.padEnd(7))}  `;
      const text = wrapWords(`${r.message}  ${r.rule}`, width - column).map((l) =>
        l.endsWith(r.rule) ? `${l.slice(0, l.length - r.rule.length)}${c.dim(r.rule)}` : l,
      );
      if (column === inline) lines.push(`${lead}${text[0] ?? ''}`, ...text.slice(1).map((l) => `${pad}${l}`));
      else lines.push(lead.trimEnd(), ...text.map((l) => `${pad}${l}`));
      lines.push(...wrapWords(`↳ ${r.hint}`, width - column, '  ').map((l) => `${pad}${c.dim(l)}`));
    }
    lines.push('');
  }
  const { error, warning, info, files, unreadable } = report.summary;
  const total = error + warning + info;
  const scope = `in ${plural(files, 'file')}${versions(report)}`;
  const unreadableText = unreadable > 0 ? `, ${unreadable} unreadable` : '';
  const hidden = ctx.quiet && warning + info > 0 ? ' (only errors shown: --quiet)' : '';
  if (total === 0) {
    lines.push(...wrapWords(`✔ no problems ${scope}`, width, '  ').map((l) => c.green(l)));
  } else {
    const parts = [plural(error, 'error'), plural(warning, 'warning'), ...(info > 0 ? [`${info} info`] : [])];
    const mark = error > 0 ? c.red.bold('✖') : c.yellow.bold('⚠');
    const summary = wrapWords(`${parts.join(', ')} ${scope}${unreadableText}${hidden}`, width - 2, '');
    lines.push(`${mark} ${summary[0] ?? ''}`, ...summary.slice(1).map((l) => `  ${l}`));
  }
  return `${lines.join('\n')}\n`;
};
