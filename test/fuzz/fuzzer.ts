/**
 * The fuzzing loop and the corpus: run mutants of the fixtures (test/fuzz/mutators.ts) through the built
 * binary, collect those that break the property (test/fuzz/property.ts), and save the smallest input of each
 * distinct failure to test/fuzz/corpus/ as `<source>-<seed>-<n>.<ext>` with a `<that name>.txt` saying what failed.
 * test/fuzz/run.ts is its command line (`npm run fuzz`), test/fuzz/fuzz.test.ts its test.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../bin/scenario.js';
import { EXTS, loadSources, makeMutant, type Ext, type Mutant } from './mutators.js';
import { checkBytes, stderrGist, stderrMessage, violations, type CheckRun, type Violation } from './property.js';

export const CORPUS_DIR = join(repoRoot, 'test', 'fuzz', 'corpus');
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_CORPUS_BYTES = 5 * 1024 * 1024;

export interface Failure {
  mutant: Mutant;
  run: CheckRun;
  violations: Violation[];
  signature: string;
  /** The run's --formats when it was not every format (mutant n depends on the fixtures it draws from). */
  formats?: string;
}

/** Which failure this is, for keeping one input per kind: format, properties broken, and what stderr says. */
export function signature(m: Mutant, run: CheckRun, v: Violation[]): string {
  const properties = [...new Set(v.map((x) => x.property))].sort().join(',');
  // A hang prints nothing: tell hangs apart by the kind of damage that caused them.
  const gist = run.timedOut
    ? `after ${(m.ops[0] ?? '').replace(/\(.*$/s, '')}`
    : stderrGist(run.stderr.split(m.name).join('FILE'));
  return `${m.ext}|${properties}|${gist}`;
}

/** The `.txt` saved beside a corpus file. */
export function describeFailure(f: Failure, timeoutMs: number): string {
  const stderr = f.run.stderr.split(/\r?\n/).filter((l) => l.trim() !== '');
  const excerpt = stderr.slice(0, 8).map((l) => `  ${l.slice(0, 200)}`);
  if (stderr.length > 8) excerpt.push(`  … ${stderr.length - 8} more lines`);
  return [
    `property: ${[...new Set(f.violations.map((v) => v.property))].join(', ')}`,
    ...f.violations.map((v) => `  ${v.property}: ${v.detail}`),
    `source: ${f.mutant.sourcePath}`,
    `seed: ${f.mutant.seed}  mutant: ${f.mutant.n}`,
    `mutations: ${f.mutant.ops.join(', ')}`,
    `message: ${(stderrMessage(f.run.stderr) ?? '(none)').trim().slice(0, 300)}`,
    `exit: ${f.run.timedOut ? `none, killed at the ${timeoutMs / 1000}s limit` : (f.run.code ?? f.run.signal)} (${f.run.ms} ms)`,
    `signature: ${f.signature}`,
    `reproduce: npm run fuzz -- --seed ${f.mutant.seed} --start ${f.mutant.n} --count 1${f.formats ? ` --formats ${f.formats}` : ''}${f.mutant.light ? ' --light' : ''} --no-save`,
    'stderr:',
    ...(excerpt.length > 0 ? excerpt : ['  (empty)']),
    '',
  ].join('\n');
}

/** Signatures of the failures already in the corpus (from the `signature:` line of each `.txt`). */
function corpusSignatures(dir: string): Set<string> {
  const out = new Set<string>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const m = /^signature: (.*)$/m.exec(readFileSync(join(dir, f), 'utf8'));
    if (m?.[1]) out.add(m[1]);
  }
  return out;
}

/** The note saved beside a corpus input: `messy-2024-1-26.pdf` → `messy-2024-1-26.pdf.txt`. */
export const noteOf = (file: string): string => `${file}.txt`;

/** The corpus's inputs (every file but the `.txt` notes and dotfiles). */
export function corpusFiles(dir = CORPUS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => !f.endsWith('.txt') && !f.startsWith('.'))
    .sort();
}

/** Run mutants [start, start+count) of seed with `jobs` children at a time; `onResult` sees each in turn. */
export async function fuzz(options: {
  seed: number;
  start?: number;
  count: number;
  jobs: number;
  timeoutMs: number;
  formats?: readonly Ext[];
  /** makeMutant's light mode: capped sizes, no bombs (bounded time). */
  light?: boolean;
  scratch?: string;
  onResult?: (m: Mutant, run: CheckRun, v: Violation[]) => void;
}): Promise<Failure[]> {
  const sources = loadSources(repoRoot, options.formats);
  const failures: Failure[] = [];
  const start = options.start ?? 0;
  let next = start;
  const worker = async (): Promise<void> => {
    while (next < start + options.count) {
      const n = next++;
      const m = makeMutant(sources, options.seed, n, options.light ?? false);
      const run = await checkBytes(m.name, m.bytes, {
        timeoutMs: options.timeoutMs,
        ...(options.scratch ? { parent: options.scratch } : {}),
      });
      const v = violations(run, options.timeoutMs);
      if (v.length > 0)
        failures.push({
          mutant: m,
          run,
          violations: v,
          signature: signature(m, run, v),
          ...(options.formats && options.formats.length < EXTS.length ? { formats: options.formats.join(',') } : {}),
        });
      options.onResult?.(m, run, v);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.jobs) }, worker));
  return failures.sort((a, b) => a.mutant.n - b.mutant.n);
}

/** The smallest failing input of each signature, skipping those the corpus already has, within its limits. */
export function saveToCorpus(
  failures: Failure[],
  options: { dir: string; maxFiles: number; timeoutMs: number },
): { saved: string[]; skipped: string[] } {
  mkdirSync(options.dir, { recursive: true });
  const known = corpusSignatures(options.dir);
  const existing = corpusFiles(options.dir);
  let files = existing.length;
  let bytes = existing.reduce((n, f) => n + statSync(join(options.dir, f)).size, 0);
  const best = new Map<string, Failure>();
  for (const f of failures) {
    if (known.has(f.signature) || f.mutant.bytes.length > MAX_FILE_BYTES) continue;
    const held = best.get(f.signature);
    if (!held || f.mutant.bytes.length < held.mutant.bytes.length) best.set(f.signature, f);
  }
  // Round-robin over (format, properties) groups, so one noisy kind of failure cannot fill the corpus.
  const groups = new Map<string, Failure[]>();
  for (const f of [...best.values()].sort((a, b) => a.mutant.bytes.length - b.mutant.bytes.length)) {
    const group = f.signature.split('|').slice(0, 2).join('|');
    groups.set(group, [...(groups.get(group) ?? []), f]);
  }
  const ordered: Failure[] = [];
  for (let round = 0; ordered.length < best.size; round++)
    for (const list of groups.values()) if (list[round]) ordered.push(list[round] as Failure);
  const saved: string[] = [];
  const skipped: string[] = [];
  for (const f of ordered) {
    // The same name from a run over other --formats is another mutant: never overwrite one.
    const taken = existsSync(join(options.dir, f.mutant.name));
    if (taken || files >= options.maxFiles || bytes + f.mutant.bytes.length > MAX_CORPUS_BYTES) {
      skipped.push(f.mutant.name);
      continue;
    }
    writeFileSync(join(options.dir, f.mutant.name), f.mutant.bytes);
    writeFileSync(join(options.dir, noteOf(f.mutant.name)), describeFailure(f, options.timeoutMs));
    files++;
    bytes += f.mutant.bytes.length;
    saved.push(f.mutant.name);
  }
  return { saved, skipped };
}
