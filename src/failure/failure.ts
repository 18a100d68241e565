/**
 * Why a file could not be checked: one closed set of failure codes shared by every reader, the normalisers,
 * the pipeline and the scan pool. Each code carries its title, its hint and whether it aborts `check`
 * (exit 2: the user named a file that is not there, or a YAML kept in a repo that is invalid) or becomes an
 * `unreadable-document` finding (exit 1; `scan` reports every failure this way). A failure is a value,
 * never a string to be matched later.
 */
import type { Location } from '../util/location.js';

/** `usage`: `check` and `normalise` stop with exit 2. `finding`: an `unreadable-document` finding. */
export type FailureExit = 'usage' | 'finding';

export interface FailureKind {
  /** What the code means, for docs and `assess explain unreadable-document`. */
  title: string;
  hint: string;
  exit: FailureExit;
}

export const FAILURES = {
  'not-found': { title: 'the file does not exist', hint: 'check the path', exit: 'usage' },
  'not-a-file': {
    title: 'not a regular file (a folder, FIFO, device or socket)',
    hint: 'name a DOCX, PDF or YAML file; use `assess scan` for a folder',
    exit: 'usage',
  },
  'invalid-yaml': {
    title: 'a YAML assessment with a syntax or schema error',
    hint: 'fix the YAML at the line shown; `assess init --code 2024` prints a valid form',
    exit: 'usage',
  },
  'permission-denied': {
    title: 'the file cannot be opened for reading',
    hint: 'make the file readable by the user running assess',
    exit: 'finding',
  },
  empty: { title: 'an empty file', hint: 'export the form again: the file holds nothing', exit: 'finding' },
  'wrong-format': {
    title: 'not a YAML, DOCX or PDF file, or not what its name says',
    hint: 'open it in Word and save it as .docx (or export a PDF)',
    exit: 'finding',
  },
  'legacy-doc': {
    title: 'a legacy Word 97-2003 .doc file',
    hint: 'open it in Word and save it as .docx',
    exit: 'finding',
  },
  encrypted: {
    title: 'password-protected',
    hint: 'remove the password and save it again, or give it with --password (PDF)',
    exit: 'finding',
  },
  'scanned-no-text': {
    title: 'a scan with no text layer',
    hint: 'run OCR on the scan (or export the form again from Word) so the PDF has text',
    exit: 'finding',
  },
  corrupt: {
    title: 'corrupt or truncated',
    hint: 'export or download the form again; the file is damaged',
    exit: 'finding',
  },
  'too-large': {
    title: 'over a size, page or expansion limit',
    hint: 'raise the limit with --max-size or --max-pages if the file is genuine',
    exit: 'finding',
  },
  timeout: {
    title: 'not read within the time limit',
    hint: 'the file may be damaged; raise --timeout if it is genuine and very large',
    exit: 'finding',
  },
  'not-a-form': {
    title: "no provisions of a Complaint Handling Code self-assessment (the Housing Ombudsman's or the LGSCO's) found",
    hint: "check that this is a Complaint Handling Code self-assessment (the Code's provisions, sections or questions with Comply answers)",
    exit: 'finding',
  },
  'unknown-version': {
    title: 'the Code version cannot be told',
    hint: 'pass --code with the version the form follows (`assess codes` lists them)',
    exit: 'finding',
  },
  'reader-crashed': {
    title: 'the reader failed or ran out of memory on this file',
    hint: 'the file may be damaged; open it and save it again, or report it to the assess maintainers with the file',
    exit: 'finding',
  },
} as const satisfies Record<string, FailureKind>;

export type FailureCode = keyof typeof FAILURES;

export const FAILURE_CODES = Object.keys(FAILURES) as FailureCode[];

export interface Failure {
  code: FailureCode;
  /** One line saying what is wrong with the file. */
  message: string;
  location?: Location;
}

/** A failed result, as every reader, normaliser and loader returns it. */
export interface Failed {
  ok: false;
  failure: Failure;
}

export const failure = (code: FailureCode, message: string, location?: Location): Failure => ({
  code,
  message,
  ...(location ? { location } : {}),
});

export const failed = (code: FailureCode, message: string, location?: Location): Failed => ({
  ok: false,
  failure: failure(code, message, location),
});

export const failureHint = (f: Failure): string => FAILURES[f.code].hint;

export const abortsCheck = (f: Failure): boolean => FAILURES[f.code].exit === 'usage';
