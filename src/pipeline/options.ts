/** Options that shape how one file is read and checked. */
import type { CodeVersion } from '../catalogue/types.js';
import type { ReaderLimits } from '../ingest/readers.js';
import type { RuleSettings } from '../rules/run-rules.js';

/** How a file is read: the readers' limits (--max-size, --max-pages, --password, --ocr) and the Code version. */
export interface ReadOptions extends ReaderLimits {
  /** --code: force the Code version. */
  code?: CodeVersion;
}

export interface CheckOptions extends ReadOptions {
  rules: RuleSettings;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  maxBytes: 50 * 2 ** 20,
  maxExpandedBytes: 200 * 2 ** 20,
  maxPages: 500,
};
