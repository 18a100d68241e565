/**
 * Running the built binary (`node bin/assess.js`, the scenario suite's binPath) on a hostile input with a
 * wall-clock budget, measuring the peak memory of its whole process tree: every 100 ms the resident set
 * (VmRSS in /proc/<pid>/status) of the child and of every process descending from it (found through the
 * parent pid in /proc/<pid>/stat) is summed, and the largest sum is kept. A run over its budget is killed
 * (with its descendants) and reported as such, so a hang costs the budget and not the test timeout.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { binPath } from '../bin/scenario.js';

export interface BinRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Killed after the budget. */
  overBudget: boolean;
  /** stdout was longer than the most kept (the rest was dropped). */
  truncated: boolean;
  ms: number;
  /** Peak summed RSS of the process tree, in bytes (0 where /proc cannot be read). */
  peakRss: number;
}

export interface BinOptions {
  cwd: string;
  /** Kill the run after this many milliseconds. */
  budgetMs: number;
  /** Most stdout characters kept (default 64 Mi). */
  maxStdout?: number;
}

/** The parent pid of every process, from /proc/<pid>/stat (the field after the parenthesised command). */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.set(Number(entry), ppid);
    } catch {
      // The process ended meanwhile.
    }
  }
  return out;
}

/** `root` and every process below it. */
export function processTree(root: number): number[] {
  const byParent = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid]);
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(byParent.get(tree[i] as number) ?? []));
  return tree;
}

/** Resident set size of one process in bytes (0 when it is gone). */
export function rss(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export const treeRss = (root: number): number => processTree(root).reduce((sum, pid) => sum + rss(pid), 0);

/** `node bin/assess.js ...argv` in `cwd`, with NO_COLOR and a fixed terminal width. */
export function runBin(argv: readonly string[], options: BinOptions): Promise<BinRun> {
  const maxStdout = options.maxStdout ?? 64 * 2 ** 20;
  const env: Record<string, string> = { NO_COLOR: '1', COLUMNS: '100' };
  if (process.env['PATH']) env['PATH'] = process.env['PATH'];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...argv], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let truncated = false;
    let overBudget = false;
    let peakRss = 0;
    const pid = child.pid;
    const sample = (): void => {
      if (pid !== undefined) peakRss = Math.max(peakRss, treeRss(pid));
    };
    const poll = setInterval(sample, 100);
    const kill = (): void => {
      if (pid === undefined) return;
      for (const p of processTree(pid).reverse()) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    };
    const timer = setTimeout(() => {
      overBudget = true;
      kill();
    }, options.budgetMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length + chunk.length > maxStdout) {
        truncated = true;
        stdout += chunk.slice(0, Math.max(0, maxStdout - stdout.length));
      } else stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      // A crash can print a long native stack; the first 64 KiB say enough.
      if (stderr.length < 65536) stderr += chunk.slice(0, 65536 - stderr.length);
    });
    child.on('error', (e) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, overBudget, truncated, ms: Date.now() - started, peakRss });
    });
    sample();
  });
}

/** The run in one line: exit code or signal, time, peak memory. */
export const summary = (r: BinRun): string =>
  `${r.overBudget ? 'killed over budget' : r.signal ? `signal ${r.signal}` : `exit ${r.code}`}, ` +
  `${(r.ms / 1000).toFixed(1)} s, peak ${Math.round(r.peakRss / 2 ** 20)} MiB`;
