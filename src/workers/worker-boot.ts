/**
 * dist/worker.cjs, what the pool starts each worker thread with: it runs the worker's bundle, dist/worker-main.cjs
 * (src/workers/worker.ts with the readers it uses, mammoth among them, built as one CommonJS file), through V8's
 * code cache (src/util/code-cache.ts), so that a worker does not parse and compile its readers' code again each
 * time it starts. pdf.js and exceljs stay ES modules of the build (dist/lazy/), imported when a PDF or a
 * spreadsheet comes.
 *
 * The cache says which kinds of file its worker had read: a worker that reads a kind the cache does not cover
 * writes it again, with that kind's code, before it answers for that file (the pool may stop a worker once it has
 * its answer).
 */
import { workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { codeCachePath, runCachedBundle } from '../util/code-cache.js';
import type { WorkerData } from './check-files.js';
import type { startWorker } from './worker.js';

/** The hash of dist/worker-main.cjs, defined by the build (scripts/build.mjs). */
declare const __ASSESS_WORKER_HASH__: string;

const where = (workerData as WorkerData).codeCache;
const cache = where
  ? { path: codeCachePath(where.dir, where.name, __ASSESS_WORKER_HASH__), name: where.name }
  : undefined;
const worker = runCachedBundle<{ startWorker: typeof startWorker }>(
  fileURLToPath(new URL('./worker-main.cjs', import.meta.url)),
  cache,
);
worker.exports.startWorker({ read: (kind) => worker.cover([kind]) });
