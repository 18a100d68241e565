/**
 * The pool's worker: checks (or only loads) each file it is sent and posts back the outcome (plain data). Started
 * by its boot (src/workers/worker-boot.ts, dist/worker.cjs), which runs this bundle through the code cache and is
 * told, before each answer goes, which kind of file was read (so that it can keep the code compiled for it).
 *
 * A promise a reader leaves rejected after it has answered (pdf.js, on some damaged PDFs, rejects an inner
 * promise nobody awaits once its document is destroyed) would otherwise kill this worker while it reads the
 * next file, and that good file would be reported unreadable. An unhandled rejection is one nobody awaits, so
 * no file's answer depends on it (a reader left waiting forever is ended by the pool's time limit): it is
 * dropped, whenever it comes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from '../pipeline/check-file.js';
import { loadAssessment } from '../pipeline/load-assessment.js';
import type { CheckOptions } from '../pipeline/options.js';
import type { WorkerReply, WorkerRequest } from './pool.js';
import type { FileTask, JobResult, WorkerData } from './check-files.js';
import { taskKind } from './task-kind.js';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

type AnyResult = JobResult[FileTask['job']];

export interface WorkerHooks {
  /** After a file of this kind (src/workers/task-kind.ts) was read, before its answer is posted. */
  read?: (kind: string) => void;
}

/** Starts answering the pool: called once, by the worker's boot. */
export function startWorker(hooks: WorkerHooks = {}): void {
  const port = parentPort;
  if (!port) throw new Error('src/workers/worker runs only as a worker thread');
  // Each page read by OCR is told to the pool as it is done (a scan's progress bar counts them).
  const options: CheckOptions = {
    ...(workerData as WorkerData).options,
    onOcrPage: () => port.postMessage({ progress: 'ocr-page' } satisfies WorkerReply<AnyResult>),
  };

  /** What a worker does with a file, by the task's `job`. */
  const jobs: { [J in FileTask['job']]: (task: FileTask) => Promise<JobResult[J]> } = {
    check: (task) => checkFile(task.path, task.display, options, task.parts),
    load: (task) => loadAssessment(task.path, task.display, options),
  };

  process.on('unhandledRejection', () => undefined);

  const answer = (reply: Extract<WorkerReply<AnyResult>, { id: number }>): void => {
    try {
      port.postMessage(reply);
    } catch (e) {
      port.postMessage({ id: reply.id, ok: false, error: message(e) } satisfies WorkerReply<AnyResult>);
    }
  };

  port.on('message', (msg: WorkerRequest<FileTask>) => {
    void (async () => {
      let reply: Extract<WorkerReply<AnyResult>, { id: number }>;
      try {
        reply = { id: msg.id, ok: true, result: await jobs[msg.task.job](msg.task) };
      } catch (e) {
        reply = { id: msg.id, ok: false, error: message(e) };
      }
      // Before the answer: once it is posted, the pool may stop this thread at any moment.
      hooks.read?.(taskKind(msg.task));
      answer(reply);
    })();
  });

  port.postMessage({ ready: true } satisfies WorkerReply<AnyResult>);
}
