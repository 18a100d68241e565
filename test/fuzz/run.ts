/**
 * The mutation fuzzer's command line: `npm run fuzz -- --count 5000 [--seed N] [--jobs N]`.
 *
 * Mutant n of seed s (test/fuzz/mutators.ts) is written to a scratch folder and checked with the built
 * binary (rebuilt first when stale; ASSESS_SCENARIO_BIN names another), one child per mutant, --jobs at a
 * time, each killed after --timeout seconds. A mutant that breaks the property (test/fuzz/property.ts) is
 * kept in the run's scratch folder, and the smallest mutant of each distinct failure is saved to
 * test/fuzz/corpus/ (test/fuzz/fuzzer.ts). Prints a summary; exits 1 when any mutant failed.
 *
 * Flags: --count N (1000), --seed N (random, printed), --jobs N (the cores, at most 4), --start N (the first
 * mutant's index: `--seed 7 --start 26 --count 1` rebuilds and reruns mutant 26 alone), --timeout SECONDS
 * (60), --formats docx,pdf,yaml, --light (sizes capped, no bombs: the CI batch's mutants), --corpus DIR,
 * --max-corpus N (30 files), --no-save, --keep (keep every mutant).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import buildIfStale from '../setup/build-if-stale.js';
import { CORPUS_DIR, fuzz, saveToCorpus } from './fuzzer.js';
import { EXTS, type Ext } from './mutators.js';
import { DEFAULT_TIMEOUT_MS } from './property.js';

const positiveInt = (name: string, value: string | undefined, fallback: number, min = 1): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}`);
  return n;
};

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      start: { type: 'string' },
      jobs: { type: 'string' },
      timeout: { type: 'string' },
      formats: { type: 'string' },
      corpus: { type: 'string' },
      'max-corpus': { type: 'string' },
      'no-save': { type: 'boolean' },
      light: { type: 'boolean' },
      keep: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]}*/\n`);
    return 0;
  }
  const seed = positiveInt('seed', values.seed, Math.floor(Math.random() * 2 ** 31), 0);
  const count = positiveInt('count', values.count, 1000);
  const start = positiveInt('start', values.start, 0, 0);
  // A huge-document mutant can take gigabytes: a few children at a time by default, not one per core.
  const jobs = positiveInt('jobs', values.jobs, Math.min(4, availableParallelism()));
  const timeoutMs = positiveInt('timeout', values.timeout, DEFAULT_TIMEOUT_MS / 1000) * 1000;
  const formats = values.formats ? (values.formats.split(',').map((f) => f.trim()) as Ext[]) : [...EXTS];
  const unknown = formats.filter((f) => !EXTS.includes(f));
  if (unknown.length > 0) throw new Error(`--formats: unknown ${unknown.join(', ')} (docx, pdf, yaml)`);
  const corpus = values.corpus ?? CORPUS_DIR;
  const maxFiles = positiveInt('max-corpus', values['max-corpus'], 30, 0);

  if (!process.env['ASSESS_SCENARIO_BIN']) await buildIfStale();
  const scratch = mkdtempSync(join(tmpdir(), 'assess-fuzz-run-'));
  const failedDir = join(scratch, 'failures');
  process.stderr.write(
    `fuzz: seed ${seed}, mutants ${start}..${start + count - 1}, ${jobs} jobs, ${timeoutMs / 1000}s limit, ` +
      `formats ${formats.join(',')}${values.light ? ', light' : ''}\n`,
  );

  const started = performance.now();
  let done = 0;
  let failed = 0;
  const byFormat = new Map<string, { runs: number; ms: number; failed: number }>();
  const exitCodes = new Map<string, number>();
  const slowest: { name: string; ms: number }[] = [];
  let peak = { name: '', kib: 0 };
  const tty = process.stderr.isTTY;
  const failures = await fuzz({
    seed,
    start,
    count,
    jobs,
    timeoutMs,
    formats,
    light: values.light ?? false,
    scratch,
    onResult: (m, run, v) => {
      done++;
      const stat = byFormat.get(m.ext) ?? { runs: 0, ms: 0, failed: 0 };
      stat.runs++;
      stat.ms += run.ms;
      const code = run.timedOut ? 'killed (time limit)' : String(run.code ?? run.signal);
      exitCodes.set(code, (exitCodes.get(code) ?? 0) + 1);
      slowest.push({ name: m.name, ms: run.ms });
      slowest.sort((a, b) => b.ms - a.ms).splice(5);
      if (run.peakRssKiB !== undefined && run.peakRssKiB > peak.kib) peak = { name: m.name, kib: run.peakRssKiB };
      if (v.length > 0) {
        failed++;
        stat.failed++;
        mkdirSync(failedDir, { recursive: true });
        writeFileSync(join(failedDir, m.name), m.bytes);
        if (!tty) process.stderr.write(`  ✗ ${m.name}: ${v.map((x) => `${x.property} (${x.detail})`).join('; ')}\n`);
      } else if (values.keep) {
        mkdirSync(join(scratch, 'passed'), { recursive: true });
        writeFileSync(join(scratch, 'passed', m.name), m.bytes);
      }
      byFormat.set(m.ext, stat);
      if (tty) process.stderr.write(`\r${done}/${count} mutants, ${failed} failing`);
      else if (done % 250 === 0) process.stderr.write(`${done}/${count} mutants, ${failed} failing\n`);
    },
  });
  if (tty) process.stderr.write('\n');
  const seconds = (performance.now() - started) / 1000;

  const out: string[] = [];
  out.push(`\nfuzz summary: seed ${seed}, ${count} mutants in ${seconds.toFixed(1)}s with ${jobs} jobs`);
  for (const [ext, s] of [...byFormat].sort()) {
    out.push(
      `  ${ext}: ${s.runs} mutants, ${s.failed} failing, ${(s.ms / Math.max(1, s.runs)).toFixed(0)} ms each on average`,
    );
  }
  out.push(`  exit codes: ${[...exitCodes].map(([c, k]) => `${c} ×${k}`).join(', ')}`);
  out.push(`  slowest: ${slowest.map((s) => `${s.name} ${(s.ms / 1000).toFixed(1)}s`).join(', ')}`);
  if (peak.kib > 0) out.push(`  peak memory: ${(peak.kib / 1024).toFixed(0)} MiB (${peak.name})`);
  const byProperty = new Map<string, number>();
  for (const f of failures)
    for (const p of new Set(f.violations.map((v) => v.property)))
      byProperty.set(`${f.mutant.ext} ${p}`, (byProperty.get(`${f.mutant.ext} ${p}`) ?? 0) + 1);
  if (failures.length === 0) out.push('  no mutant broke the property');
  else {
    out.push(`  ${failures.length} failing mutants (kept in ${relative(process.cwd(), failedDir) || failedDir}):`);
    for (const [k, n] of [...byProperty].sort()) out.push(`    ${k}: ${n}`);
    const signatures = new Map<string, number>();
    for (const f of failures) signatures.set(f.signature, (signatures.get(f.signature) ?? 0) + 1);
    out.push(`  ${signatures.size} distinct failures:`);
    for (const [s, n] of [...signatures].sort((a, b) => b[1] - a[1])) out.push(`    ${n} × ${s}`);
    if (!values['no-save']) {
      const { saved, skipped } = saveToCorpus(failures, { dir: corpus, maxFiles, timeoutMs });
      out.push(
        `  corpus: ${saved.length} new in ${relative(process.cwd(), corpus) || corpus}` +
          (saved.length > 0 ? ` (${saved.join(', ')})` : '') +
          (skipped.length > 0 ? `; ${skipped.length} left out (corpus limits)` : ''),
      );
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  if (failures.length === 0 && !values.keep) rmSync(scratch, { recursive: true, force: true });
  return failures.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`fuzz: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
