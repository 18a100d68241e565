/**
 * One form read as `check` reads it: a small text file (YAML) in this thread, anything else (DOCX, PDF, a
 * spreadsheet, a large file) in a worker under the per-file budget; an http(s) URL fetched first (bounded as for
 * `check`). Shared by the commands that need the assessment itself rather than its findings (`normalise`,
 * `migrate`, `report`).
 */
import { codeCacheDir } from '../util/cache-dir.js';
import { resolve } from 'node:path';
import type { Loaded } from '../pipeline/load-assessment.js';
import { loadAssessment } from '../pipeline/load-assessment.js';
import { readsInProcess } from '../pipeline/in-process.js';
import type { CheckOptions } from '../pipeline/options.js';
import type { Budget } from '../workers/budget.js';
import { fetchUrl, isUrl } from './fetch-url.js';
import { abortsCheck } from '../failure/failure.js';
import type { Assessment } from '../normalise/assessment.js';
import { fileAt } from '../report/location-text.js';
import { EXIT } from './exit-codes.js';
import { budgetOptions, readOptions, type BudgetFlags, type ReadFlags } from './options.js';
import { resolveConfig } from './resolve-config.js';
import { warn, type RunContext } from './run-context.js';

export async function loadForm(
  ctx: RunContext,
  file: string,
  options: CheckOptions,
  budget: Budget,
  userAgent?: string,
): Promise<Loaded> {
  if (!isUrl(file)) return loadAt(ctx, resolve(ctx.streams.cwd, file), file, options, budget);
  const fetched = await fetchUrl(file, {
    maxBytes: options.maxBytes,
    timeoutMs: budget.timeoutMs,
    ...(userAgent !== undefined ? { userAgent } : {}),
  });
  try {
    return await loadAt(ctx, fetched.path, fetched.display, options, budget);
  } finally {
    await fetched.remove();
  }
}

async function loadAt(
  ctx: RunContext,
  path: string,
  display: string,
  options: CheckOptions,
  budget: Budget,
): Promise<Loaded> {
  if (await readsInProcess(path)) return loadAssessment(path, display, options);
  const { loadFile } = await import('../workers/check-files.js');
  return loadFile(path, display, {
    budget,
    cwd: ctx.streams.cwd,
    options,
    codeCacheDir: codeCacheDir(ctx.streams.env),
  });
}

/** What a command that reads one form takes from its flags. */
export type FormFlags = ReadFlags & BudgetFlags & { config?: string | boolean; userAgent?: string };

/**
 * The one form a command works on (`normalise`, `migrate`), read with the configuration's expected Code and rules.
 * Undefined when it cannot be read: the problem is said on stderr and the exit code set, as `check` sets it.
 */
export async function loadCommandForm(
  ctx: RunContext,
  file: string,
  flags: FormFlags,
): Promise<Assessment | undefined> {
  const config = await resolveConfig(ctx.streams.cwd, flags.config);
  const options = { ...readOptions(flags, config.code), rules: config.rules };
  const loaded = await loadForm(ctx, file, options, budgetOptions(flags), flags.userAgent);
  if (loaded.ok) return loaded.assessment;
  warn(ctx, `${fileAt(file, loaded.failure.location)}: ${loaded.failure.message}`);
  ctx.exitCode = abortsCheck(loaded.failure) ? EXIT.usage : EXIT.findings;
  return undefined;
}
