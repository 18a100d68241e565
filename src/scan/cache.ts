/**
 * `scan --cache`: each file's report kept from one scan to the next, keyed by a hash of the file's bytes, the name
 * it is reported under, and everything else that shapes its report (the tool's version, the Code catalogues, the
 * reading options and rule settings). Never by modification time: a CI checkout is fresh every run. Suppressions,
 * the baseline and the exit policy apply after the cache, so changing them needs no new reading.
 *
 * Only reports a reader finished are kept: a file the budget gave up on (timeout, memory, a crash) is read again.
 * A damaged cache file is ignored with one warning and written anew.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FileReport } from '../report/types.js';
import { defaultCacheDir } from '../util/cache-dir.js';
import { packagePath } from '../util/package-path.js';
import { writeFileAtomic } from '../util/write-atomic.js';

const FORMAT = 'assess-scan-cache/1';
/** Entries kept at most: those of this run first, then the newest others. */
const MAX_ENTRIES = 50_000;
/** Failures that say more about this run's budget than about the file: read again next time. */
const NOT_KEPT = new Set(['timeout', 'too-large', 'reader-crashed']);

interface CacheFile {
  format: string;
  entries: Record<string, FileReport>;
}

export interface ScanCache {
  /** The cached report of the file at `path`, shown as `display`; undefined on a miss. */
  get(path: string, display: string): FileReport | undefined;
  /** Keeps a report read this run. */
  set(path: string, display: string, report: FileReport): void;
  /** Writes the cache file (atomically: a temporary file renamed over it). */
  save(): void;
  readonly hits: number;
}

/** `--cache-location`: a folder (existing, or written with a trailing slash) holds `scan-cache.json`. */
export function cacheFile(location: string | undefined, cwd: string, env: Record<string, string | undefined>): string {
  if (location === undefined) return join(defaultCacheDir(env), 'scan-cache.json');
  const target = resolve(cwd, location);
  const isDir = /[\\/]$/.test(location) || (statSync(target, { throwIfNoEntry: false })?.isDirectory() ?? false);
  return isDir ? join(target, 'scan-cache.json') : target;
}

/** JSON with every object's keys in order: the same settings give the same text. */
const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

/**
 * What, besides the file, shapes its report: the tool, its catalogues, and the reading options and rule settings
 * (`CheckOptions`, a password included: the key is a hash).
 */
export function runKey(version: string, options: object): string {
  const hash = createHash('sha256').update(`${version}\0`);
  const codes = packagePath('codes');
  for (const name of readdirSync(codes).sort()) {
    if (name.endsWith('.yaml'))
      hash
        .update(`${name}\0`)
        .update(readFileSync(join(codes, name)))
        .update('\0');
  }
  return hash.update(stableJson(options)).digest('hex');
}

function readCacheFile(file: string, warn: (message: string) => void): Record<string, FileReport> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  try {
    const data = JSON.parse(text) as Partial<CacheFile>;
    if (data.format !== FORMAT || typeof data.entries !== 'object' || data.entries === null) {
      throw new Error('not an assess scan cache');
    }
    return data.entries;
  } catch {
    warn(`${file}: the scan cache is damaged or from another version; ignored, and written anew`);
    return {};
  }
}

export function openCache(file: string, key: string, warn: (message: string) => void): ScanCache {
  const old = readCacheFile(file, warn);
  const fresh: Record<string, FileReport> = {};
  /** Keys of files read again this run whose reports are not kept: their old entries go too. */
  const dropped = new Set<string>();
  let hits = 0;
  const entryKey = (path: string, display: string): string | undefined => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    return createHash('sha256').update(key).update('\0').update(display).update('\0').update(bytes).digest('hex');
  };
  const keys = new Map<string, string | undefined>();
  const keyOf = (path: string, display: string): string | undefined => {
    const id = `${path}\0${display}`;
    if (!keys.has(id)) keys.set(id, entryKey(path, display));
    return keys.get(id);
  };
  return {
    get(path, display) {
      const k = keyOf(path, display);
      const report = k === undefined ? undefined : old[k];
      if (!report || report.file !== display) return undefined;
      fresh[k as string] = report;
      hits++;
      return report;
    },
    set(path, display, report) {
      const k = keyOf(path, display);
      if (k === undefined) return;
      if (report.failure !== undefined && NOT_KEPT.has(report.failure)) {
        delete fresh[k];
        dropped.add(k);
      } else fresh[k] = report;
    },
    save() {
      const entries: Record<string, FileReport> = { ...fresh };
      let count = Object.keys(entries).length;
      for (const [k, v] of Object.entries(old)) {
        if (count >= MAX_ENTRIES) break;
        if (!(k in entries) && !dropped.has(k)) {
          entries[k] = v;
          count++;
        }
      }
      writeFileAtomic(file, JSON.stringify({ format: FORMAT, entries } satisfies CacheFile));
    },
    get hits() {
      return hits;
    },
  };
}
