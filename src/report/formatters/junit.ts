/**
 * `--format junit`: JUnit XML for CI test reporters (GitLab, Jenkins, Azure, test-reporter actions).
 *
 * One `<testsuite>` per file. The report carries no list of the provisions a file was checked
 * against, only counts, so the test cases are, honestly, what can be named:
 * - one `<testcase>` named after each provision that has findings, and
 * - one `<testcase name="(document)">` for the file as a whole, which passes when there is no
 *   file-level finding (a finding without a provision).
 * `tests` is the number of those cases; the catalogue counts are given as suite `<properties>`.
 *
 * Each error or warning finding is a `<failure type="rule-id">` in its case; info findings are
 * not failures and go to the case's `<system-out>`. A file that could not be read has an `<error>`
 * in its "(document)" case. `failures` and `errors` count test cases (a case with an error counts
 * as an error only), as JUnit consumers expect; the root `<testsuites>` carries the totals.
 */
import type { Finding } from '../../rules/types.js';
import { locationText } from '../location-text.js';
import type { FileReport, Formatter } from '../types.js';

const DOCUMENT = '(document)';
const UNREADABLE_RULE = 'unreadable-document';

/** Characters XML 1.0 cannot carry at all, not even as references: C0 controls but tab, LF, CR. */
// eslint-disable-next-line no-control-regex -- these are the characters to remove
const C0 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
/** Unpaired surrogates and the non-characters U+FFFE/U+FFFF. */
const NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;
/** Allowed but discouraged controls (DEL, C1): written as character references. */
const DISCOURAGED = /[\u007F-\u009F]/g;

const hex4 = (c: string): string => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

function clean(s: string): string {
  return s
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(C0, (c) => `\\u${hex4(c)}`)
    .replace(DISCOURAGED, (c) => `&#x${hex4(c)};`)
    .replace(/\r/g, '&#13;');
}

/** Escaped for element content. */
export const xmlText = (s: string): string => clean(s);

/** Escaped for a double-quoted attribute value (whitespace kept through attribute normalisation). */
export const xmlAttr = (s: string): string =>
  clean(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');

interface Case {
  name: string;
  failures: Finding[];
  errors: Finding[];
  infos: Finding[];
}

function cases(file: FileReport): Case[] {
  const byName = new Map<string, Case>([[DOCUMENT, { name: DOCUMENT, failures: [], errors: [], infos: [] }]]);
  for (const f of file.findings) {
    const name = f.provision ?? DOCUMENT;
    let c = byName.get(name);
    if (!c) {
      c = { name, failures: [], errors: [], infos: [] };
      byName.set(name, c);
    }
    if (f.rule === UNREADABLE_RULE) c.errors.push(f);
    else if (f.severity === 'info') c.infos.push(f);
    else c.failures.push(f);
  }
  const doc = byName.get(DOCUMENT)!;
  if (file.unreadable && doc.errors.length === 0) {
    doc.errors.push({
      rule: UNREADABLE_RULE,
      severity: 'error',
      file: file.file,
      message: 'The file could not be read.',
      hint: '',
    });
  }
  return [...byName.values()];
}

function body(f: Finding): string {
  const where = locationText(f.location);
  return [
    f.message,
    ...(f.hint ? [`Hint: ${f.hint}`] : []),
    ...(where ? [`Location: ${where}`] : []),
    `Severity: ${f.severity}`,
  ].join('\n');
}

const problem = (tag: 'failure' | 'error', f: Finding): string =>
  `      <${tag} message="${xmlAttr(f.message)}" type="${xmlAttr(f.rule)}">${xmlText(body(f))}</${tag}>`;

function testcase(file: string, c: Case): string[] {
  const open = `    <testcase classname="${xmlAttr(file)}" name="${xmlAttr(c.name)}" file="${xmlAttr(file)}"`;
  if (c.errors.length + c.failures.length + c.infos.length === 0) return [`${open}/>`];
  const lines = [`${open}>`];
  for (const f of c.errors) lines.push(problem('error', f));
  for (const f of c.failures) lines.push(problem('failure', f));
  if (c.infos.length > 0) {
    const notes = c.infos.map((f) => `${f.severity} ${f.rule}: ${body(f)}`).join('\n\n');
    lines.push(`      <system-out>${xmlText(notes)}</system-out>`);
  }
  lines.push('    </testcase>');
  return lines;
}

function properties(file: FileReport): string[] {
  const props: [string, string][] = [];
  if (file.landlord !== undefined) props.push(['landlord', file.landlord]);
  if (file.code !== undefined) props.push(['code', file.code]);
  if (file.format !== undefined) props.push(['format', file.format]);
  if (!file.unreadable) {
    props.push(['provisions_expected', String(file.counts.provisions)]);
    props.push(['provisions_found', String(file.counts.found)]);
    props.push(['answered', String(file.counts.answered)]);
  }
  if (props.length === 0) return [];
  return [
    '    <properties>',
    ...props.map(([k, v]) => `      <property name="${xmlAttr(k)}" value="${xmlAttr(v)}"/>`),
    '    </properties>',
  ];
}

export const junit: Formatter = (report) => {
  const totals = { tests: 0, failures: 0, errors: 0 };
  const suites: string[] = [];
  for (const file of report.files) {
    const cs = cases(file);
    const errors = cs.filter((c) => c.errors.length > 0).length;
    const failures = cs.filter((c) => c.errors.length === 0 && c.failures.length > 0).length;
    totals.tests += cs.length;
    totals.failures += failures;
    totals.errors += errors;
    suites.push(
      `  <testsuite name="${xmlAttr(file.file)}" tests="${cs.length}" failures="${failures}" errors="${errors}" skipped="0">`,
      ...properties(file),
      ...cs.flatMap((c) => testcase(file.file, c)),
      '  </testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttr(report.tool.name)}" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
