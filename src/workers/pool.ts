/**
 * A small worker_threads pool. Each worker gets one task at a time and the next only when it
 * answers, so at most `size` files are in memory at once whatever the batch size. A task that
 * throws inside its worker, or whose worker dies (crash, over its heap limit, process.exit), becomes
 * `failed(task, why)`, and so does a task still unanswered after `timeoutMs` (its worker is
 * stopped: a reader stuck in a loop cannot be interrupted any other way). A dead worker is replaced
 * and the batch goes on; only the task it was on when it died fails. Only a worker that cannot even
 * start (a broken install) rejects the run.
 *
 * A worker out of its kind of task is replaced (see task-queue.ts). Its replacement is started as it takes the
 * last task of its kind, so that the new thread loads while that task runs; it waits, taking nothing, until the
 * old worker is done, so no more than `size` tasks ever run at once.
 *
 * The worker module speaks this protocol: it posts `{ ready: true }` once loaded, then answers each
 * `{ id, task }` with `{ id, ok: true, result }` or `{ id, ok: false, error }`.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { taskQueue, type Taken } from './task-queue.js';

export interface WorkerRequest<T> {
  id: number;
  task: T;
}

export type WorkerReply<R> =
  | { ready: true }
  /** Work done within a task (a page read by OCR), for a progress bar. */
  | { progress: WorkerProgress }
  | { id: number; ok: true; result: R }
  | { id: number; ok: false; error: string };

/** What a worker says of a task under way. */
export type WorkerProgress = 'ocr-page';

/** Why a task failed: it threw or its worker died, it ran past `timeoutMs`, or its worker ran out of heap. */
export interface PoolFailure {
  kind: 'crashed' | 'timeout' | 'out-of-memory';
  message: string;
}

export interface PoolOptions<T, R> {
  /** Workers at once (at most one per task). */
  size: number;
  /** The worker module. */
  worker: URL;
  /** Passed to every worker once (options shared by all tasks). */
  workerData?: unknown;
  /** Per-worker heap limits; a worker over them dies alone (its task fails) and is replaced. */
  resourceLimits?: ResourceLimits;
  /**
   * A task's kind: each worker keeps to one kind while it lasts (see task-queue.ts), and a worker out of
   * its kind is replaced by a fresh one for the next. Default: all one kind.
   */
  kindOf?: (task: T) => string;
  /** A task unanswered after this long fails and its worker is replaced (default: no limit). */
  timeoutMs?: number;
  /** The result standing in for a task that threw, timed out or whose worker died. */
  failed: (task: T, why: PoolFailure) => R;
  /** Each result as it arrives, in completion order (progress). */
  onResult?: (result: R, index: number) => void;
  /** Work done within a task, as the worker says it. */
  onProgress?: (progress: WorkerProgress) => void;
}

export class PoolStartError extends Error {
  override readonly name = 'PoolStartError';
}

/** Run every task; results come back in task order, whatever order they finished in. */
export function runPool<T, R>(tasks: readonly T[], options: PoolOptions<T, R>): Promise<R[]> {
  const results = new Array<R>(tasks.length);
  if (tasks.length === 0) return Promise.resolve(results);

  return new Promise<R[]>((resolveAll, rejectAll) => {
    /** Each live worker, and the kind of task it is on (undefined until its first). */
    const live = new Map<Worker, string | undefined>();
    const queue = taskQueue(tasks.map((t) => options.kindOf?.(t) ?? ''));
    let done = 0;
    let stopped = false;

    const stop = (error?: Error): void => {
      if (stopped) return;
      stopped = true;
      const ending = [...live.keys()].map((w) => w.terminate());
      live.clear();
      void Promise.allSettled(ending).then(() => (error ? rejectAll(error) : resolveAll(results)));
    };

    const settle = (index: number, result: R): void => {
      results[index] = result;
      done++;
      try {
        options.onResult?.(result, index);
      } catch (e) {
        stop(e as Error);
        return;
      }
      if (done === tasks.length) stop();
    };

    const taskAt = (index: number): T => tasks[index] as T;

    /** A worker started ahead to replace one on the last task of its kind: `start` gives it its first task. */
    let standby: { start: (first?: Taken) => void } | undefined;

    /** The worker after one that was retired or died: the standby when there is one, else a new one. */
    const replace = (first?: Taken): void => {
      const next = standby;
      standby = undefined;
      if (next) next.start(first);
      else spawn(first);
    };

    /**
     * A new worker; `first`, when given, is its first task (taken already, by the worker it replaces). A worker
     * started `waiting` takes no task until it is started (`start`, with its first task or to take its own).
     */
    const spawn = (first?: Taken, waiting = false): { start: (first?: Taken) => void } => {
      // stdout/stderr piped and drained: a library printing from a worker must not corrupt the report on stdout.
      const worker = new Worker(options.worker, {
        workerData: options.workerData,
        stdout: true,
        stderr: true,
        ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
      });
      worker.stdout.resume();
      worker.stderr.resume();
      live.set(worker, first?.kind);
      let ready = false;
      let current: number | undefined;
      let crash: PoolFailure | undefined;
      let timer: NodeJS.Timeout | undefined;
      const clearTimer = (): void => {
        if (timer) clearTimeout(timer);
        timer = undefined;
      };

      const retire = (): void => {
        // Its exit is then expected.
        live.delete(worker);
        void worker.terminate();
      };

      const feed = (): void => {
        if (stopped) return;
        const was = live.get(worker);
        const othersOn = [...live].filter(([w]) => w !== worker).map(([, k]) => k);
        const taken = queue.take(was, othersOn);
        if (!taken) {
          retire();
          return;
        }
        if (was !== undefined && taken.kind !== was) {
          // Out of its kind: a fresh worker takes the next one, without the old kind's library and heap.
          retire();
          replace(taken);
          return;
        }
        dispatch(taken);
      };

      const dispatch = (taken: Taken): void => {
        if (stopped) return;
        live.set(worker, taken.kind);
        current = taken.index;
        worker.postMessage({ id: current, task: taskAt(current) } satisfies WorkerRequest<T>);
        // The last of its kind, with others to come: its replacement loads meanwhile.
        if (!standby && queue.leftOf(taken.kind) === 0 && queue.left() > 0) standby = spawn(undefined, true);
        const limit = options.timeoutMs;
        if (limit !== undefined) {
          timer = setTimeout(() => {
            crash = { kind: 'timeout', message: `no answer after ${limit / 1000} s` };
            void worker.terminate();
          }, limit);
        }
      };

      worker.on('message', (msg: WorkerReply<R>) => {
        if ('ready' in msg) {
          ready = true;
          if (first) dispatch(first);
          else if (!waiting) feed();
          return;
        }
        if ('progress' in msg) {
          options.onProgress?.(msg.progress);
          return;
        }
        if (msg.id !== current) return;
        clearTimer();
        const index = current;
        current = undefined;
        settle(index, msg.ok ? msg.result : options.failed(taskAt(index), { kind: 'crashed', message: msg.error }));
        feed();
      });
      worker.on('error', (e: Error & { code?: unknown }) => {
        crash ??= { kind: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'crashed', message: e.message };
      });
      worker.on('exit', (code: number) => {
        clearTimer();
        // A standby that ended before it was wanted is not one any more.
        if (standby === handle) standby = undefined;
        if (!live.delete(worker) || stopped) return;
        if (!ready) {
          stop(new PoolStartError(`a worker could not start: ${crash?.message ?? `it exited with code ${code}`}`));
          return;
        }
        if (current !== undefined) {
          const index = current;
          current = undefined;
          const why = crash ?? { kind: 'crashed', message: `its worker exited with code ${code}` };
          settle(index, options.failed(taskAt(index), why));
        }
        if (!stopped && queue.left() > 0) replace();
      });

      const handle = {
        start: (task?: Taken): void => {
          waiting = false;
          if (task && ready) dispatch(task);
          else if (task) first = task;
          else if (ready) feed();
        },
      };
      return handle;
    };

    for (let i = 0; i < Math.min(Math.max(1, options.size), tasks.length); i++) spawn();
  });
}
