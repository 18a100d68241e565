/** Options that shape how one file is read and checked. */
import type { CodeVersion } from '../catalogue/types.js';
import type { OcrMode } from '../ingest/ocr/ocr-mode.js';
import type { RuleSettings } from '../rules/run-rules.js';

export interface ReadOptions {
  /** --code: force the Code version. */
  code?: CodeVersion;
  /** Largest input file accepted, in bytes (--max-size). */
  maxBytes: number;
  /** Largest a DOCX may expand to, in bytes. */
  maxExpandedBytes: number;
  /** Most PDF pages read (--max-pages). */
  maxPages: number;
  /** PDF user password (--password). */
  password?: string;
  /** --ocr: which PDF pages are read by OCR (default auto: those without text). */
  ocr?: OcrMode;
  /** Called as each page read by OCR is done; set by the worker that reads the file, never passed to one. */
  onOcrPage?: (page: number) => void;
}

export interface CheckOptions extends ReadOptions {
  rules: RuleSettings;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  maxBytes: 50 * 2 ** 20,
  maxExpandedBytes: 200 * 2 ** 20,
  maxPages: 500,
};
