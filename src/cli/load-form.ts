/**
 * One form read as `check` reads it: a small text file (YAML) in this thread, anything else (DOCX, PDF, a
 * spreadsheet, a large file) in a worker under the per-file budget; an http(s) URL fetched first (bounded as for
 * `check`). Shared by the commands that need the assessment itself rather than its findings (`normalise`,
 * `report`).
 */
import { resolve } from 'node:path';
import type { Loaded } from '../pipeline/load-assessment.js';
import { loadAssessment } from '../pipeline/load-assessment.js';
import { readsInProcess } from '../pipeline/in-process.js';
import type { CheckOptions } from '../pipeline/options.js';
import type { Budget } from '../workers/budget.js';
import { fetchUrl, isUrl } from './fetch-url.js';
import type { RunContext } from './run-context.js';

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
  return loadFile(path, display, { budget, cwd: ctx.streams.cwd, options });
}
