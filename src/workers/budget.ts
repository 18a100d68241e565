/** What one file may cost to read, and the failure when it costs more. */
import type { ResourceLimits } from 'node:worker_threads';
import { failure, type Failure } from '../failure/failure.js';
import { setV8FlagUnlessGiven } from '../util/v8-flag.js';
import type { PoolFailure } from './pool.js';

/** What one file may cost. */
export interface Budget {
  /** A file unanswered after this long is reported (`timeout`) and its worker replaced. */
  timeoutMs: number;
  /** The heap one file's worker may use, in MiB; past it the file is reported (`too-large`). */
  maxMemoryMib: number;
}

/** 120 s: the slowest real form read in well under 10 s; 256 MiB: real forms peak under 100 MiB of heap. */
export const DEFAULT_BUDGET: Budget = { timeoutMs: 120_000, maxMemoryMib: 256 };

/**
 * The young generation of a worker that reads alone (`check`, `scan --jobs 1`), in MiB. Given a heap limit, V8 sizes
 * a worker's young generation from it, small, and readers allocate fast: reading the bench's 480-page PDF took 141
 * scavenges and about 0.5 s of collection. With 64 MiB it took 97 and about 0.35 s, and a DOCX batch's worker 41
 * instead of 62, for some 10 to 40 MB more at the peak. Several workers keep V8's size: a scan's peak memory adds up
 * over them.
 */
const LONE_WORKER_YOUNG_MIB = 64;

/** A worker's heap limits under the budget, for a pool of `workers`. */
export const workerLimits = (budget: Budget, workers: number): ResourceLimits => ({
  maxOldGenerationSizeMb: budget.maxMemoryMib,
  ...(workers === 1 ? { maxYoungGenerationSizeMb: LONE_WORKER_YOUNG_MIB } : {}),
});

/**
 * How much V8 grows a heap past what a full collection left live, in percent. V8 takes the factor from the heap's
 * limit: 1.3 under a worker's 256 MiB (--max-memory), up to 4 for a thread without one. At 1.3 a worker reading
 * file after file ran three to four times as many full collections as the raw extractors' process, and each threw
 * away the optimised code of pdf.js's short-lived closures, compiled again straight after on the other core: a
 * `scan --jobs 1` of the bench's 200 mixed forms took about 8% longer than at 2. The limit itself holds at any
 * factor (a file past it is still reported too-large). Only for a worker that reads alone (`check`, `scan --jobs
 * 1`): several workers' heaps add up, and at 2 `scan --jobs 2` of 1,000 mixed forms peaked at 306 MB, over the
 * 300 MB it is held to.
 */
const HEAP_GROWING_PERCENT = 100;

/** V8's own value of the flag: the factor taken from the heap's limit. */
const V8_HEAP_GROWING_PERCENT = 0;

/** The heap growing factor a pool's workers run with, until it is done. */
export interface HeapGrowth {
  /** Whether the factor was set for this pool (its workers' code cache is one of their own: V8 checks its flags). */
  grown: boolean;
  /** Gives V8 its own factor back, for the CLI's own thread and its code cache, which V8 checks against its flags. */
  restore(): void;
}

/**
 * Sets the heap growing factor for the process (V8's flags are the process's, read at each collection) before a
 * pool of one worker starts, unless node was started with one of its own; a pool of several keeps V8's.
 */
export function growWorkerHeaps(workers: number, execArgv: readonly string[] = process.execArgv): HeapGrowth {
  const grown = workers === 1 && setV8FlagUnlessGiven('heap-growing-percent', HEAP_GROWING_PERCENT, execArgv);
  return {
    grown,
    restore: () => {
      if (grown) setV8FlagUnlessGiven('heap-growing-percent', V8_HEAP_GROWING_PERCENT, execArgv);
    },
  };
}

/** The typed failure for each way a worker gives up on a file. */
const GAVE_UP: Record<PoolFailure['kind'], (why: PoolFailure, budget: Budget) => Failure> = {
  timeout: (_why, budget) =>
    failure('timeout', `gave up on this file after ${budget.timeoutMs / 1000} s (raise it with --timeout)`),
  'out-of-memory': (_why, budget) =>
    failure(
      'too-large',
      `reading this file needs more than the ${budget.maxMemoryMib} MiB memory limit (raise it with --max-memory)`,
    ),
  // The library's own words (a JavaScript error's message) say nothing about the file: left out.
  crashed: () => failure('reader-crashed', 'the reader stopped on this file with an internal error'),
};

export const budgetFailure = (why: PoolFailure, budget: Budget): Failure => GAVE_UP[why.kind](why, budget);
