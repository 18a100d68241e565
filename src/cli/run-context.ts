/** The state a command shares with `main`: its streams and the exit code it settles on. */
import type { Streams } from './streams.js';
import type { ExitCode } from './exit-codes.js';

export interface RunContext {
  streams: Streams;
  version: string;
  exitCode: ExitCode;
  debug: boolean;
}

/** One line on stderr: "assess: <message>". */
export const warn = (ctx: RunContext, message: string): void => {
  ctx.streams.stderr.write(`assess: ${message}\n`);
};
