// Timing one process from spawn to exit, and its peak resident memory.
//
// Peak RSS comes from `/usr/bin/time -v` ("Maximum resident set size") when it exists: the maximum
// RSS of the node process, which holds every worker thread of a scan (scan starts no child
// processes, so that process is the whole tree). Without it, /proc/<pid>/status VmHWM (the
// kernel's own high-water mark) is polled every 20 ms until exit. Both sides of a comparison are
// always measured the same way.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const TIME_BIN = '/usr/bin/time';
export const rssMethod = existsSync(TIME_BIN) ? 'time -v' : existsSync('/proc/self/status') ? 'proc' : 'none';

const vmHwmKb = (pid) => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Run `node ...args`; resolve { ms, code, stderr, rssKb?, cpuMs? }. With `rss`, peak RSS is measured as
 * described above (and, through /usr/bin/time, the CPU time: user + system, every thread).
 */
export function run(args, { cwd, rss = false, env = process.env } = {}) {
  const viaTime = rss && rssMethod === 'time -v';
  const [cmd, argv] = viaTime ? [TIME_BIN, ['-v', process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peak;
    let timer;
    if (rss && rssMethod === 'proc') {
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
