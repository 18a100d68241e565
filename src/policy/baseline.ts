/**
 * Baselines: the findings of an earlier run, so that a run reports only what is new ("what is new since last
 * year's form"). A finding is known by its file, rule, provision and a hash of the words it quotes (the text
 * between quotes in its message, else the message), never by where it is: a row that moves, a page that
 * grows, a table split in two keep their findings' identity. Matching counts: two identical findings in the
 * baseline cover two in the run, not three.
 */
import { createRequire } from 'node:module';
import type { Finding } from '../rules/types.js';
import { quotedWords } from '../util/text.js';

export const BASELINE_FORMAT = 'assess-baseline';
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  file: string;
  rule: string;
  provision?: string;
  /** sha256 of the quoted words, 16 hex digits. */
  hash: string;
  /** The message, for a reader of the file (not matched). */
  message: string;
}

export interface Baseline {
  format: typeof BASELINE_FORMAT;
  version: typeof BASELINE_VERSION;
  entries: BaselineEntry[];
}

/**
 * node:crypto, loaded on the first hash: only `--baseline` and `--write-baseline` hash findings, and loading it costs
 * a few milliseconds of every run's start (a small check's whole run is about twice node's own start-up).
 */
let crypto: typeof import('node:crypto') | undefined;
const hashOf = (text: string): string =>
  (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'))
    .createHash('sha256')
    .update(text)
    .digest('hex')
    .slice(0, 16);

const keyOf = (e: Pick<BaselineEntry, 'file' | 'rule' | 'provision' | 'hash'>): string =>
  JSON.stringify([e.file, e.rule, e.provision ?? '', e.hash]);

/** The entry for a finding; `file` is the file as the run names it, relative to the baseline's root. */
export function entryOf(finding: Finding, file: string): BaselineEntry {
  return {
    file,
    rule: finding.rule,
    ...(finding.provision !== undefined ? { provision: finding.provision } : {}),
    hash: hashOf(quotedWords(finding.message)),
    message: finding.message,
  };
}

export function makeBaseline(entries: readonly BaselineEntry[]): Baseline {
  const sorted = [...entries].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  return { format: BASELINE_FORMAT, version: BASELINE_VERSION, entries: sorted };
}

/** A baseline file's content, or why it is not one. */
export function parseBaseline(text: string): Baseline | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const b = data as Partial<Baseline> | null;
  if (!b || b.format !== BASELINE_FORMAT || !Array.isArray(b.entries)) return 'not an assess baseline';
  if (b.version !== BASELINE_VERSION) return `baseline version ${String(b.version)}, expected ${BASELINE_VERSION}`;
  const bad = b.entries.find(
    (e) => typeof e?.file !== 'string' || typeof e.rule !== 'string' || typeof e.hash !== 'string',
  );
  if (bad) return 'an entry lacks its file, rule or hash';
  return b as Baseline;
}

/** A matcher over a baseline's entries: each entry covers one finding of the run. */
export interface BaselineMatcher {
  /** Whether the finding is in the baseline (and takes up its entry). */
  isKnown(finding: Finding, file: string): boolean;
  /** How many findings matched, and how many entries matched none (fixed since). */
  finish(): { matched: number; gone: number };
}

export function matchBaseline(baseline: Baseline): BaselineMatcher {
  const left = new Map<string, number>();
  for (const e of baseline.entries) left.set(keyOf(e), (left.get(keyOf(e)) ?? 0) + 1);
  let matched = 0;
  return {
    isKnown(finding, file) {
      const key = keyOf(entryOf(finding, file));
      const n = left.get(key) ?? 0;
      if (n === 0) return false;
      left.set(key, n - 1);
      matched++;
      return true;
    },
    finish: () => ({ matched, gone: [...left.values()].reduce((a, b) => a + b, 0) }),
  };
}
