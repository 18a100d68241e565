/**
 * The CLI entry: parse argv, run one command, return the exit code.
 * Never exits the process, never writes to process.stdout.
 */
import { Command, CommanderError } from 'commander';
import { packageInfo } from '../util/package-info.js';
import { registerCases } from './commands/cases.js';
import { registerCheck } from './commands/check.js';
import { registerCodes } from './commands/codes.js';
import { registerExplain } from './commands/explain.js';
import { registerInit } from './commands/init.js';
import { registerMigrate } from './commands/migrate.js';
import { registerNormalise } from './commands/normalise.js';
import { registerPrintConfig } from './commands/print-config.js';
import { registerReport } from './commands/report.js';
import { registerScan } from './commands/scan.js';
import { guardProcess } from './crash-guard.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import type { RunContext } from './run-context.js';
import type { Streams } from './streams.js';

export type { Streams } from './streams.js';

const version = (): string => packageInfo().version;

export async function main(argv: readonly string[], streams: Streams): Promise<ExitCode> {
  const ctx: RunContext = { streams, version: version(), exitCode: EXIT.ok, debug: argv.includes('--debug') };
  const program = new Command('assess')
    .description('Check complaint-handling self-assessments against the Housing Ombudsman Complaint Handling Code')
    .version(ctx.version, '-v, --version')
    .option('--debug', 'show stack traces for internal errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => streams.stdout.write(s),
      writeErr: (s) => streams.stderr.write(s),
      outputError: (s, write) => write(s),
    });
  for (const register of [
    registerCheck,
    registerScan,
    registerCases,
    registerReport,
    registerNormalise,
    registerMigrate,
    registerCodes,
    registerExplain,
    registerInit,
    registerPrintConfig,
  ]) {
    register(program, ctx);
  }
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());

  const internalError = (err: Error): ExitCode => {
    streams.stderr.write(
      `assess: internal error: ${err.message}${ctx.debug ? `\n${err.stack ?? ''}` : ' (run with --debug for details)'}\n`,
    );
    return EXIT.usage;
  };
  const guard = guardProcess();
  try {
    const ended = await Promise.race([
      program.parseAsync([...argv], { from: 'user' }).then(() => undefined),
      guard.crashed,
    ]);
    const slipped = ended ?? guard.slipped();
    return slipped ? internalError(slipped) : ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version "fail" with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError) {
      streams.stderr.write(`assess: ${e.message}\n`);
      return EXIT.usage;
    }
    return internalError(e as Error);
  } finally {
    guard.dispose();
  }
}
