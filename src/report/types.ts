/** What formatters receive: one report over every file of a run. Plain data, already sorted and de-duplicated. */
import type { CodeVersion } from '../catalogue/types.js';
import type { FailureCode } from '../failure/failure.js';
import type { OcrPage } from '../ingest/document.js';
import type { Detection, InputFormat, LandlordSource } from '../normalise/assessment.js';
import type { Finding, FindingGroup, Severity } from '../rules/types.js';

export interface FileCounts {
  /** Provisions the catalogue expects. */
  provisions: number;
  /** Catalogue provisions found in the file. */
  found: number;
  /** Found provisions with an answer. */
  answered: number;
  error: number;
  warning: number;
  info: number;
}

export interface FileReport {
  file: string;
  /** What the file turned out to be; absent when it could not be read at all. */
  format?: InputFormat;
  code?: CodeVersion;
  /** How reports name that Code ("2024 Code", "LGSCO Complaint Handling Code 2024"): the catalogue's `name`. */
  codeName?: string;
  detection?: Detection;
  landlord?: string;
  /** Where the landlord's name came from (absent when the file could not be read). */
  landlordSource?: LandlordSource;
  /** True when the file could not be read (its one finding is `unreadable-document`). */
  unreadable: boolean;
  /** Why it could not be read, when `unreadable`. */
  failure?: FailureCode;
  counts: FileCounts;
  /**
   * `sections`: a form laid out one row per Code section (the LGSCO's councils' layout), whose `counts.provisions`,
   * `found` and `answered` count sections. Absent for a form of provisions.
   */
  layout?: 'sections';
  /** Findings sorted by location, provision, rule; de-duplicated. */
  findings: Finding[];
  /** `assess cases`: the case log's per-window figures (absent for a self-assessment). */
  cases?: CaseLogFigures;
  /** PDF: the pages read by OCR, with their mean word confidence (absent when none was). */
  ocr?: { pages: OcrPage[] };
}

/** One window of a case log (e.g. stage 2 response), counted in working days. */
export interface CaseWindowFigures {
  /** The catalogue's timescale key: `stage1.acknowledge`, `stage1.respond`, `stage2.acknowledge`, `stage2.respond`. */
  window: string;
  stage: number;
  label: string;
  provision: string;
  /** The event the window is counted from, in the Code's words. */
  from: string;
  limit: number;
  /** The longest extension the Code allows on the window; null when it allows none. */
  extensionLimit: number | null;
  /** Cases the window applies to (its start event is dated). */
  cases: number;
  inTime: number;
  /** Answered late for the window but within an agreed extension (capped at the Code's). */
  extended: number;
  late: number;
  /** Not answered as of `asOf` and still within the window. */
  open: number;
  /** Not answered as of `asOf` and already past the window. */
  overdue: number;
  /** Working days the answered cases took: the median and the 90th percentile (nearest rank); null when none. */
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
}

export interface CaseLogFigures {
  /** The day open cases are measured to (ISO). */
  asOf: string;
  /** Data rows read, and how many could not be used (each is a `case-row-invalid` finding). */
  rowsRead: number;
  rowsUnusable: number;
  windows: CaseWindowFigures[];
}

export interface Report {
  tool: { name: string; version: string };
  files: FileReport[];
  summary: { files: number; unreadable: number; error: number; warning: number; info: number };
}

/** Rule metadata formatters may need (SARIF rule table, help links). */
export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
  why: string;
  fix: string;
  /** The rule's documentation (the README's anchor in the package's repository); absent when none is declared. */
  helpUri?: string;
  /** The per-file count column the rule feeds in summary reports (`--format csv`). */
  summaryColumn?: string;
  /** How stylish shows many of its findings in one file as one line. */
  group?: FindingGroup;
}

export interface FormatContext {
  color: boolean;
  /** The screen's width in columns (stylish wraps to it); 80 when not a terminal. */
  width?: number;
  /** --quiet: the report holds errors only; its summary still counts everything. */
  quiet?: boolean;
  rules: RuleMeta[];
  /** Directory the file paths of the report are relative to. */
  cwd: string;
  /** The repository's root (SARIF %SRCROOT%: `git rev-parse --show-toplevel`, else cwd). */
  srcRoot?: string;
  /** The tool's home page (its repository), when the package declares one. */
  homepage?: string;
}

export type Formatter = (report: Report, ctx: FormatContext) => string;
