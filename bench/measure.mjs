// Timing one process from spawn to exit, and its peak resident memory.
//
// Peak RSS comes from `/usr/bin/time -v` ("Maximum resident set size") when it exists: the maximum
// RSS of the node process, which holds every worker thread of a scan (scan starts no child
// processes but an OCR process for a scanned document, which only the OCR rows meet: they use
// `tree`). Without it, /proc/<pid>/status VmHWM (the kernel's own high-water mark) is polled every
// 20 ms until exit. Both sides of a comparison are
// always measured the same way.
//
// With `tree`, the process is polled every 20 ms (no /usr/bin/time) along with every process it started
// (an OCR process, src/ingest/ocr/ocr-apart.ts): `treeKb` is the peak of their RSS summed (pages shared by two
// processes, such as node's own code, are counted twice: an upper bound), `childKb` the largest high-water
// mark (VmHWM) of one started process.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const TIME_BIN = '/usr/bin/time';
export const rssMethod = existsSync(TIME_BIN) ? 'time -v' : existsSync('/proc/self/status') ? 'proc' : 'none';

/** A figure of /proc/<pid>/status in kB (`VmHWM`: the peak RSS; `VmRSS`: the RSS now), undefined once it is gone. */
const statusKb = (pid, field) => {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
};
const vmHwmKb = (pid) => statusKb(pid, 'VmHWM');

/** Every process started by `pid`, and by those, from /proc/<pid>/task/<tid>/children. */
function descendants(pid) {
  const out = [];
  let tasks;
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    let kids;
    try {
      kids = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
    } catch {
      continue;
    }
    for (const kid of kids ? kids.split(' ').map(Number) : []) out.push(kid, ...descendants(kid));
  }
  return out;
}

/**
 * Run `node ...args`; resolve { ms, code, stderr, rssKb?, cpuMs? }. With `rss`, peak RSS is measured as
 * described above (and, through /usr/bin/time, the CPU time: user + system, every thread).
 */
export function run(args, { cwd, rss = false, tree = false, env = process.env } = {}) {
  const viaTime = rss && !tree && rssMethod === 'time -v';
  const [cmd, argv] = viaTime ? [TIME_BIN, ['-v', process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peak;
    let timer;
    let treeKb;
    let childKb;
    if (tree) {
      timer = setInterval(() => {
        const kids = descendants(child.pid);
        const sum = [child.pid, ...kids].reduce((total, pid) => total + (statusKb(pid, 'VmRSS') ?? 0), 0);
        treeKb = Math.max(treeKb ?? 0, sum);
        peak = Math.max(peak ?? 0, vmHwmKb(child.pid) ?? 0);
        for (const kid of kids) childKb = Math.max(childKb ?? 0, vmHwmKb(kid) ?? 0);
      }, 20);
    } else if (rss && rssMethod === 'proc') {
      timer = setInterval(() => {
        const kb = vmHwmKb(child.pid);
        if (kb !== undefined) peak = Math.max(peak ?? 0, kb);
      }, 20);
    }
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (timer) clearInterval(timer);
      let cpuMs;
      if (viaTime) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        if (m) peak = Number(m[1]);
        const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
        const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
        if (user && sys) cpuMs = (Number(user[1]) + Number(sys[1])) * 1000;
        stderr = stderr.replace(/\tCommand being timed:[\s\S]*$/, '');
      }
      resolve({
        ms,
        code,
        stderr,
        ...(peak !== undefined ? { rssKb: peak } : {}),
        ...(cpuMs !== undefined ? { cpuMs } : {}),
        ...(treeKb !== undefined ? { treeKb } : {}),
        ...(childKb !== undefined ? { childKb } : {}),
      });
    });
  });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Side by side: `runs` rounds of A and B, alternating which goes first, after `warmup` untimed rounds.
 * Resolves { a: result[], b: result[] }.
 */
export async function pair(a, b, { runs, warmup = 1, cwd, rss = false, onRound } = {}) {
  for (let i = 0; i < warmup; i++) {
    await run(a, { cwd, rss });
    await run(b, { cwd, rss });
  }
  const out = { a: [], b: [] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
    for (const side of order) out[side].push(await run(side === 'a' ? a : b, { cwd, rss }));
    onRound?.(i + 1);
  }
  return out;
}
