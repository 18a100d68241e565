import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFile, openCache, runKey } from '../../src/scan/cache.js';
import { defaultCacheDir } from '../../src/util/cache-dir.js';
import { DEFAULT_READ_OPTIONS } from '../../src/pipeline/options.js';
import type { FileReport } from '../../src/report/types.js';

const options = { ...DEFAULT_READ_OPTIONS, rules: {} };
const report = (file: string, extra: Partial<FileReport> = {}): FileReport =>
  ({
    file,
    format: 'yaml',
    code: '2024',
    unreadable: false,
    counts: { provisions: 72, found: 72, answered: 72, error: 0, warning: 0, info: 0 },
    findings: [],
    ...extra,
  }) as FileReport;

describe('the scan cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'assess-cache-'));
  const form = join(dir, 'a.yaml');
  const store = join(dir, 'cache', 'scan-cache.json');
  const key = runKey('1.0.0', options);

  it('gives back a report for the same bytes under the same name, and misses otherwise', () => {
    writeFileSync(form, 'code: "2024"\n');
    const first = openCache(store, key, () => {});
    expect(first.get(form, 'a.yaml')).toBeUndefined();
    first.set(form, 'a.yaml', report('a.yaml'));
    first.save();

    const second = openCache(store, key, () => {});
    expect(second.get(form, 'a.yaml')).toEqual(report('a.yaml'));
    expect(second.hits).toBe(1);
    // The same bytes shown under another name: the name is in the report (and may give the landlord).
    expect(openCache(store, key, () => {}).get(form, 'b.yaml')).toBeUndefined();
    // New bytes, same name and date: read again.
    writeFileSync(form, 'code: "2024"\nlandlord: X\n');
    expect(openCache(store, key, () => {}).get(form, 'a.yaml')).toBeUndefined();
  });

  it('is keyed by the version and the options too, not only the file', () => {
    expect(runKey('1.0.1', options)).not.toBe(key);
    expect(runKey('1.0.0', { ...options, maxPages: 10 })).not.toBe(key);
    expect(runKey('1.0.0', { ...options, rules: { 'missing-evidence': 'off' } })).not.toBe(key);
    expect(runKey('1.0.0', { ...options })).toBe(key);
  });

  it('keeps no report the budget gave up on (timeout, memory, crash): those files are read again', () => {
    writeFileSync(form, 'code: "2024"\n');
    const cache = openCache(store, key, () => {});
    cache.set(form, 'a.yaml', report('a.yaml', { unreadable: true, failure: 'timeout' }));
    cache.save();
    expect(openCache(store, key, () => {}).get(form, 'a.yaml')).toBeUndefined();
  });

  it('ignores a damaged cache file with one warning', () => {
    writeFileSync(store, '{"format": "assess-scan-cache/1", "entr');
    const warnings: string[] = [];
    const cache = openCache(store, key, (m) => warnings.push(m));
    expect(warnings).toEqual([
      `${store}: the scan cache is damaged or from another version; ignored, and written anew`,
    ]);
    cache.save();
    expect(JSON.parse(readFileSync(store, 'utf8'))).toEqual({ format: 'assess-scan-cache/1', entries: {} });
  });

  it('lives in the user cache folder unless --cache-location names a file or a folder', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/assess');
    expect(cacheFile(undefined, '/w', { XDG_CACHE_HOME: '/x' })).toBe('/x/assess/scan-cache.json');
    expect(cacheFile('c.json', '/w', {})).toBe('/w/c.json');
    expect(cacheFile('c/', '/w', {})).toBe('/w/c/scan-cache.json');
    expect(cacheFile(dir, '/w', {})).toBe(join(dir, 'scan-cache.json'));
  });
});
