/**
 * Why `assess cases` cannot read its inputs at all: a value with a code, a message naming the problem and a hint,
 * which the command turns into one line and exit 2. (A bad row is no failure: it is a `case-row-invalid` finding.)
 */
export const CASE_FAILURES = {
  'not-found': 'check the path',
  'not-a-file': 'name a .csv or .xlsx case log',
  unreadable: 'export the log again as CSV (UTF-8) or XLSX',
  'no-columns': 'name the columns with --map columns.yaml (`received: "Date In"`); README, "Case logs"',
  'bad-mapping': 'the mapping file has `field: "Column heading"` lines; README, "Case logs"',
  'bad-holidays': 'one ISO date (2025-12-29) a line; # starts a comment',
} as const;

export type CaseFailureCode = keyof typeof CASE_FAILURES;

export interface CaseFailure {
  ok: false;
  code: CaseFailureCode;
  message: string;
  hint: string;
}

export const caseFailure = (code: CaseFailureCode, message: string): CaseFailure => ({
  ok: false,
  code,
  message,
  hint: CASE_FAILURES[code],
});

/** A read error as a failure: ENOENT is `not-found`, a folder `not-a-file`, anything else `unreadable`. */
export function ioFailure(e: unknown): CaseFailure {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return caseFailure('not-found', 'file not found');
  if (code === 'EISDIR') return caseFailure('not-a-file', 'is a directory');
  if (code === 'EACCES' || code === 'EPERM') return caseFailure('unreadable', 'permission denied');
  return caseFailure('unreadable', `cannot read the file (${code ?? (e as Error).message})`);
}
