/**
 * One form read as `check` reads it: a small text file (YAML) in this thread, anything else (DOCX, PDF, a
 * spreadsheet, a large file) in a worker under the per-file budget. Shared by the commands that need the
 * assessment itself rather than its findings (`normalise`, `report`).
 */
import { resolve } from 'node:path';
import type { Loaded } from '../pipeline/load-assessment.js';
import { loadAssessment } from '../pipeline/load-assessment.js';
import { readsInProcess } from '../pipeline/in-process.js';
import type { CheckOptions } from '../pipeline/options.js';
import type { Budget } from '../workers/budget.js';
import type { RunContext } from './run-context.js';

export async function loadForm(ctx: RunContext, file: string, options: CheckOptions, budget: Budget): Promise<Loaded> {
  const path = resolve(ctx.streams.cwd, file);
  if (await readsInProcess(path)) return loadAssessment(path, file, options);
  const { loadFile } = await import('../workers/check-files.js');
  return loadFile(file, { budget, cwd: ctx.streams.cwd, options });
}
