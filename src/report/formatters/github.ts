/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding:
 *
 *   ::error file=forms/a.yaml,line=41,title=missing-answer (6.14)::Provision 6.14 has no answer — Answer Yes, No, …
 *
 * warning → `::warning`, info → `::notice`. `line` is given only for a line of the file itself
 * (YAML); a PDF page/line or a DOCX table/row is not one, so it is named in the message instead.
 * Escaping follows the runner: in the message `%`, CR and LF are percent-encoded; in properties
 * `:` and `,` are too.
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { Finding, Severity } from '../../rules/types.js';
import { locationText } from '../location-text.js';
import type { Formatter } from '../types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Annotations need a workspace-relative path; an absolute path under cwd is made relative. */
function annotationPath(file: string, cwd: string): string {
  let p = file;
  if (isAbsolute(file)) {
    const rel = relative(cwd, file);
    if (rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) p = rel;
  }
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

function annotation(f: Finding, cwd: string): string {
  const line = f.location?.line !== undefined && f.location.page === undefined ? f.location.line : undefined;
  const props = [`file=${escapeProperty(annotationPath(f.file, cwd))}`];
  if (line !== undefined) props.push(`line=${line}`);
  props.push(`title=${escapeProperty(f.provision !== undefined ? `${f.rule} (${f.provision})` : f.rule)}`);
  const where = line === undefined ? locationText(f.location) : '';
  const text = `${f.message}${where ? ` (${where})` : ''}${f.hint ? ` — ${f.hint}` : ''}`;
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(text)}`;
}

export const github: Formatter = (report, ctx) => {
  const lines = report.files.flatMap((file) => file.findings.map((f) => annotation(f, ctx.cwd)));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
