import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PoolStartError, runPool, type PoolFailure } from '../../src/workers/pool.js';

/**
 * The pool itself, with real worker threads: a plain-JS worker (vitest cannot start a worker on
 * TypeScript) that speaks the pool's protocol and misbehaves on request.
 */
const WORKER = `
import { parentPort, threadId, workerData } from 'node:worker_threads';
let busy = 0;
const born = Date.now();
// Tasks under way in every worker of the pool at once, when the test shares a counter.
const running = workerData.running ? new Int32Array(workerData.running) : undefined;
parentPort.on('message', async ({ id, task }) => {
  busy++;
  if (busy > 1) parentPort.postMessage({ id, ok: false, error: 'two tasks at once' });
  if (running && Atomics.add(running, 0, 1) + 1 > workerData.size) parentPort.postMessage({ id, ok: false, error: 'over the pool size' });
  await new Promise((r) => setTimeout(r, task.delay ?? 0));
  if (running) Atomics.sub(running, 0, 1);
  busy--;
  if (task.crash) process.exit(3);
  if (task.fatal) throw new Error('uncaught in worker');
  if (task.throws) { parentPort.postMessage({ id, ok: false, error: 'task threw' }); return; }
  if (task.spin) for (;;) {}
  if (task.hog) { const a = []; for (;;) a.push(new Array(1e6).fill(task)); }
  parentPort.postMessage({ id, ok: true, result: { value: task.n * workerData.factor, thread: threadId, born, ended: Date.now() } });
});
parentPort.postMessage({ ready: true });
`;

const dir = mkdtempSync(join(tmpdir(), 'assess-pool-'));
writeFileSync(join(dir, 'worker.mjs'), WORKER);
writeFileSync(join(dir, 'broken.mjs'), 'import "./no-such-module.mjs";');
const worker = pathToFileURL(join(dir, 'worker.mjs'));

interface Task {
  n: number;
  delay?: number;
  crash?: boolean;
  fatal?: boolean;
  throws?: boolean;
  hog?: boolean;
  spin?: boolean;
}
type Result =
  { value: number; thread?: number; born?: number; ended?: number } | { failed: string; kind: PoolFailure['kind'] };

const failed = (task: Task, why: PoolFailure): Result => ({ failed: `${task.n}: ${why.message}`, kind: why.kind });

describe('runPool', () => {
  it('returns results in task order whatever order they finish in, one task per worker at a time', async () => {
    // Task 0 is slow, the rest quick: it cannot finish first.
    const tasks: Task[] = Array.from({ length: 20 }, (_, n) => ({ n, delay: n === 0 ? 300 : (n % 4) * 5 }));
    const order: number[] = [];
    const results = await runPool<Task, Result>(tasks, {
      size: 3,
      worker,
      workerData: { factor: 10 },
      failed,
      onResult: (_r, i) => order.push(i),
    });
    expect(results.map((r) => ('value' in r ? r.value : r.failed))).toEqual(tasks.map((t) => t.n * 10));
    expect(order[0]).not.toBe(0); // they did finish out of order
    expect([...order].sort((a, b) => a - b)).toEqual(tasks.map((t) => t.n));
    expect(new Set(results.map((r) => ('thread' in r ? r.thread : 0))).size).toBe(3);
  });

  it('with kindOf, each worker keeps to one kind of task while it lasts', async () => {
    // Kinds interleaved a, b, a, b, ...; equal work per task.
    const tasks: (Task & { kind: string })[] = Array.from({ length: 24 }, (_, n) => ({
      n,
      delay: 5,
      kind: n % 2 === 0 ? 'a' : 'b',
    }));
    const results = await runPool<Task & { kind: string }, Result>(tasks, {
      size: 2,
      worker,
      workerData: { factor: 1 },
      failed,
      kindOf: (t) => t.kind,
    });
    expect(results.map((r) => ('value' in r ? r.value : r.failed))).toEqual(tasks.map((t) => t.n));
    const kindsByThread = new Map<number, Set<string>>();
    results.forEach((r, i) => {
      const thread = 'thread' in r ? (r.thread as number) : -1;
      kindsByThread.set(thread, (kindsByThread.get(thread) ?? new Set()).add(tasks[i]?.kind as string));
    });
    // Every thread ran one kind only (a worker that ran out of its kind was replaced, hence maybe a third).
    expect([...kindsByThread.values()].every((k) => k.size === 1)).toBe(true);
    expect(new Set([...kindsByThread.values()].flatMap((k) => [...k]))).toEqual(new Set(['a', 'b']));
  });

  it('a worker out of its kind is replaced by a fresh one for the next kind', async () => {
    const tasks: (Task & { kind: string })[] = [
      { n: 0, kind: 'a' },
      { n: 1, kind: 'b' },
      { n: 2, kind: 'a' },
      { n: 3, kind: 'b' },
    ];
    const results = await runPool<Task & { kind: string }, Result>(tasks, {
      size: 1,
      worker,
      workerData: { factor: 1 },
      failed,
      kindOf: (t) => t.kind,
    });
    const thread = (i: number): number | undefined => {
      const r = results[i];
      return r && 'thread' in r ? r.thread : undefined;
    };
    expect(thread(0)).toBe(thread(2));
    expect(thread(1)).toBe(thread(3));
    expect(thread(1)).not.toBe(thread(0));
  });

  it("a worker's replacement starts while it runs the last task of its kind, and waits for it to end", async () => {
    // Kind a (the larger, taken first) ends on a slow task; b's worker is started meanwhile, yet never runs a
    // task while a's does.
    const tasks: (Task & { kind: string })[] = [
      { n: 0, kind: 'a', delay: 20 },
      { n: 1, kind: 'a', delay: 400 },
      { n: 2, kind: 'b', delay: 20 },
    ];
    const running = new SharedArrayBuffer(4);
    const results = await runPool<Task & { kind: string }, Result>(tasks, {
      size: 1,
      worker,
      workerData: { factor: 1, running, size: 1 },
      failed,
      kindOf: (t) => t.kind,
    });
    expect(results.map((r) => ('value' in r ? r.value : r.failed))).toEqual([0, 1, 2]);
    const [, a, b] = results as { thread: number; born: number; ended: number }[];
    expect(b?.thread).not.toBe(a?.thread);
    expect(b?.born).toBeLessThan(a?.ended as number);
  });

  it('a task unanswered after timeoutMs fails alone (a reader stuck in a loop); its worker is replaced', async () => {
    const tasks: Task[] = [{ n: 0 }, { n: 1, spin: true }, { n: 2 }, { n: 3 }];
    const results = await runPool<Task, Result>(tasks, {
      size: 1,
      worker,
      workerData: { factor: 1 },
      failed,
      timeoutMs: 500,
    });
    expect(results.map((r) => ('value' in r ? r.value : r.failed))).toEqual([0, '1: no answer after 0.5 s', 2, 3]);
    expect(results[1]).toMatchObject({ kind: 'timeout' });
  });

  it('a crashing worker, an uncaught error and a throwing task fail only their own task; the batch goes on', async () => {
    const tasks: Task[] = [
      { n: 0 },
      { n: 1, crash: true },
      { n: 2 },
      { n: 3, throws: true },
      { n: 4, fatal: true },
      { n: 5 },
      { n: 6, crash: true },
      { n: 7 },
    ];
    const results = await runPool<Task, Result>(tasks, { size: 2, worker, workerData: { factor: 1 }, failed });
    expect(results).toEqual([
      expect.objectContaining({ value: 0 }),
      { failed: '1: its worker exited with code 3', kind: 'crashed' },
      expect.objectContaining({ value: 2 }),
      { failed: '3: task threw', kind: 'crashed' },
      { failed: '4: uncaught in worker', kind: 'crashed' },
      expect.objectContaining({ value: 5 }),
      { failed: '6: its worker exited with code 3', kind: 'crashed' },
      expect.objectContaining({ value: 7 }),
    ]);
  });

  it('a worker that runs out of memory fails its task and is replaced', async () => {
    const tasks: Task[] = [{ n: 0, hog: true }, { n: 1 }, { n: 2 }];
    const results = await runPool<Task, Result>(tasks, {
      size: 1,
      worker,
      workerData: { factor: 1 },
      failed,
      resourceLimits: { maxOldGenerationSizeMb: 48 },
    });
    expect(results[0]).toEqual({ failed: expect.stringMatching(/^0: .*memory/i), kind: 'out-of-memory' });
    expect(results.slice(1)).toEqual([expect.objectContaining({ value: 1 }), expect.objectContaining({ value: 2 })]);
  }, 60_000);

  it('more workers than tasks: one per task; no tasks: no workers', async () => {
    expect(await runPool<Task, Result>([{ n: 2 }], { size: 8, worker, workerData: { factor: 2 }, failed })).toEqual([
      expect.objectContaining({ value: 4 }),
    ]);
    expect(await runPool<Task, Result>([], { size: 8, worker: new URL('file:///nowhere.mjs'), failed })).toEqual([]);
  });

  it('a worker that cannot start at all rejects the run (a broken install, not a bad file)', async () => {
    await expect(
      runPool<Task, Result>([{ n: 1 }, { n: 2 }], { size: 2, worker: pathToFileURL(join(dir, 'broken.mjs')), failed }),
    ).rejects.toBeInstanceOf(PoolStartError);
  });
});
