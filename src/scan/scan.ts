/**
 * `assess scan` orchestration: check every listed file, in worker threads or in-process, and give
 * the reports back in the listed (sorted) order whatever order they finished in, so two runs
 * produce byte-identical reports. A file never stops the batch: whatever goes wrong becomes its
 * `unreadable-document` report.
 */
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packagePath } from '../util/package-path.js';
import { failure } from '../failure/failure.js';
import { checkFile, unreadableReport } from '../pipeline/check-file.js';
import type { CheckOptions } from '../pipeline/options.js';
import type { FileReport } from '../report/types.js';
import { runPool } from './pool.js';
import { taskQueue } from './task-queue.js';

/** One file for a worker: where to read it, and the name the report shows. */
export interface ScanTask {
  path: string;
  display: string;
}

export interface ScanSettings {
  /** Worker threads. */
  jobs: number;
  /** A file a worker has not answered for after this long is reported unreadable and its worker replaced. */
  timeoutMs?: number;
  cwd: string;
  options: CheckOptions;
  /** Each report as it is done, in completion order (the progress bar). */
  onFile?: (report: FileReport) => void;
}

/**
 * Workers load the compiled `worker.js`. Running from the TypeScript sources (vitest), there is
 * none a worker could load, so everything runs in-process; the built CLI uses real workers.
 */
export const workersAvailable = (): boolean => !import.meta.url.endsWith('.ts');

/** The bundled worker entry, dist/worker.js (the build writes it beside dist/main.js). */
export const workerUrl = (): URL => pathToFileURL(packagePath('dist', 'worker.js'));

/** The report standing in for a file whose reader threw or crashed. */
export function crashReport(
  display: string,
  message: string,
  options: Pick<CheckOptions, 'rules'>,
  timedOut = false,
): FileReport {
  const why = timedOut
    ? failure('timeout', `gave up on this file: ${message}`)
    : failure('reader-crashed', `the reader failed on this file (${message})`);
  return unreadableReport(display, why, options);
}

/** The reader a file goes to, by extension: Word's .docm, .dotx and .dotm are read as .docx. */
const KIND_ALIASES: Record<string, string> = { '.yml': '.yaml', '.docm': '.docx', '.dotx': '.docx', '.dotm': '.docx' };
const kindOf = (task: ScanTask): string => {
  const ext = extname(task.path).toLowerCase();
  return KIND_ALIASES[ext] ?? ext;
};

export async function scanFiles(files: readonly string[], settings: ScanSettings): Promise<FileReport[]> {
  const tasks: ScanTask[] = files.map((display) => ({ path: resolve(settings.cwd, display), display }));
  // Even one job runs in a worker: a file that crashes the reader, exhausts its heap or never
  // finishes then costs only its own report.
  if (workersAvailable()) {
    return runPool<ScanTask, FileReport>(tasks, {
      size: Math.min(settings.jobs, tasks.length),
      ...(settings.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
      worker: workerUrl(),
      workerData: settings.options,
      // One reader per worker while its files last (by extension; a misnamed file only changes who reads it).
      kindOf,
      failed: (task, message, timedOut) => crashReport(task.display, message, settings.options, timedOut),
      ...(settings.onFile ? { onResult: settings.onFile } : {}),
    });
  }
  // In-process (tests on the TypeScript sources), the order a single worker would take: one reader's files
  // after another.
  const reports = new Array<FileReport>(tasks.length);
  const queue = taskQueue(tasks.map(kindOf));
  for (let taken = queue.take(undefined, []); taken; taken = queue.take(taken.kind, [])) {
    const i = taken.index;
    const task = tasks[i] as ScanTask;
    let report: FileReport;
    try {
      report = (await checkFile(task.path, task.display, settings.options)).report;
    } catch (e) {
      report = crashReport(task.display, e instanceof Error ? e.message : String(e), settings.options);
    }
    reports[i] = report;
    settings.onFile?.(report);
  }
  return reports;
}
