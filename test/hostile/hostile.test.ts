/**
 * Issue #10: the built binary against every hostile input of test/hostile/generators.ts. Each input goes
 * alone through `assess check --format json` (a folder trap through `assess scan`), and then all of them
 * together through one `assess scan` with two good forms among them. Every run must end within its
 * wall-clock budget with exit 0, 1 or 2 (the right one for the input), print no stack trace and at most a
 * couple of lines on stderr, write no raw control character, and keep the whole process tree under 1 GiB.
 *
 * The sizes are the test scale of the corpus (smaller than the issue's where a behaving product still pays
 * for the size), and the per-file limits are lowered with `--timeout` and `--max-memory` so a bomb or a
 * hang costs seconds. Each failure message says what the run did (exit code, time, peak memory, output).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STACK_TRACE, repoRoot } from '../bin/scenario.js';
import {
  FORM_YAML,
  TRAPS,
  describeOutcome,
  hostileFiles,
  type HostileFile,
  type HostileTrap,
  type Outcome,
} from './generators.js';
import { runBin, summary, type BinRun } from './run-bin.js';

/** Seconds a file may take before the product gives up on it (its default is 120). */
const TIMEOUT_S = 5;
/** Larger honest inputs a behaving product reads in full: more time for them. */
const SLOW: Record<string, number> = {
  'docx-pasted-table.docx': 20,
  'yaml-million-lines.yaml': 20,
  // 100,000 durations in one sentence: about 4 s of honest work on a quiet machine (a quadratic reading would
  // take hours), so 10 s keeps a loaded CI machine from timing it out without hiding a blow-up.
  'docx-timescale.docx': 10,
  'yaml-timescale.yaml': 10,
};
/** The scan over all of them gives every file the slow ones' time (the good forms must not time out). */
const SCAN_TIMEOUT_S = 20;
/** Heap of the worker reading a file, in MiB (the product's default is 512). */
const MAX_MEMORY_MIB = 256;
const limitFlags = (timeout = TIMEOUT_S): string[] => [
  '--timeout',
  String(timeout),
  '--max-memory',
  String(MAX_MEMORY_MIB),
];
/** Start-up, reporting and the time it takes a timer to fire, on top of the per-file timeout. */
const SLACK_MS = 10_000;
/** Peak resident memory of the whole process tree. */
const MEMORY_BUDGET = 2 ** 30;
/** Raw control characters (tab and newline allowed): JSON escapes them, stylish must strip them. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

const GOOD_FORM = 'fixtures/docx/council-2024-table.docx';

interface JsonFinding {
  rule: string;
  message: string;
}
interface JsonFile {
  file: string;
  unreadable: boolean;
  failure?: string | null;
  code?: string;
  counts?: Record<string, number>;
  findings: JsonFinding[];
}
interface JsonReport {
  files: JsonFile[];
}

const corpus = hostileFiles('test');
const made = new Map<string, Promise<Uint8Array>>();
/** Each input is generated once and shared by its own test and the scan over all of them. */
function bytesOf(f: HostileFile): Promise<Uint8Array> {
  let bytes = made.get(f.name);
  if (!bytes) {
    bytes = f.bytes();
    made.set(f.name, bytes);
  }
  return bytes;
}

const scratches: string[] = [];
/** A fresh folder, removed after the file's tests (rm does not follow the traps' symlinks). */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'assess-hostile-'));
  scratches.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
});

const lines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');

function parseReport(run: BinRun): JsonReport | string {
  if (run.truncated) return `stdout was cut at ${run.stdout.length} characters`;
  try {
    return JSON.parse(run.stdout) as JsonReport;
  } catch (e) {
    return `stdout is not JSON (${(e as Error).message}): ${JSON.stringify(run.stdout.slice(0, 300))}`;
  }
}

/** What every run must hold whatever the input: in time, a known exit code, a quiet stderr, bounded memory. */
function generalProblems(run: BinRun, budgetMs: number, maxStderrLines: number): string[] {
  const problems: string[] = [];
  if (run.overBudget) problems.push(`not finished within its ${budgetMs / 1000} s budget (killed)`);
  else if (run.signal) problems.push(`ended by ${run.signal}`);
  else if (run.code === null || ![0, 1, 2].includes(run.code)) problems.push(`exit code ${run.code}, not 0, 1 or 2`);
  for (const re of STACK_TRACE) {
    const m = re.exec(run.stderr);
    if (m) problems.push(`stderr has a stack trace: ${JSON.stringify(m[0].slice(0, 200))}`);
  }
  const errLines = lines(run.stderr);
  if (errLines.length > maxStderrLines)
    problems.push(`stderr has ${errLines.length} lines (at most ${maxStderrLines})`);
  for (const [name, text] of [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
  ] as const) {
    const m = CONTROL.exec(text);
    if (m)
      problems.push(
        `${name} has a raw control character U+${(m[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
      );
  }
  if (run.peakRss > MEMORY_BUDGET)
    problems.push(`peak memory ${Math.round(run.peakRss / 2 ** 20)} MiB, over ${MEMORY_BUDGET / 2 ** 20} MiB`);
  return problems;
}

/** Whether one file's JSON report entry is one of the outcome's alternatives (in a scan, an abort is a finding). */
function entryProblems(f: JsonFile, outcome: Outcome): string[] {
  if (f.unreadable) {
    const allowed = [...(outcome.unreadable ?? []), ...(outcome.aborts?.failures ?? [])];
    const problems: string[] = [];
    if (!allowed.includes(f.failure as never))
      problems.push(`unreadable with failure ${f.failure ?? 'null'}: ${JSON.stringify(f.findings[0]?.message)}`);
    const rules = f.findings.map((x) => x.rule);
    if (rules.length !== 1 || rules[0] !== 'unreadable-document')
      problems.push(`findings of an unreadable file: ${rules.join(', ') || 'none'} (expected one unreadable-document)`);
    return problems;
  }
  return outcome.readable ? [] : [`read (${f.findings.length} findings), expected ${describeOutcome(outcome)}`];
}

/** Whether a `check --format json FILE` run is one of the outcome's alternatives. */
function checkProblems(run: BinRun, outcome: Outcome): string[] {
  if (run.overBudget || run.signal) return [];
  if (run.code === 2) {
    if (!outcome.aborts) return [`exit 2: ${JSON.stringify(lines(run.stderr)[0] ?? '')}`];
    const problems: string[] = [];
    const errLines = lines(run.stderr);
    if (errLines.length !== 1 || !outcome.aborts.message.test(errLines[0] ?? ''))
      problems.push(`exit 2 should come with one stderr line matching ${outcome.aborts.message}`);
    if (run.stdout.trim() !== '') problems.push('exit 2 with a report on stdout');
    return problems;
  }
  if (run.code !== 0 && run.code !== 1) return [];
  const report = parseReport(run);
  if (typeof report === 'string') return [report];
  const [f, ...more] = report.files;
  if (!f || more.length > 0) return [`the report has ${report.files.length} files, not 1`];
  const problems = entryProblems(f, outcome);
  if (f.unreadable && run.code !== 1) problems.push(`exit ${run.code} for an unreadable file (expected 1)`);
  if (!f.unreadable && outcome.readable && !outcome.readable.includes(run.code))
    problems.push(`read, but exit ${run.code} (expected ${outcome.readable.join(' or ')})`);
  return problems;
}

/** The failure message: the input, what was right, what the run did. */
function context(name: string, what: string, outcome: Outcome, run: BinRun): string {
  const cut = (s: string): string => (s.length > 600 ? `${s.slice(0, 600)}… [${s.length} chars]` : s);
  return [
    `${name}: ${what}`,
    `right: ${describeOutcome(outcome)}`,
    `run: ${summary(run)}`,
    `stderr: ${cut(run.stderr)}`,
    `stdout: ${cut(run.stdout)}`,
  ].join('\n');
}

describe('assess check on each hostile file (built binary)', () => {
  for (const f of corpus) {
    const timeout = SLOW[f.name] ?? TIMEOUT_S;
    const budget = timeout * 1000 + SLACK_MS;
    it(`${f.name}: ${describeOutcome(f.outcome)}`, { timeout: budget + 30_000 }, async () => {
      const dir = scratch();
      writeFileSync(join(dir, f.name), await bytesOf(f));
      const run = await runBin(['check', '--format', 'json', ...limitFlags(timeout), f.name], {
        cwd: dir,
        budgetMs: budget,
      });
      const problems = [...generalProblems(run, budget, 2), ...checkProblems(run, f.outcome)];
      expect(problems, context(f.name, f.what, f.outcome, run)).toEqual([]);
    });
  }

  it(
    'yaml-ansi.yaml in the default (stylish) format: no escape reaches the terminal',
    { timeout: 60_000 },
    async () => {
      const f = corpus.find((x) => x.name === 'yaml-ansi.yaml') as HostileFile;
      const dir = scratch();
      writeFileSync(join(dir, f.name), await bytesOf(f));
      const budget = TIMEOUT_S * 1000 + SLACK_MS;
      const run = await runBin(['check', ...limitFlags(), f.name], { cwd: dir, budgetMs: budget });
      const problems = generalProblems(run, budget, 2);
      if (run.code !== 1) problems.push(`exit ${run.code}, expected 1 (the form has errors)`);
      if (!/Evil.*Homes/.test(run.stdout)) problems.push('the landlord is not shown');
      if (!/9\.99/.test(run.stdout)) problems.push('the unknown id is not shown');
      expect(problems, context(f.name, f.what, f.outcome, run)).toEqual([]);
    },
  );
});

describe('file-system traps (built binary)', () => {
  for (const trap of TRAPS) {
    it(`${trap.name} (${trap.command}): ${describeOutcome(trap.outcome)}`, { timeout: 60_000 }, async () => {
      const dir = scratch();
      // A good form beside the trap, outside the folder a scan is given: it must never be read.
      copyFileSync(join(repoRoot, FORM_YAML), join(dir, 'outside.yaml'));
      const path = trap.create(dir);
      const budget = TIMEOUT_S * 1000 + SLACK_MS;
      const argv =
        trap.command === 'check'
          ? ['check', '--format', 'json', ...limitFlags(), path]
          : ['scan', '--format', 'json', '--no-progress', ...limitFlags(), path];
      const run = await runBin(argv, { cwd: dir, budgetMs: budget });
      const problems = [...generalProblems(run, budget, trap.command === 'check' ? 2 : 3), ...trapProblems(trap, run)];
      expect(problems, context(trap.name, trap.what, trap.outcome, run)).toEqual([]);
    });
  }
});

function trapProblems(trap: HostileTrap, run: BinRun): string[] {
  if (trap.command === 'check') return checkProblems(run, trap.outcome);
  if (run.overBudget || run.signal) return [];
  const problems: string[] = [];
  if (run.stdout.includes('outside.yaml')) problems.push('the scan left the folder: it reported outside.yaml');
  if (run.code !== 2) problems.push(`exit ${run.code}, expected 2 (nothing to check in the folder)`);
  if (!/nothing matched/.test(run.stderr)) problems.push('stderr does not say that nothing matched');
  if (run.stdout.trim() !== '') {
    const report = parseReport(run);
    if (typeof report === 'string') problems.push(report);
    else if (report.files.length > 0) problems.push(`reported ${report.files.map((f) => f.file).join(', ')}`);
  }
  return problems;
}

describe('assess scan over all of them together (built binary)', () => {
  const budget = 150_000;
  it(
    'every file reported once, the good forms read, nothing outside the folder, under 1 GiB',
    { timeout: budget + 60_000 },
    async () => {
      const dir = scratch();
      const folder = join(dir, 'corpus');
      mkdirSync(folder);
      copyFileSync(join(repoRoot, FORM_YAML), join(dir, 'outside.yaml'));
      for (const f of corpus) writeFileSync(join(folder, f.name), await bytesOf(f));
      for (const trap of TRAPS) trap.create(folder);
      // A link to the folder above the scanned one, where outside.yaml is: following it leaves the folder.
      symlinkSync('..', join(folder, 'escape'));
      const good = ['good-1.docx', 'good-2.docx'];
      for (const g of good) copyFileSync(join(repoRoot, GOOD_FORM), join(folder, g));

      const baseline = await runBin(['check', '--format', 'json', join(repoRoot, GOOD_FORM)], {
        cwd: dir,
        budgetMs: 60_000,
      });
      const goodReport = parseReport(baseline);
      if (typeof goodReport === 'string') throw new Error(`the good form does not check: ${goodReport}`);
      const goodFile = goodReport.files[0] as JsonFile;

      const run = await runBin(
        ['scan', '--format', 'json', '--no-progress', '--jobs', '2', ...limitFlags(SCAN_TIMEOUT_S), 'corpus'],
        { cwd: dir, budgetMs: budget },
      );
      const problems = generalProblems(run, budget, 30);
      if (!run.overBudget && !run.signal) {
        if (run.code !== 1) problems.push(`exit ${run.code}, expected 1 (the bombs are error findings)`);
        if (!/^Scanned \d+ files?/m.test(lines(run.stderr).at(-1) ?? ''))
          problems.push('stderr does not end with the summary line');
        const report = parseReport(run);
        if (typeof report === 'string') problems.push(report);
        else problems.push(...scanProblems(report, good, goodFile));
      }
      expect(problems, `scan corpus: ${summary(run)}\nstderr: ${run.stderr.slice(0, 3000)}`).toEqual([]);
    },
  );
});

/** The scan-all report against the folder's contents. */
function scanProblems(report: JsonReport, good: string[], goodFile: JsonFile): string[] {
  const problems: string[] = [];
  const byName = new Map<string, JsonFile[]>();
  for (const f of report.files) byName.set(f.file, [...(byName.get(f.file) ?? []), f]);
  const inFolder = (name: string): string => join('corpus', name);
  const once = (name: string): JsonFile | undefined => {
    const entries = byName.get(inFolder(name)) ?? [];
    if (entries.length !== 1) problems.push(`${name} is reported ${entries.length} times, not once`);
    return entries[0];
  };
  for (const f of corpus) {
    const entry = once(f.name);
    if (entry) problems.push(...entryProblems(entry, f.outcome).map((p) => `${f.name}: ${p}`));
  }
  for (const g of good) {
    const entry = once(g);
    if (!entry) continue;
    if (entry.unreadable)
      problems.push(`${g} (a good form) is unreadable: ${JSON.stringify(entry.findings[0]?.message)}`);
    else {
      if (entry.code !== '2024') problems.push(`${g} read as the ${entry.code} Code`);
      if (JSON.stringify(entry.counts) !== JSON.stringify(goodFile.counts))
        problems.push(`${g} counts ${JSON.stringify(entry.counts)}, alone ${JSON.stringify(goodFile.counts)}`);
      const messages = (f: JsonFile): string[] => f.findings.map((x) => `${x.rule}: ${x.message}`);
      if (JSON.stringify(messages(entry)) !== JSON.stringify(messages(goodFile)))
        problems.push(`${g} has other findings than ${GOOD_FORM} checked alone`);
    }
  }
  // The traps named like forms: at most once each, and then as what they are.
  const trapFiles = TRAPS.flatMap((t) => t.creates).filter((p) => /\.(ya?ml|pdf|docx)$/.test(p));
  for (const name of trapFiles) {
    const entries = byName.get(inFolder(name)) ?? [];
    if (entries.length > 1) problems.push(`${name} is reported ${entries.length} times`);
    for (const e of entries)
      if (!e.unreadable || e.failure !== 'not-a-file')
        problems.push(
          `${name} is reported ${e.unreadable ? `unreadable (${e.failure})` : 'as read'}, not as not-a-file`,
        );
  }
  const known = new Set([...corpus.map((f) => f.name), ...good, ...trapFiles].map(inFolder));
  const strays = [...byName.keys()].filter((name) => !known.has(name));
  if (strays.length > 0)
    problems.push(
      `reported files that are not in the folder (the scan followed a link out of it): ${strays.slice(0, 10).join(', ')}` +
        (strays.length > 10 ? ` and ${strays.length - 10} more` : ''),
    );
  return problems;
}
