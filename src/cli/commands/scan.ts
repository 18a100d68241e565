/**
 * `assess scan [paths...]`: batch-check folders, files and globs in parallel. Unlike `check`, no
 * single file aborts the run: every failure (missing, invalid YAML, unreadable, vanished) is that
 * file's `unreadable-document` finding. Exit 2 only for bad flags/config or when nothing is left
 * to check (every argument named nothing, or matched only ignored files or YAML that is no
 * self-assessment).
 */
import { codeCacheDir } from '../../util/cache-dir.js';
import { availableParallelism } from 'node:os';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DOCUMENT_EXTENSIONS } from '../../ingest/readers.js';
import type { FileReport } from '../../report/types.js';
import { UsageError } from '../exit-codes.js';
import { budgetOptions, readOptions } from '../options.js';
import { parseOutputs } from '../output.js';
import { failOnFlag, maxWarningsFlag } from '../report-policy.js';
import { resolveConfig } from '../resolve-config.js';
import { warn, type RunContext } from '../run-context.js';
import { addReportFlags, finishRun, type ReportFlags } from './check.js';

interface ScanFlags extends ReportFlags {
  jobs?: string;
  progress: boolean;
  /** false with --no-ignore. */
  ignore: boolean;
  followSymlinks?: boolean;
  allowEmpty?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  changedSince?: string;
}

/** --jobs as given (undefined: not given); the cap is chooseJobs() in src/scan/jobs.ts. */
export function jobsFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--jobs must be a whole number of at least 1, not "${value}"`);
  return n;
}

/** The one line for a scan with nothing left to check. */
export function nothingMatched(extensions: readonly string[], ignored: number, skipped: number): string {
  const kinds = `${extensions.slice(0, -1).join(', ')} or ${extensions.at(-1) ?? ''}`;
  const left = [
    ...(ignored > 0 ? [`${ignored} ignored`] : []),
    ...(skipped > 0 ? [`${skipped} not ${skipped === 1 ? 'a self-assessment' : 'self-assessments'}`] : []),
  ];
  return `nothing matched: no ${kinds} file to check${left.length > 0 ? ` (${left.join(', ')})` : ''}`;
}

export function registerScan(program: Command, ctx: RunContext): void {
  const command = program
    .command('scan')
    .description(
      `check every ${[...DOCUMENT_EXTENSIONS, '.yaml'].join(', ')} and .yml file below folders (and named files or globs), in parallel`,
    )
    .argument('[paths...]', 'folders, files or glob patterns (default: the configuration\'s `paths`, else ".")');
  addReportFlags(command, 'stylish')
    .option(
      '--jobs <n>',
      `parallel workers (default and most: the number of cores, ${availableParallelism()} here, and one per --max-memory plus 100 MB of memory)`,
    )
    .option('--no-progress', 'no progress bar (it only shows on a terminal with CI unset)')
    .option('--no-ignore', 'do not honour .gitignore files (nor .git/info/exclude)')
    .option('--allow-empty', 'exit 0, not 2, when nothing is left to check (a pre-commit hook given no form)')
    .option('--follow-symlinks', 'follow symbolic links out of the folders scanned (default: report and skip them)')
    .option('--changed-since <ref>', 'check only the forms changed since the merge base of <ref> and HEAD (git)')
    .option('--cache', "keep each file's report for the next scan, keyed by the file's content (not its date)")
    .option(
      '--cache-location <path>',
      'the cache file, or a folder for it (default: the user cache folder, ~/.cache/assess)',
    )
    .action(async (paths: string[], flags: ScanFlags) => {
      const { cwd } = ctx.streams;
      const config = await resolveConfig(cwd, flags.config);
      const options = { ...readOptions(flags, config.code), rules: config.rules };
      parseOutputs(flags.format, flags.output, 'stylish');
      failOnFlag(flags.failOn);
      maxWarningsFlag(flags.maxWarnings);
      const requestedJobs = jobsFlag(flags.jobs);
      const budget = budgetOptions(flags);

      // Loaded here, not at start-up: `check` never pays for globbing, workers or the progress bar.
      const [
        { findFiles, SCAN_EXTENSIONS },
        { sortOutYaml },
        { chooseJobs, machineLimits },
        { progressWanted, startProgress, summaryLine },
        { checkFiles },
      ] = await Promise.all([
        import('../../scan/find-files.js'),
        import('../../scan/assessment-yaml.js'),
        import('../../scan/jobs.js'),
        import('../../scan/progress.js'),
        import('../../workers/check-files.js'),
      ]);
      const { jobs, capped } = chooseJobs(requestedJobs, machineLimits(), budget.maxMemoryMib);
      if (capped) warn(ctx, capped);
      const found = await findFiles(paths, config, cwd, {
        gitignore: flags.ignore,
        followSymlinks: flags.followSymlinks === true,
      });
      let candidates = found.files;
      if (flags.changedSince !== undefined) {
        const { changedSince } = await import('../../scan/changed-files.js');
        const changed = changedSince(flags.changedSince, cwd);
        if (!changed.ok) throw new UsageError(changed.message);
        const real = (f: string): string => {
          try {
            return realpathSync(resolve(cwd, f));
          } catch {
            return resolve(cwd, f);
          }
        };
        candidates = candidates.filter((f) => changed.files.has(real(f)));
        if (candidates.length === 0) warn(ctx, `no form changed since ${flags.changedSince}`);
      }
      const { files, skipped } = await sortOutYaml(candidates, cwd, options.maxBytes);
      // Nothing to check: exit 2, unless that is because no form changed (a pull request that touches none).
      const noneChanged = flags.changedSince !== undefined && candidates.length === 0;
      const fatal = files.length === 0 && flags.allowEmpty !== true && !noneChanged;
      for (const p of found.problems) if (!(fatal && p.empty)) warn(ctx, `${p.path}: ${p.message}`);
      for (const s of skipped) warn(ctx, `${s.file}: skipped, not a self-assessment (${s.reason})`);
      if (files.length === 0 && !noneChanged) warn(ctx, nothingMatched(SCAN_EXTENSIONS, found.ignored, skipped.length));

      const cache =
        flags.cache === true || flags.cacheLocation !== undefined
          ? await (async () => {
              const { cacheFile, openCache, runKey } = await import('../../scan/cache.js');
              const file = cacheFile(flags.cacheLocation, cwd, ctx.streams.env);
              return openCache(file, runKey(ctx.version, options), (m) => warn(ctx, m));
            })()
          : undefined;

      const progress = startProgress(ctx.streams, files.length, progressWanted(ctx.streams, flags.progress));
      let scanned: FileReport[];
      try {
        // Reports the cache holds are taken as they are; only the other files are read.
        const cached = files.map((f) => cache?.get(resolve(cwd, f), f));
        for (const report of cached) if (report) progress.tick(report);
        const toRead = files.filter((_f, i) => cached[i] === undefined);
        const outcomes = await checkFiles(toRead, {
          jobs,
          budget,
          cwd,
          options,
          codeCacheDir: codeCacheDir(ctx.streams.env),
          onFile: (o) => progress.tick(o.report),
          onOcrPage: () => progress.ocrPage(),
        });
        let next = 0;
        scanned = cached.map((report) => report ?? (outcomes[next++]?.report as FileReport));
        if (cache) {
          toRead.forEach((f, i) => cache.set(resolve(cwd, f), f, (outcomes[i] as (typeof outcomes)[number]).report));
          try {
            cache.save();
          } catch (e) {
            warn(ctx, `cannot write the scan cache: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
          }
        }
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
