/**
 * The governing-body report as plain data: what `assess report` tells a board about one self-assessment. Built
 * once (build-governing.ts) from the assessment, its catalogue and its findings; every renderer (HTML, Markdown)
 * reads only this, so the documents say the same thing.
 */
import type { CodeVersion } from '../../catalogue/types.js';
import type { InputFormat } from '../../normalise/assessment.js';
import type { Severity } from '../../rules/types.js';
import type { CaseWindowFigures } from '../types.js';

/** How a provision was answered, as the board reads it. */
export type AnswerKind = 'yes' | 'partial' | 'no' | 'n/a' | 'text' | 'missing';
export const ANSWER_KINDS: readonly AnswerKind[] = ['yes', 'partial', 'no', 'n/a', 'text', 'missing'];
export const ANSWER_LABELS: Readonly<Record<AnswerKind, string>> = {
  yes: 'Yes',
  partial: 'Partial',
  no: 'No',
  'n/a': 'N/A',
  text: 'Answered in words',
  missing: 'Missing',
};

export type AnswerCounts = Record<AnswerKind, number>;
export type SeverityCounts = Record<Severity, number>;

/** An observation on a provision: a finding, with its hint as the recommendation. */
export interface Observation {
  rule: string;
  severity: Severity;
  observation: string;
  recommendation: string;
  /** Where in the form ("page 3, table 1, row 5"); empty when the finding has no place. */
  where: string;
}

/** One row of the Ombudsman's compliance-check layout. */
export interface ProvisionRow {
  id: string;
  requirement: string;
  answer: AnswerKind;
  /** The answer as written when it was no plain Yes/No/Partial/N/A (a figure, words). */
  answerText?: string;
  /** The provision is a heading whose sub-rows carry the answers (2020): nothing to answer. */
  heading: boolean;
  observations: Observation[];
}

export interface SectionReport {
  number: number;
  title: string;
  counts: AnswerCounts;
  rows: ProvisionRow[];
}

/** A No or Partial: what the landlord says it will do, and by when. */
export interface Action {
  id: string;
  section: number;
  answer: 'no' | 'partial';
  explanation: string;
  /** The sentence that gives the date or timescale for compliance; absent when there is none. */
  complianceDate?: string;
}

export type ChangeKind =
  'newly non-compliant' | 'newly compliant' | 'answer changed' | 'evidence changed' | 'new provision';

export interface ProvisionChange {
  id: string;
  /** The previous form's provision(s) it was compared with (other ids when the Code versions differ). */
  previous: string[];
  kinds: ChangeKind[];
  before: string;
  after: string;
}

export interface FindingChange {
  rule: string;
  severity: Severity;
  provision?: string;
  message: string;
}

/** `--previous`: what changed since the previous form. */
export interface Changes {
  file: string;
  code: CodeVersion;
  codeTitle: string;
  /** Answers of the previous form counted as this report counts its own. */
  counts: AnswerCounts;
  provisions: ProvisionChange[];
  newFindings: FindingChange[];
  resolvedFindings: FindingChange[];
}

/** `--cases`: the case log's per-window figures. */
export interface CaseFigures {
  file: string;
  asOf: string;
  rowsRead: number;
  rowsUnusable: number;
  windows: CaseWindowFigures[];
  findings: SeverityCounts;
}

export interface GoverningReport {
  tool: { name: string; version: string };
  file: string;
  format: InputFormat;
  landlord: string;
  period?: string;
  code: CodeVersion;
  codeTitle: string;
  /** What the form answers row by row: each provision, or (the LGSCO's councils' layout) each Code section. */
  layout: 'provisions' | 'sections';
  /** Provisions (or sections) the Code asks an answer to (headings left out). */
  provisions: number;
  counts: AnswerCounts;
  findings: SeverityCounts;
  sections: SectionReport[];
  /** Findings about the form as a whole (no provision of the catalogue). */
  general: Observation[];
  actions: Action[];
  changes?: Changes;
  cases?: CaseFigures;
}
