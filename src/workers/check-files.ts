/**
 * Checking files under a budget: each document in a worker thread with a heap limit and a time limit, so that a
 * file that exhausts its reader's memory, sends it into a loop or crashes it costs only its own report. A small
 * text file (a YAML form, see `readsInProcess`) is checked in the calling thread instead, while the workers read
 * the documents: it needs no budget, and a thread started for it would cost more than reading it. Used by `check`
 * and `scan`. Outcomes come back in the listed order whatever order they finished in, so two runs produce
 * byte-identical reports. A file never stops the batch: whatever goes wrong becomes its `unreadable-document`
 * report.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packagePath } from '../util/package-path.js';
import { BUNDLED } from '../util/build-mode.js';
import { checkFile, unreadableReport, type FileOutcome } from '../pipeline/check-file.js';
import type { CheckOptions } from '../pipeline/options.js';
import { readsInProcess } from '../pipeline/in-process.js';
import { loadAssessment, type Loaded, type Part } from '../pipeline/load-assessment.js';
import { budgetFailure, growWorkerHeaps, workerLimits, type Budget } from './budget.js';
import { runPool, type PoolFailure, type PoolOptions } from './pool.js';
import { taskKind } from './task-kind.js';
import { taskQueue } from './task-queue.js';

/** One file for a worker: where to read it, the name the report shows, and what to do with it. */
export interface FileTask {
  path: string;
  display: string;
  job: keyof JobResult;
  /** The files of a form published in parts, read as one (`check --join`); `path` is the first. */
  parts?: Part[];
}

/** What each job gives back: `check` the file's report, `load` only its normalised assessment (`normalise`). */
export interface JobResult {
  check: FileOutcome;
  load: Loaded;
}

export interface CheckFilesSettings {
  /** Worker threads at once (small text files are checked in the calling thread besides). */
  jobs: number;
  budget: Budget;
  cwd: string;
  options: CheckOptions;
  /** Each outcome as it is done, in completion order (the progress bar). */
  onFile?: (outcome: FileOutcome) => void;
  /** Each page read by OCR as it is done (the progress bar). */
  onOcrPage?: () => void;
  /** Where the workers keep their compiled code (src/util/code-cache.ts); none when undefined. */
  codeCacheDir?: string | undefined;
}

/** What each worker is started with. */
export interface WorkerData {
  options: CheckOptions;
  /** Where its code cache is, and the name of the cache (src/workers/worker-boot.ts). */
  codeCache?: { dir: string; name: string } | undefined;
}

/**
 * Workers load the compiled `worker.cjs`. Running from the TypeScript sources (vitest), there is
 * none a worker could load, so everything runs in-process; the built CLI uses real workers.
 */
export const workersAvailable = (): boolean => BUNDLED;

/** The bundled worker entry, dist/worker.cjs (the build writes it beside dist/main.cjs). */
export const workerUrl = (): URL => pathToFileURL(packagePath('dist', 'worker.cjs'));

/** The outcome standing in for a file whose worker gave up on it. */
export function gaveUp(display: string, why: PoolFailure, settings: Pick<CheckFilesSettings, 'budget' | 'options'>) {
  const reason = budgetFailure(why, settings.budget);
  return { ok: false, failure: reason, report: unreadableReport(display, reason, settings.options) } as const;
}

/** A file to check: its name as given (relative to `cwd`), or where it is and the name the report shows. */
export type FileRef = string | { path: string; display: string; parts?: Part[] };

export async function checkFiles(files: readonly FileRef[], settings: CheckFilesSettings): Promise<FileOutcome[]> {
  const tasks: FileTask[] = files.map((f) =>
    typeof f === 'string'
      ? { path: resolve(settings.cwd, f), display: f, job: 'check' }
      : { path: f.path, display: f.display, job: 'check', ...(f.parts ? { parts: f.parts } : {}) },
  );
  if (workersAvailable()) {
    const inProcess = await Promise.all(tasks.map((t) => (t.parts ? false : readsInProcess(t.path))));
    const isolated = tasks.filter((_t, i) => !inProcess[i]);
    const [read, here] = await Promise.all([
      inWorkers(isolated, settings),
      // In this thread, one after another, while the workers read the documents.
      (async () => {
        const outcomes: FileOutcome[] = [];
        for (const task of tasks.filter((_t, i) => inProcess[i])) {
          const outcome = await checkHere(task, settings);
          settings.onFile?.(outcome);
          outcomes.push(outcome);
        }
        return outcomes;
      })(),
    ]);
    let nextRead = 0;
    let nextHere = 0;
    return tasks.map((_t, i) => (inProcess[i] ? here[nextHere++] : read[nextRead++]) as FileOutcome);
  }
  // In-process (tests on the TypeScript sources), the order a single worker would take: one reader's files
  // after another. No budget can be enforced here.
  const outcomes = new Array<FileOutcome>(tasks.length);
  const queue = taskQueue(tasks.map(taskKind));
  for (let taken = queue.take(undefined, []); taken; taken = queue.take(taken.kind, [])) {
    const outcome = await checkHere(tasks[taken.index] as FileTask, settings);
    outcomes[taken.index] = outcome;
    settings.onFile?.(outcome);
  }
  return outcomes;
}

/** Documents read in worker threads under the budget, in the listed order. */
function inWorkers(tasks: readonly FileTask[], settings: CheckFilesSettings): Promise<FileOutcome[]> {
  return underBudget<FileOutcome>(tasks, Math.min(settings.jobs, tasks.length), settings, {
    // One reader per worker while its files last (by extension; a misnamed file only changes who reads it).
    kindOf: taskKind,
    failed: (task, why) => gaveUp(task.display, why, settings),
    ...(settings.onFile ? { onResult: settings.onFile } : {}),
    ...(settings.onOcrPage ? { onProgress: settings.onOcrPage } : {}),
  });
}

/**
 * The most files a worker may be given for it to start from its code cache (src/workers/worker-boot.ts). A check of
 * one DOCX form starts about 90 ms sooner with the cache, a tenth of its time. Over a long batch the start counts
 * for nothing, and workers started from the cache read PDFs more slowly: `scan --jobs 1` of 104 PDF forms took
 * 10.9 s with it, 9.1 s without (why is not known). So a pool with more files than this a worker compiles from source.
 */
const CACHED_FILES_PER_WORKER = 8;

type PoolRole<R> = Pick<PoolOptions<FileTask, R>, 'kindOf' | 'failed' | 'onResult' | 'onProgress'>;

/** A pool of `size` workers under the budget, with the heap growth a pool of its size is given, for its run. */
async function underBudget<R>(
  tasks: readonly FileTask[],
  size: number,
  settings: Omit<CheckFilesSettings, 'jobs' | 'onFile'>,
  role: PoolRole<R>,
): Promise<R[]> {
  if (tasks.length === 0) return [];
  const growth = growWorkerHeaps(size);
  const dir = tasks.length <= size * CACHED_FILES_PER_WORKER ? settings.codeCacheDir : undefined;
  try {
    return await runPool<FileTask, R>(tasks, {
      size,
      timeoutMs: settings.budget.timeoutMs,
      resourceLimits: workerLimits(settings.budget, size),
      worker: workerUrl(),
      workerData: {
        options: settings.options,
        // V8 checks a code cache against its flags: workers with the heap growth set keep a cache of their own.
        // A long batch's workers compile from source (CACHED_FILES_PER_WORKER).
        codeCache: dir ? { dir, name: growth.grown ? 'worker-grown' : 'worker' } : undefined,
      } satisfies WorkerData,
      ...role,
    });
  } finally {
    growth.restore();
  }
}

/** One file checked in this thread, without a budget; a reader that throws gives the file's report, as a worker's. */
async function checkHere(task: FileTask, settings: CheckFilesSettings): Promise<FileOutcome> {
  try {
    const options = settings.onOcrPage ? { ...settings.options, onOcrPage: settings.onOcrPage } : settings.options;
    return await checkFile(task.path, task.display, options, task.parts);
  } catch (e) {
    return gaveUp(task.display, { kind: 'crashed', message: e instanceof Error ? e.message : String(e) }, settings);
  }
}

/** One file loaded and normalised (not checked) under the budget, reported as `display`: what `normalise` prints. */
export async function loadFile(
  file: string,
  display: string,
  settings: Omit<CheckFilesSettings, 'jobs' | 'onFile'>,
): Promise<Loaded> {
  const task: FileTask = { path: resolve(settings.cwd, file), display, job: 'load' };
  if (!workersAvailable()) return loadAssessment(task.path, display, settings.options);
  const [loaded] = await underBudget<Loaded>([task], 1, settings, {
    failed: (_task, why) => ({ ok: false, failure: budgetFailure(why, settings.budget) }),
  });
  return loaded as Loaded;
}
