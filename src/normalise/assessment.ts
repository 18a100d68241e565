/** The normalised assessment: one per input file, whatever its format. */
import type { CodeVersion, Scheme, Stage, TimescaleKind } from '../catalogue/types.js';
import type { Location, OcrInfo } from '../ingest/document.js';
import type { InputFormat } from '../ingest/formats.js';

export type { InputFormat };
export type Comply = 'yes' | 'no' | 'partial' | 'n/a';

export interface ProvisionRecord {
  /** The id as printed (kept even when it looks wrong). */
  id: string;
  comply?: Comply;
  /** The answer as written, when it was not a recognised Yes/No/Partial/N/A (or for text questions). */
  rawAnswer?: string;
  evidence: string;
  commentary: string;
  /** The requirement text the form printed for this row, if any. */
  requirement?: string;
  /** A YAML form's `review:` note (written by `assess migrate`): why the answer wants reading again. */
  review?: string;
  location?: Location;
}

/** A working-days range a duration may span, from its most to its least favourable reading. */
export interface Duration {
  text: string;
  minWorkingDays: number;
  maxWorkingDays: number;
  /** True when the figure was not stated in working days and had to be converted. */
  converted: boolean;
}

export interface TimescaleStatement {
  stage: Stage;
  kind: TimescaleKind;
  duration: Duration;
  /** The sentence (or YAML value) it rests on. */
  quote: string;
  source: 'timescales' | 'evidence' | 'commentary';
  provision?: string;
  location?: Location;
}

export interface StageCountStatement {
  count: number;
  quote: string;
  source: 'timescales' | 'evidence' | 'commentary';
  provision?: string;
  location?: Location;
}

export interface ExtraStageStatement {
  name: string;
  quote: string;
  source: 'evidence' | 'commentary';
  provision?: string;
  location?: Location;
}

/** Part of a document the normaliser read but left out of the provisions, and why (reported by the blank-copy rule). */
export interface LeftOut {
  rows: number;
  reason: string;
  location?: Location;
}

export type LandlordSource = 'declared' | 'document' | 'file name';

export interface Detection {
  /** How the version was settled. */
  method: 'declared' | 'flag' | 'detected';
  /** 0..1 */
  confidence: number;
  /** What was seen, for the report and for error messages. */
  signals: string[];
  /**
   * Whose Code the form itself is against (the Housing Ombudsman's or the LGSCO's): a YAML's declared version's, or
   * what a document shows. When it is not the scheme of the catalogue checked against, rule wrong-scheme says so.
   */
  scheme?: Scheme;
}

export interface Assessment {
  file: string;
  format: InputFormat;
  code: CodeVersion;
  detection: Detection;
  landlord: string;
  /** Where the landlord's name came from: the YAML's `landlord`, the document's text, or only the file name. */
  landlordSource: LandlordSource;
  period?: string;
  provisions: ProvisionRecord[];
  timescales: TimescaleStatement[];
  stageCounts: StageCountStatement[];
  extraStages: ExtraStageStatement[];
  /** DOCX/PDF: tables left out (a blank copy of the form beside the filled one). */
  leftOut?: LeftOut[];
  /** PDF: the pages read by OCR and the rows it was unsure of, from the reader (the ocr-low-confidence rule). */
  ocr?: OcrInfo;
}
