/**
 * How many workers `assess scan` runs: what `--jobs` asks for (default: every core), but never
 * more than the cores, nor more than the memory holds at what one worker may take: its heap limit
 * (`--max-memory`) and about 100 MB besides (code, the young generation, buffers; a worker that has
 * read DOCX or PDF files peaks near 200 MB in all, see bench/results.md). So the whole scan's peak is
 * bounded by `jobs` times that, whatever the files.
 *
 * The memory counted is the machine's total memory, or the container's limit when one is set
 * (cgroups, `process.constrainedMemory()`), not `os.freemem()`: free memory is a moment's reading
 * that would change the cap from run to run, and on macOS it leaves out the memory the system
 * reclaims on demand (a 16 GB laptop often shows a few hundred MB "free"). The total gives the
 * same cap on the same machine every time and still keeps a small CI container from being asked
 * for more workers than it can hold.
 */
import { availableParallelism, totalmem } from 'node:os';
import { plural } from '../util/text.js';

/** What a worker takes besides its heap limit. */
export const WORKER_OVERHEAD_BYTES = 100 * 2 ** 20;

/** The memory one worker is allowed for in the cap, for a heap limit of `maxMemoryMib`. */
export const workerBytes = (maxMemoryMib: number): number => maxMemoryMib * 2 ** 20 + WORKER_OVERHEAD_BYTES;

export interface MachineLimits {
  cores: number;
  /** Bytes of memory the process can use. */
  memory: number;
}

export interface JobsChoice {
  jobs: number;
  /** Set when the asked-for number was lowered: the reason, for one line on stderr. */
  capped?: string;
}

function formatBytes(bytes: number): string {
  return bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GB` : `${Math.round(bytes / 2 ** 20)} MB`;
}

/**
 * The worker count for `requested` (undefined: no --jobs, every core) on a machine with `limits`, each
 * worker with a heap limit of `maxMemoryMib`.
 * Always at least 1.
 */
export function chooseJobs(requested: number | undefined, limits: MachineLimits, maxMemoryMib: number): JobsChoice {
  const cores = Math.max(1, Math.floor(limits.cores));
  const perWorker = workerBytes(maxMemoryMib);
  const byMemory = Math.max(1, Math.floor(limits.memory / perWorker));
  const limit = Math.min(cores, byMemory);
  if (requested === undefined) return { jobs: limit };
  if (requested <= limit) return { jobs: requested };
  const why =
    cores <= byMemory
      ? plural(cores, 'core')
      : `${formatBytes(limits.memory)} of memory, about ${formatBytes(perWorker)} a worker`;
  return { jobs: limit, capped: `--jobs ${requested} capped to ${limit} (${why})` };
}

/** This machine's cores and memory (the container's limit when it is lower than the total). */
export function machineLimits(): MachineLimits {
  const total = totalmem();
  // 0 or undefined when unknown; a huge number (2^64) when the cgroup sets no limit.
  const constrained = process.constrainedMemory?.() ?? 0;
  const memory = constrained > 0 && constrained < total ? constrained : total;
  return { cores: availableParallelism(), memory };
}
