/**
 * `assess scan [paths...]`: batch-check folders, files and globs in parallel. Unlike `check`, no
 * single file aborts the run: every failure (missing, invalid YAML, unreadable, vanished) is that
 * file's `unreadable-document` finding. Exit 2 only for bad flags/config or when every argument
 * named nothing.
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import type { FileReport } from '../../report/types.js';
import { UsageError } from '../exit-codes.js';
import { readOptions } from '../options.js';
import { parseOutputs } from '../output.js';
import { failOnFlag, maxWarningsFlag } from '../report-policy.js';
import { resolveConfig } from '../resolve-config.js';
import { warn, type RunContext } from '../run-context.js';
import { addReportFlags, finishRun, type ReportFlags } from './check.js';

interface ScanFlags extends ReportFlags {
  jobs?: string;
  timeout: string;
  progress: boolean;
}

/** How long one file may take before scan gives up on it (a damaged file can send a reader into a loop). */
export const DEFAULT_TIMEOUT_S = 300;

export function timeoutFlag(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--timeout must be a positive number of seconds, not "${value}"`);
  return Math.round(n * 1000);
}

export function jobsFlag(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--jobs must be a whole number of at least 1, not "${value}"`);
  return n;
}

export function registerScan(program: Command, ctx: RunContext): void {
  const command = program
    .command('scan')
    .description('check every .docx, .pdf, .yaml and .yml below folders (and named files or globs), in parallel')
    .argument('[paths...]', 'folders, files or glob patterns (default: the configuration\'s `paths`, else ".")');
  addReportFlags(command, 'stylish')
    .option('--jobs <n>', `parallel workers (default: the number of cores, ${availableParallelism()} here)`)
    .option(
      '--timeout <seconds>',
      'give up on a file after this long: it is reported unreadable and the batch goes on',
      String(DEFAULT_TIMEOUT_S),
    )
    .option('--no-progress', 'no progress bar (it only shows on a terminal with CI unset)')
    .action(async (paths: string[], flags: ScanFlags) => {
      const { cwd } = ctx.streams;
      const config = await resolveConfig(cwd, flags.config);
      const options = { ...readOptions(flags, config.code), rules: config.rules };
      parseOutputs(flags.format, flags.output, 'stylish');
      failOnFlag(flags.failOn);
      maxWarningsFlag(flags.maxWarnings);
      const jobs = jobsFlag(flags.jobs);
      const timeoutMs = timeoutFlag(flags.timeout);

      // Loaded here, not at start-up: `check` never pays for globbing, workers or the progress bar.
      const [{ findFiles }, { progressWanted, startProgress, summaryLine }, { scanFiles }] = await Promise.all([
        import('../../scan/find-files.js'),
        import('../../scan/progress.js'),
        import('../../scan/scan.js'),
      ]);
      const found = await findFiles(paths, config, cwd);
      for (const p of found.problems) warn(ctx, `${p.path}: ${p.message}`);
      const fatal = found.files.length === 0 && found.allMissing;
      if (fatal) warn(ctx, 'nothing to scan');

      const progress = startProgress(ctx.streams, found.files.length, progressWanted(ctx.streams, flags.progress));
      let scanned: FileReport[];
      try {
        scanned = await scanFiles(found.files, { jobs, timeoutMs, cwd, options, onFile: (r) => progress.tick(r) });
      } finally {
        progress.stop();
      }

      let reports: FileReport[] = scanned;
      try {
        reports = (await finishRun(ctx, scanned, flags, 'stylish', fatal, config)).files;
      } finally {
        ctx.streams.stderr.write(`${summaryLine(reports)}\n`);
      }
    });
}
