/**
 * The last line of defence: an error that escapes every reader and command (a library's promise rejected with
 * nobody awaiting it, a throw from one of its callbacks) must not end the run with Node's stack trace and an
 * exit code of its own. While a command runs, an unhandled rejection is remembered (the run goes on: nobody
 * waits on that promise) and an uncaught exception ends the command; either way the run ends with exit 2 and
 * one line, after the reports already written, with the stack only under --debug.
 */
export interface CrashGuard {
  /** Resolves with the error when an uncaught exception ends the command. */
  readonly crashed: Promise<Error>;
  /** The first error that slipped through, if any. */
  slipped(): Error | undefined;
  /** Removes the handlers. */
  dispose(): void;
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

export function guardProcess(): CrashGuard {
  let first: Error | undefined;
  let crash: (e: Error) => void = () => undefined;
  const crashed = new Promise<Error>((resolve) => (crash = resolve));
  const onRejection = (reason: unknown): void => {
    first ??= asError(reason);
  };
  const onException = (e: unknown): void => {
    first ??= asError(e);
    crash(first);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return {
    crashed,
    slipped: () => first,
    dispose() {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    },
  };
}
