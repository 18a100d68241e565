/**
 * The OCR process (src/ingest/ocr/ocr-apart.ts) through the built binary: it goes when the worker that started
 * it is stopped by `--timeout`, while the scan goes on; and one that ends without an answer (killed, as the
 * kernel's out-of-memory killer would) fails only its document, as `reader-crashed`, in one line.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, STACK_TRACE } from '../bin/scenario.js';

const SCAN = join(repoRoot, 'fixtures/scanned/council-2020-upside-down.pdf');

/** The processes `pid` started (Linux: /proc/<pid>/task/<tid>/children), running dist/ocr.js. */
function ocrChildren(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    let kids: string;
    try {
      kids = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
    } catch {
      continue;
    }
    for (const kid of kids ? kids.split(' ').map(Number) : []) {
      try {
        if (readFileSync(`/proc/${kid}/cmdline`, 'utf8').includes('dist/ocr.js')) out.push(kid);
      } catch {
        // gone already
      }
    }
  }
  return out;
}

const alive = (pid: number): boolean => {
  try {
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
  } catch {
    return false;
  }
};

interface Watched {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Each OCR process seen, and whether it was seen gone while assess was still running. */
  seen: { pid: number; goneBeforeEnd: boolean }[];
}

/** Run the binary, watching its OCR processes every 50 ms; `onOcr` is called with each new one. */
function watch(args: string[], onOcr: (pid: number) => void = () => undefined): Promise<Watched> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const seen: Watched['seen'] = [];
    const timer = setInterval(() => {
      for (const s of seen) if (!alive(s.pid)) s.goneBeforeEnd = true;
      for (const pid of ocrChildren(child.pid ?? 0)) {
        if (seen.some((s) => s.pid === pid)) continue;
        seen.push({ pid, goneBeforeEnd: false });
        onOcr(pid);
      }
    }, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, stdout, stderr, seen });
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function goneWithin(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) if (!alive(pid)) return true;
  return !alive(pid);
}

describe.skipIf(process.platform !== 'linux')('the OCR process, through the binary', () => {
  it('goes with its worker when --timeout stops it, and the scan goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assess-ocr-timeout-'));
    copyFileSync(SCAN, join(dir, 'a.pdf'));
    copyFileSync(SCAN, join(dir, 'b.pdf'));
    copyFileSync(join(repoRoot, 'fixtures/forms/council-2024.yaml'), join(dir, 'form.yaml'));
    const run = await watch(['scan', dir, '--jobs', '1', '--timeout', '2', '--no-progress', '--no-config']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Scanned 3 files: 2 unreadable');
    expect(run.stdout.match(/gave up on this file after 2 s/g)).toHaveLength(2);
    expect(run.seen.length).toBe(2);
    // The first document's OCR process ended while the second document was read (two seconds more)...
    expect(run.seen[0]?.goneBeforeEnd).toBe(true);
    // ...and none is left once assess has ended: each goes at its next turn of the event loop, which a page being
    // drawn can hold up for a second or two on a loaded machine.
    for (const s of run.seen) expect(await goneWithin(s.pid, 10_000), `OCR process ${s.pid} left running`).toBe(true);
    for (const pattern of STACK_TRACE) expect(run.stderr).not.toMatch(pattern);
  }, 60_000);

  it('one killed before it answers fails its document alone, as reader-crashed', async () => {
    const run = await watch(['check', SCAN, '--no-config', '--format', 'json'], (pid) => {
      setTimeout(() => process.kill(pid, 'SIGKILL'), 300);
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      files: { unreadable: boolean; failure: string | null; findings: { rule: string; message: string }[] }[];
    };
    const [file] = report.files;
    expect(file?.unreadable).toBe(true);
    expect(file?.failure).toBe('reader-crashed');
    expect(file?.findings.map((f) => f.rule)).toEqual(['unreadable-document']);
    expect(file?.findings[0]?.message).toMatch(/^the OCR process was stopped by SIGKILL before it answered/);
    for (const pattern of STACK_TRACE) expect(run.stderr).not.toMatch(pattern);
  }, 60_000);
});
