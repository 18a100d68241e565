/** `assess check FILE...`: check assessments; the report on stdout, exit 0/1/2. */
import { codeCacheDir } from '../../util/cache-dir.js';
import { fetchUrl, isUrl, type FetchedFile } from '../fetch-url.js';
import { Option, type Command } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseBaseline, type Baseline } from '../../policy/baseline.js';
import { isIgnored, type Config } from '../../config/config.js';
import { abortsCheck } from '../../failure/failure.js';
import type { FileOutcome } from '../../pipeline/check-file.js';
import type { Part } from '../../pipeline/load-assessment.js';
import type { CheckOptions } from '../../pipeline/options.js';
import type { Budget } from '../../workers/budget.js';
import { saveStdin, type StdinFile } from '../stdin-file.js';
import { formatNames } from '../../report/formatters/index.js';
import type { FileReport, Report } from '../../report/types.js';
import { fileAt } from '../../report/location-text.js';
import { EXIT, UsageError } from '../exit-codes.js';
import {
  addBudgetFlags,
  addReadFlags,
  budgetOptions,
  readOptions,
  type BudgetFlags,
  type ReadFlags,
} from '../options.js';
import { colorWanted, parseOutputs, writeOutputs } from '../output.js';
import { failOnFlag, maxWarningsFlag } from '../report-policy.js';
import { applyPolicy } from '../../policy/policy.js';
import { resolveConfig } from '../resolve-config.js';
import { warn, type RunContext } from '../run-context.js';

export interface ReportFlags extends ReadFlags, BudgetFlags {
  format: string[];
  output: string[];
  failOn: string;
  maxWarnings?: string;
  quiet?: boolean;
  color?: boolean;
  config?: string | boolean;
  baseline?: string;
  writeBaseline?: string;
  stdinFilename?: string;
  userAgent?: string;
  join?: boolean;
}

/** What `finishRun` reads of the flags (`assess cases` has these, without the reading and budget flags). */
export type FinishFlags = Pick<
  ReportFlags,
  'format' | 'output' | 'failOn' | 'maxWarnings' | 'quiet' | 'color' | 'baseline' | 'writeBaseline'
>;

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The output and exit-policy flags of every command that reports findings (`check`, `scan`, `cases`). */
export function addOutputFlags(command: Command): Command {
  return command
    .addOption(
      new Option(
        '-f, --format <name[:file]>',
        `output format (${formatNames.join(', ')}); repeat for several, each to its own file`,
      )
        .argParser(collect)
        .default([]),
    )
    .addOption(
      new Option('-o, --output <file>', 'write the (first file-less) format to this file instead of stdout')
        .argParser(collect)
        .default([]),
    )
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 on findings at or above: error, warning, info, never').default(
        'error',
      ),
    )
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-q, --quiet', 'show only errors on the screen (files, the exit code and the counts keep everything)')
    .option('--no-color', 'no colour in the output');
}

/** `--config` and `--no-config`. */
export const addConfigFlags = (command: Command): Command =>
  command
    .option('-c, --config <path>', 'configuration file (default: nearest assess.config.yaml)')
    .option('--no-config', 'ignore any assess.config.yaml');

export function addReportFlags(command: Command, defaultFormat: string): Command {
  return addConfigFlags(
    addOutputFlags(addBudgetFlags(addReadFlags(command)))
      .option(
        '--stdin-filename <name>',
        'with `-` as the file: the name the form on standard input is reported as (its extension picks the reader)',
      )
      .option('--baseline <file>', 'report only findings not in this baseline (written by --write-baseline)')
      .option(
        '--write-baseline <file>',
        'write the findings of this run as a baseline, and exit 0 unless a file could not be checked',
      ),
  ).addHelpText('after', `\nDefault format: ${defaultFormat}.`);
}

/**
 * Shared by `check` and `scan`: the policy stage (suppressions, thresholds) once, its notes on stderr, the
 * outputs written, the exit code set. Returns the report as written.
 */
export async function finishRun(
  ctx: RunContext,
  checked: FileReport[],
  flags: FinishFlags,
  defaultFormat: string,
  fatal: boolean,
  config: Config,
): Promise<Report> {
  const specs = parseOutputs(flags.format, flags.output, defaultFormat);
  const baseline = flags.baseline !== undefined ? await readBaseline(ctx, flags.baseline) : undefined;
  const settings = {
    ...(baseline ? { baseline } : {}),
    failOn: failOnFlag(flags.failOn),
    config,
    cwd: ctx.streams.cwd,
    version: ctx.version,
    ...(flags.maxWarnings !== undefined ? { maxWarnings: maxWarningsFlag(flags.maxWarnings) } : {}),
  };
  const { report, failing, notes, baseline: written } = applyPolicy(checked, settings);
  for (const note of notes) warn(ctx, note);
  if (flags.writeBaseline !== undefined) {
    const current = written();
    await writeFile(resolve(ctx.streams.cwd, flags.writeBaseline), `${JSON.stringify(current, null, 2)}\n`);
    warn(
      ctx,
      `${flags.writeBaseline}: baseline of ${current.entries.length} finding${current.entries.length === 1 ? '' : 's'} written`,
    );
  }
  // Every file aborted: there is nothing to report beyond the errors already on stderr.
  if (fatal && report.files.length === 0) {
    ctx.exitCode = EXIT.usage;
    return report;
  }
  await writeOutputs(report, specs, ctx.streams, {
    color: colorWanted(ctx.streams, flags.color),
    quiet: flags.quiet === true,
  });
  ctx.exitCode = fatal ? EXIT.usage : failing && flags.writeBaseline === undefined ? EXIT.findings : EXIT.ok;
  return report;
}

async function readBaseline(ctx: RunContext, file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(resolve(ctx.streams.cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${file}: cannot read the baseline (${code === 'ENOENT' ? 'file not found' : (code ?? 'read error')})`,
    );
  }
  const parsed = parseBaseline(text);
  if (typeof parsed === 'string') throw new UsageError(`${file}: ${parsed}`);
  return parsed;
}

export function registerCheck(program: Command, ctx: RunContext): void {
  const command = program
    .command('check')
    .description(
      'check self-assessments (DOCX, PDF, XLSX, ODT, ODS, HTML, YAML, or a URL) against the Complaint Handling Code',
    )
    .argument('<files...>', 'assessment files, - for standard input, or http(s) URLs of published forms')
    .option('--user-agent <string>', 'the User-Agent sent when fetching a URL')
    .option('--join', 'read the files (or URLs) given as one form published in parts, in order');
  addReportFlags(command, 'stylish').action(async (files: string[], flags: ReportFlags) => {
    const config = await resolveConfig(ctx.streams.cwd, flags.config);
    const options = { ...readOptions(flags, config.code), rules: config.rules };
    parseOutputs(flags.format, flags.output, 'stylish');
    failOnFlag(flags.failOn);
    maxWarningsFlag(flags.maxWarnings);
    const budget = budgetOptions(flags);
    const stdin = files.includes('-') ? await saveStdin(ctx.streams, flags.stdinFilename, options.maxBytes) : undefined;
    // A URL is fetched first (bounded: time, size, redirects, content type), then read as the file it is.
    const fetched = new Map<string, FetchedFile>();
    try {
      for (const url of files.filter(isUrl)) {
        if (!fetched.has(url)) {
          fetched.set(
            url,
            await fetchUrl(url, {
              maxBytes: options.maxBytes,
              timeoutMs: budget.timeoutMs,
              ...(flags.userAgent ? { userAgent: flags.userAgent } : {}),
            }),
          );
        }
      }
      await checkAll(ctx, files, stdin, { options, budget, config, flags, fetched });
    } finally {
      await stdin?.remove();
      for (const f of fetched.values()) await f.remove();
    }
  });
}

/**
 * The name a part of a joined form goes by in locations ("page 5 (section-6.pdf)"): a file's name, or a URL's last
 * path segment (its host when it has none), never the temporary file a URL was fetched into.
 */
function partName(display: string): string {
  if (!isUrl(display)) return basename(display);
  try {
    const url = new URL(display);
    const last = url.pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : url.host;
  } catch {
    return display;
  }
}

async function checkAll(
  ctx: RunContext,
  files: readonly string[],
  stdin: StdinFile | undefined,
  run: { options: CheckOptions; budget: Budget; config: Config; flags: ReportFlags; fetched: Map<string, FetchedFile> },
): Promise<void> {
  const { options, budget, config, flags, fetched } = run;
  const refs = files.map((file) => {
    const url = fetched.get(file);
    if (url) return { path: url.path, display: url.display };
    return file === '-' && stdin
      ? { path: stdin.path, display: stdin.display }
      : { path: resolve(ctx.streams.cwd, file), display: file };
  });
  const first = refs[0];
  const wanted: { path: string; display: string; parts?: Part[] }[] =
    flags.join === true && first && refs.length > 1
      ? // One form in parts: read together in a worker, under the first part's name; page N is the N-th part.
        [{ ...first, parts: refs.map((r) => ({ path: r.path, name: partName(r.display) })) }]
      : refs.filter(({ display }) => {
          const ignored =
            display !== stdin?.display && !fetched.has(display) && isIgnored(display, config, ctx.streams.cwd);
          if (ignored) warn(ctx, `${display}: ignored by the configuration`);
          return !ignored;
        });
  // DOCX, PDF, large files and joined parts: read one at a time in a worker under the budget; a YAML form in
  // this thread (src/workers/check-files.ts).
  const { checkFiles } = await import('../../workers/check-files.js');
  const outcomes = await checkFiles(wanted, {
    jobs: 1,
    budget,
    cwd: ctx.streams.cwd,
    options,
    codeCacheDir: codeCacheDir(ctx.streams.env),
  });
  const reports: FileReport[] = [];
  let fatal = false;
  for (const [i, { display: file }] of wanted.entries()) {
    const outcome = outcomes[i] as FileOutcome;
    if (!outcome.ok && abortsCheck(outcome.failure)) {
      warn(ctx, `${fileAt(file, outcome.failure.location)}: ${outcome.failure.message}`);
      fatal = true;
      continue;
    }
    reports.push(outcome.report);
  }
  await finishRun(ctx, reports, flags, 'stylish', fatal, config);
}
