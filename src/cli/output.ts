/**
 * Rendering one report to every requested output: `--format json:report.json --format stylish`,
 * or `-f json -o report.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatters } from '../report/formatters/index.js';
import { quietView } from '../policy/policy.js';
import { ruleMeta } from '../report/build-report.js';
import { packageInfo } from '../util/package-info.js';
import { repoRoot } from './repo-root.js';
import type { Report } from '../report/types.js';
import { rules } from '../rules/index.js';
import { UsageError } from './exit-codes.js';
import type { Streams } from './streams.js';
import { didYouMean } from '../util/did-you-mean.js';

export interface OutputSpec {
  format: string;
  /** Where to write; undefined for stdout. */
  file?: string;
}

export function parseOutputs(formats: string[], outputs: string[], fallback: string): OutputSpec[] {
  const specs: OutputSpec[] = (formats.length > 0 ? formats : [fallback]).map((value) => {
    const i = value.indexOf(':');
    const format = i === -1 ? value : value.slice(0, i);
    const file = i === -1 ? undefined : value.slice(i + 1);
    if (!formatters[format])
      throw new UsageError(
        `unknown format "${format}"${didYouMean(format, Object.keys(formatters))} (one of: ${Object.keys(formatters).join(', ')})`,
      );
    return file ? { format, file } : { format };
  });
  // -o FILE goes, in order, to the formats given without their own file.
  const open = specs.filter((s) => s.file === undefined);
  if (outputs.length > open.length)
    throw new UsageError(`${outputs.length} --output files for ${open.length} --format without a file`);
  outputs.forEach((file, i) => {
    const spec = open[i];
    if (spec) spec.file = file;
  });
  if (specs.filter((s) => s.file === undefined).length > 1)
    throw new UsageError('only one format can go to stdout; give the others a file (--format json:report.json)');
  return specs;
}

export function colorWanted(
  streams: Streams,
  flag: boolean | undefined,
  stream: 'stdout' | 'stderr' = 'stdout',
): boolean {
  if (flag === false || (streams.env['NO_COLOR'] !== undefined && streams.env['NO_COLOR'] !== '')) return false;
  if (streams.env['FORCE_COLOR'] !== undefined && streams.env['FORCE_COLOR'] !== '0') return true;
  return streams[stream].isTTY === true;
}

/**
 * `quiet` (--quiet) changes the screen only: the output on stdout shows errors only, while every file output
 * (JSON, SARIF, CSV, JUnit …) keeps every finding.
 */
/** Formats a person reads on the screen, which `--quiet` trims to errors. */
const HUMAN_FORMATS = new Set(['stylish']);

export async function writeOutputs(
  report: Report,
  specs: OutputSpec[],
  streams: Streams,
  { color, quiet }: { color: boolean; quiet: boolean },
): Promise<void> {
  const { repository } = packageInfo();
  const ctx = {
    rules: rules.map((r) => ruleMeta(r, repository)),
    cwd: streams.cwd,
    width: screenWidth(streams),
    ...(repository ? { homepage: repository } : {}),
    // Only SARIF needs the repository's root: git is not asked otherwise.
    ...(specs.some((s) => s.format === 'sarif') ? { srcRoot: repoRoot(streams.cwd) } : {}),
  };
  for (const spec of specs) {
    const load = formatters[spec.format];
    if (!load) continue;
    const formatter = await load();
    if (spec.file === undefined) {
      // --quiet trims the human screen report only; JSON, SARIF, CSV … on stdout keep every finding.
      const screen = quiet && HUMAN_FORMATS.has(spec.format);
      streams.stdout.write(formatter(screen ? quietView(report) : report, { ...ctx, color, quiet: screen }));
    } else {
      const target = resolve(streams.cwd, spec.file);
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, formatter(report, { ...ctx, color: false, quiet: false }));
      } catch (e) {
        throw new UsageError(`cannot write ${spec.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    }
  }
}

/** The terminal's width for the screen output; 80 when stdout is not a terminal (a file, a pipe, CI). */
export const screenWidth = (streams: Streams): number =>
  streams.stdout.isTTY === true && streams.stdout.columns !== undefined && streams.stdout.columns >= 40
    ? streams.stdout.columns
    : 80;
