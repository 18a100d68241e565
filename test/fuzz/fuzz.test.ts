/**
 * The fuzz suite, over the built binary (node bin/assess.js, or ASSESS_SCENARIO_BIN; test/setup/build-if-stale.ts
 * rebuilds dist/ first): every input saved in test/fuzz/corpus/ is replayed, and a small fixed-seed batch of
 * fresh mutants is run, each asserting the property of test/fuzz/property.ts. `npm run fuzz` runs long
 * batches and adds what they find to the corpus.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusFiles, describeFailure, fuzz, noteOf } from './fuzzer.js';
import { loadSources, makeMutant } from './mutators.js';
import { repoRoot } from '../bin/scenario.js';
import { DEFAULT_TIMEOUT_MS, checkBytes, violations } from './property.js';

/** Children at a time: the suite's other files run beside this one. */
const JOBS = Math.max(1, Math.min(2, availableParallelism()));

/**
 * The CI batch: light mutants (sizes capped, no bombs), 150 of them, about 55 s of wall time on 2 cores
 * (measured: 53 s with two children at a time); a mutant that hangs adds up to its time limit.
 */
const BATCH = { seed: 20_251_201, count: 150, timeoutMs: DEFAULT_TIMEOUT_MS, light: true };

/** At most `slots` calls at a time. */
function limiter(slots: number): <T>(task: () => Promise<T>) => Promise<T> {
  let free = slots;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (free === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    else free--;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

const excerpt = (text: string, lines = 12): string =>
  text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, lines)
    .map((l) => `    ${l.slice(0, 200)}`)
    .join('\n');

describe('fuzz corpus: every saved input keeps the property', () => {
  const files = corpusFiles();
  const limit = limiter(JOBS);
  // Queued replays wait for a slot: the timeout allows for every file ahead running to the time limit.
  const timeout = Math.ceil(files.length / JOBS + 1) * (DEFAULT_TIMEOUT_MS + 5_000);

  it('the corpus is within its limits (each file under 1 MB, all under 5 MB, a note beside each)', () => {
    const sizes = files.map((f) => readFileSync(join(CORPUS_DIR, f)).length);
    expect(sizes.every((s) => s < 1024 * 1024)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(5 * 1024 * 1024);
    for (const f of files) expect(readFileSync(join(CORPUS_DIR, noteOf(f)), 'utf8')).toMatch(/^property: /);
  });

  describe.concurrent('replay', () => {
    for (const file of files) {
      it(file, { timeout }, async () => {
        const run = await limit(() => checkBytes(file, readFileSync(join(CORPUS_DIR, file))));
        const found = violations(run);
        if (found.length === 0) return;
        const note = readFileSync(join(CORPUS_DIR, noteOf(file)), 'utf8');
        throw new Error(
          [
            `test/fuzz/corpus/${file}: assess check --format json ${file}`,
            ...found.map((v) => `  ✗ ${v.property}: ${v.detail}`),
            `--- exit ${run.timedOut ? 'none (killed)' : (run.code ?? run.signal)} after ${run.ms} ms; stderr:`,
            excerpt(run.stderr),
            '--- saved when found:',
            excerpt(note, 6),
          ].join('\n'),
        );
      });
    }
  });
});

describe('fuzz batch', () => {
  it('mutants are deterministic: the same seed and index give the same bytes', () => {
    const sources = loadSources(repoRoot);
    for (const light of [false, true])
      for (const n of [0, 1, 17, 99]) {
        const a = makeMutant(sources, BATCH.seed, n, light);
        const b = makeMutant(sources, BATCH.seed, n, light);
        expect(b.name).toBe(a.name);
        expect(b.ops).toEqual(a.ops);
        expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes))).toBe(0);
      }
    const batch = Array.from({ length: BATCH.count }, (_, n) => makeMutant(sources, BATCH.seed, n, BATCH.light));
    expect(new Set(batch.map((m) => m.ext))).toEqual(new Set(['docx', 'pdf', 'yaml']));
    // Light mutants stay small (no bombs, capped sizes), so the batch's time is bounded.
    expect(Math.max(...batch.map((m) => m.bytes.length))).toBeLessThan(1024 * 1024);
    // Mutating never touches the fixtures themselves.
    for (const s of sources) expect(Buffer.compare(Buffer.from(s.bytes), readFileSync(join(repoRoot, s.path)))).toBe(0);
  });

  it(
    `a fixed-seed batch of ${BATCH.count} mutants (seed ${BATCH.seed}) keeps the property`,
    { timeout: 15 * 60_000 },
    async () => {
      const started = performance.now();
      const failures = await fuzz({ ...BATCH, jobs: JOBS });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (failures.length === 0) return;
      const dir = mkdtempSync(join(tmpdir(), 'assess-fuzz-batch-'));
      mkdirSync(dir, { recursive: true });
      for (const f of failures) {
        writeFileSync(join(dir, f.mutant.name), f.mutant.bytes);
        writeFileSync(join(dir, noteOf(f.mutant.name)), describeFailure(f, BATCH.timeoutMs));
      }
      throw new Error(
        [
          `${failures.length} of ${BATCH.count} mutants break the property (${seconds}s; inputs in ${dir}):`,
          ...failures.map(
            (f) =>
              `  ✗ ${f.mutant.name} [${f.mutant.ops.join(', ')}]: ` +
              f.violations.map((v) => `${v.property} (${v.detail})`).join('; '),
          ),
          `rerun one: npm run fuzz -- --seed ${BATCH.seed} --light --start N --count 1 --no-save`,
        ].join('\n'),
      );
    },
  );
});
