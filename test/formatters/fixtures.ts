/**
 * Fixed reports for the formatter tests: plain data, as buildReport would hand it over (files sorted, findings sorted).
 */
import { ruleMeta } from '../../src/report/build-report.js';
import type { FileReport, FormatContext, Report } from '../../src/report/types.js';
import { rules } from '../../src/rules/index.js';
import type { Finding } from '../../src/rules/types.js';

export const CWD = '/work/repo';

/** The package's own repository, as package.json declares it (where the rules' help links go). */
export const REPOSITORY = 'https://github.com/assess-tool/assess';
export const ctx: FormatContext = {
  color: false,
  rules: rules.map((r) => ruleMeta(r, REPOSITORY)),
  cwd: CWD,
  homepage: REPOSITORY,
};

const counts = (provisions: number, found: number, answered: number, findings: Finding[]): FileReport['counts'] => ({
  provisions,
  found,
  answered,
  error: findings.filter((f) => f.severity === 'error').length,
  warning: findings.filter((f) => f.severity === 'warning').length,
  info: findings.filter((f) => f.severity === 'info').length,
});

export const BROKEN = 'forms/broken.docx';
export const CLEAN = 'forms/clean.yaml';
export const PDF = 'forms/northern.pdf';
export const DOCX = 'forms/riverside.docx';
/** A space and a non-ASCII letter. */
export const YAML = 'forms/Ærø Homes 2024.yaml';

const brokenFindings: Finding[] = [
  {
    rule: 'unreadable-document',
    severity: 'error',
    file: BROKEN,
    message: 'The file is password-protected.',
    hint: 'Remove the password & save again.',
  },
];

const pdfFindings: Finding[] = [
  {
    rule: 'stage-count',
    severity: 'info',
    file: PDF,
    message: 'The process names 3 stages; the Code expects 2.',
    hint: 'Give the reasons for a third stage.',
    location: { page: 1, line: 4 },
  },
  {
    rule: 'missing-answer',
    severity: 'error',
    file: PDF,
    provision: '5.1',
    message: 'Provision 5.1 has no Comply answer.',
    hint: 'Answer Yes, No, Partial or N/A.',
    location: { page: 2, line: 12 },
  },
  {
    rule: 'timescale-breach',
    severity: 'error',
    file: PDF,
    provision: '6.14',
    message: 'Stage 2 responses within 25 working days; the Code allows 20.',
    hint: 'Respond within 20 working days of acknowledging the complaint.',
    location: { page: 3, line: 7 },
  },
];

const docxFindings: Finding[] = [
  {
    rule: 'unexplained-noncompliance',
    severity: 'error',
    file: DOCX,
    provision: '3.2',
    message: 'Partial answer with no explanation.',
    hint: 'Say what is missing and when it will be done.',
    location: { table: 2, row: 5 },
  },
  {
    rule: 'missing-evidence',
    severity: 'warning',
    file: DOCX,
    provision: '4.1',
    message: 'Yes answer with | no evidence\nat all: 100% sure, "really"',
    hint: 'Cite the policy, section & page <here>.',
    location: { table: 2, row: 9 },
  },
  {
    rule: 'missing-evidence',
    severity: 'info',
    file: DOCX,
    provision: '4.2',
    message: 'Evidence cell is empty; commentary given.',
    hint: 'Move the evidence to the Evidence cell.',
    location: { table: 2, row: 10 },
  },
];

const yamlFindings: Finding[] = [
  {
    rule: 'extra-stage',
    severity: 'warning',
    file: YAML,
    message: 'A "stage 0" is named.',
    hint: 'Remove the informal stage.',
    location: { line: 3, column: 1 },
  },
  {
    rule: 'missing-answer',
    severity: 'error',
    file: YAML,
    provision: '1.2',
    message: 'Provision 1.2 has no Comply answer.',
    hint: 'Answer Yes, No, Partial or N/A.',
    location: { line: 14, column: 13 },
  },
  {
    rule: 'duplicate-provision',
    severity: 'warning',
    file: YAML,
    provision: '1.2',
    message: 'Provision 1.2 appears twice.\r\nControl\u0001char, colon: comma',
    hint: '',
    location: { line: 20, column: 5 },
  },
];

export const richReport: Report = {
  tool: { name: 'assess', version: '1.2.3' },
  files: [
    { file: BROKEN, unreadable: true, counts: counts(0, 0, 0, brokenFindings), findings: brokenFindings },
    {
      file: CLEAN,
      format: 'yaml',
      code: '2024',
      detection: { method: 'declared', confidence: 1, signals: [] },
      landlord: 'Clean Living HA',
      unreadable: false,
      counts: counts(42, 42, 42, []),
      findings: [],
    },
    {
      file: PDF,
      format: 'pdf',
      code: '2022',
      detection: { method: 'detected', confidence: 0.9, signals: ['headers'] },
      landlord: 'Northern Homes',
      unreadable: false,
      counts: counts(40, 39, 38, pdfFindings),
      findings: pdfFindings,
    },
    {
      file: DOCX,
      format: 'docx',
      code: '2024',
      detection: { method: 'detected', confidence: 0.95, signals: ['headers'] },
      landlord: 'Riverside "Homes", Ltd',
      unreadable: false,
      counts: counts(42, 41, 41, docxFindings),
      findings: docxFindings,
    },
    {
      file: YAML,
      format: 'yaml',
      code: '2024',
      detection: { method: 'declared', confidence: 1, signals: [] },
      landlord: 'Ærø Homes',
      unreadable: false,
      counts: counts(42, 42, 41, yamlFindings),
      findings: yamlFindings,
    },
  ],
  summary: { files: 5, unreadable: 1, error: 5, warning: 3, info: 2 },
};

export const emptyReport: Report = {
  tool: { name: 'assess', version: '1.2.3' },
  files: [],
  summary: { files: 0, unreadable: 0, error: 0, warning: 0, info: 0 },
};

/** Every file clean. */
export const cleanReport: Report = {
  tool: { name: 'assess', version: '1.2.3' },
  files: richReport.files.filter((f) => f.file === CLEAN),
  summary: { files: 1, unreadable: 0, error: 0, warning: 0, info: 0 },
};

/** One finding per file, the files given as absolute paths: one under cwd, one outside it. */
export function absoluteReport(): Report {
  const inside = `${CWD}/forms/abs file.yaml`;
  const outside = '/elsewhere/other form.yaml';
  const finding = (file: string): Finding => ({
    rule: 'missing-answer',
    severity: 'error',
    file,
    provision: '1.1',
    message: 'Provision 1.1 has no Comply answer.',
    hint: 'Answer it.',
    location: { line: 2 },
  });
  const fileReport = (file: string): FileReport => ({
    file,
    format: 'yaml',
    code: '2024',
    landlord: 'X',
    unreadable: false,
    counts: counts(42, 42, 41, [finding(file)]),
    findings: [finding(file)],
  });
  return {
    tool: { name: 'assess', version: '1.2.3' },
    files: [fileReport(outside), fileReport(inside)],
    summary: { files: 2, unreadable: 0, error: 2, warning: 0, info: 0 },
  };
}
