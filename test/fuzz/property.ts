/**
 * The property every input must keep, whatever its bytes: `node bin/assess.js check --format json FILE`
 * (the built binary, or ASSESS_SCENARIO_BIN as in the scenario suite) exits 0, 1 or 2 within the time
 * limit; on 0 and 1 stdout is a JSON report of exactly one file; stderr holds no stack trace, no unhandled
 * rejection, no crash banner of Node's, and at most a few lines.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binPath } from '../bin/scenario.js';

export const DEFAULT_TIMEOUT_MS = 60_000;
export const MAX_STDERR_LINES = 5;
/** stdout kept per run; a report of one file is far smaller. */
const MAX_CAPTURE = 64 * 2 ** 20;

export type Property =
  | 'time-limit'
  | 'exit-code'
  | 'json'
  | 'one-file'
  | 'stack-trace'
  | 'unhandled-rejection'
  | 'node-crash'
  | 'stderr-lines';

export interface Violation {
  property: Property;
  detail: string;
}

export interface CheckRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
  /** Peak resident memory (VmHWM) of the child in KiB, sampled from /proc on Linux; undefined elsewhere. */
  peakRssKiB: number | undefined;
}

/** A stack frame as Node prints one: `    at fn (file:1:2)` or `    at file:1:2`. */
const STACK_FRAME = [/^\s+at .+\(.*:\d+:\d+\)$/, /^\s+at \S+:\d+:\d+$/];
const isFrame = (line: string): boolean => STACK_FRAME.some((re) => re.test(line)) || line.includes('node:internal');

function readPeakRss(pid: number): number | undefined {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Run `check --format json <file>` in cwd (file relative to it), killing the child's process group after timeoutMs. */
export function runCheck(
  file: string,
  options: { cwd: string; timeoutMs?: number; bin?: string } = { cwd: process.cwd() },
): Promise<CheckRun> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const env: Record<string, string> = { NO_COLOR: '1' };
  if (process.env['PATH']) env['PATH'] = process.env['PATH'];
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [options.bin ?? binPath, 'check', '--format', 'json', file], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout kills whatever it started too.
      detached: process.platform !== 'win32',
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let peak: number | undefined;
    const sample = (): void => {
      if (child.pid === undefined || process.platform !== 'linux') return;
      const rss = readPeakRss(child.pid);
      if (rss !== undefined) peak = Math.max(peak ?? 0, rss);
    };
    const sampler = setInterval(sample, 100);
    const kill = (): void => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < MAX_CAPTURE) stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < MAX_CAPTURE) stderr += chunk;
    });
    child.on('exit', sample);
    child.on('error', (e) => {
      clearTimeout(timer);
      clearInterval(sampler);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(sampler);
      resolvePromise({
        code,
        signal,
        stdout,
        stderr,
        timedOut,
        ms: Math.round(performance.now() - started),
        peakRssKiB: peak,
      });
    });
  });
}

/** Write the bytes as `name` into a fresh scratch folder, check it there, and remove the folder. */
export async function checkBytes(
  name: string,
  bytes: Uint8Array,
  options: { timeoutMs?: number; bin?: string; parent?: string } = {},
): Promise<CheckRun> {
  const dir = mkdtempSync(join(options.parent ?? tmpdir(), 'assess-fuzz-'));
  try {
    writeFileSync(join(dir, name), bytes);
    return await runCheck(name, { cwd: dir, ...options });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const nonEmptyLines = (text: string): string[] => text.split(/\r?\n/).filter((l) => l.trim() !== '');

/** Every way the run breaks the property; empty when it holds. */
export function violations(run: CheckRun, timeoutMs = DEFAULT_TIMEOUT_MS): Violation[] {
  const out: Violation[] = [];
  if (run.timedOut) out.push({ property: 'time-limit', detail: `still running after ${timeoutMs / 1000}s (killed)` });
  else if (run.code === null) out.push({ property: 'exit-code', detail: `killed by ${run.signal ?? 'a signal'}` });
  else if (![0, 1, 2].includes(run.code)) out.push({ property: 'exit-code', detail: `exit code ${run.code}` });
  if (!run.timedOut && (run.code === 0 || run.code === 1)) {
    let report: unknown;
    try {
      report = JSON.parse(run.stdout);
    } catch (e) {
      out.push({ property: 'json', detail: `stdout is not JSON (${(e as Error).message.slice(0, 80)})` });
    }
    if (report !== undefined) {
      const files = (report as { files?: unknown } | null)?.files;
      if (!Array.isArray(files) || files.length !== 1)
        out.push({
          property: 'one-file',
          detail: Array.isArray(files) ? `files has ${files.length} entries` : 'no files array',
        });
    }
  }
  const lines = nonEmptyLines(run.stderr);
  const frame = lines.find((l) => STACK_FRAME.some((re) => re.test(l))) ?? lines.find(isFrame);
  if (frame !== undefined) out.push({ property: 'stack-trace', detail: frame.trim().slice(0, 160) });
  const rejection = lines.find((l) => /UnhandledPromiseRejection/i.test(l));
  if (rejection !== undefined)
    out.push({
      property: 'unhandled-rejection',
      detail: (rejectionReason(run.stderr) ?? rejection.trim()).slice(0, 160),
    });
  const banner = lines.find((l) => /^Node\.js v\d+/.test(l) || /^FATAL ERROR:/.test(l));
  if (banner !== undefined) out.push({ property: 'node-crash', detail: banner.trim() });
  if (lines.length > MAX_STDERR_LINES)
    out.push({ property: 'stderr-lines', detail: `${lines.length} lines on stderr (at most ${MAX_STDERR_LINES})` });
  return out;
}

/** The reason Node prints for an unhandled rejection: `XRefEntryException: Bad (uncompressed) XRef entry: 7R`. */
const rejectionReason = (stderr: string): string | undefined =>
  /rejected with the reason "(.*)"\.?\s*$/m.exec(stderr)?.[1];

/**
 * The line of stderr that says what went wrong: the reason of an unhandled rejection, else the first
 * error-like line, else the first line that is no stack frame, source excerpt or banner.
 */
export function stderrMessage(stderr: string): string | undefined {
  const lines = nonEmptyLines(stderr);
  return (
    rejectionReason(stderr) ??
    lines.find((l) => /^\s*(\w*(Error|Exception)\b|UnhandledPromiseRejection|FATAL|assess:)/.test(l)) ??
    lines.find((l) => !isFrame(l) && !/^\s*\^+\s*$/.test(l) && !/^Node\.js v/.test(l) && !/^\s{2,}\S/.test(l))
  );
}

/**
 * What the failure says, with the varying parts (numbers, quoted text, paths) blurred, for telling distinct
 * failures apart: stderrMessage, and the first stack frame outside Node's internals.
 */
export function stderrGist(stderr: string): string {
  const blur = (s: string): string =>
    s
      .replace(/(["'`]).*?\1/g, '"…"')
      .replace(/\/[^\s:()]+/g, '/…')
      .replace(/\d+/g, 'N')
      .trim()
      .slice(0, 120);
  const message = stderrMessage(stderr);
  const top = nonEmptyLines(stderr).find((l) => isFrame(l) && !l.includes('node:internal'));
  const fn = top ? (/^\s+at (?:async )?([^\s(]+) \(/.exec(top)?.[1] ?? 'anonymous') : '';
  return [message ? blur(message) : '', fn].filter(Boolean).join(' @ ');
}
