/** Exit codes, as the README documents them (ESLint's convention). */
export const EXIT = {
  /** Nothing at or above --fail-on. */
  ok: 0,
  /** Findings at or above --fail-on (or more warnings than --max-warnings). */
  findings: 1,
  /** Usage, configuration or internal error: bad flag, unknown --code, file not found, YAML syntax or schema error. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure that aborts the command with exit 2 and one line on stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
