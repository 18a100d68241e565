/**
 * Running one of the build's CommonJS bundles (dist/main.cjs, the CLI; dist/worker-main.cjs, the file worker)
 * through V8's code cache. Node 20 keeps no compiled code from one run to the next (`module.enableCompileCache`
 * came in Node 22), so each start parsed and compiled its bundle again. Here the bundle is compiled with
 * `vm.Script`, and the code V8 made for it, with the functions compiled during the run, is kept in a file of the
 * cache folder, named by the bundle's hash (set by the build), Node's version and the architecture. V8 checks a
 * cache against its own version and flags and rejects one that does not fit or is damaged; the bundle is then
 * compiled from source as before and the cache written anew. Reading or writing a cache never fails a run.
 *
 * A cache holds what the run that wrote it compiled: a DOCX check's worker has compiled the DOCX reader, not the
 * PDF one's code. So a cache file says what it covers (labels its user chooses: the readers a worker has used), and
 * its user writes it again, with the new label, after a run that went down a path it did not cover.
 *
 * The file is a line `assess-code-cache <labels, comma-separated>` and V8's bytes after it.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { writeFileAtomic } from './write-atomic.js';

const MAGIC = 'assess-code-cache ';
const NEWLINE = 0x0a;
/** Caches kept of each bundle: this build's and those of the three builds (or Node versions) used last. */
const KEPT_CACHES = 4;

/** The cache file of a bundle named `name` (`main`, `worker`) whose build hash is `hash`, on this Node. */
export const codeCachePath = (dir: string, name: string, hash: string): string =>
  join(dir, `${name}-${hash}-${process.version}-${process.arch}.v8`);

export interface CachedBundle<E> {
  exports: E;
  /**
   * Says that the run went down these paths (labels its user chooses), once it has: when V8 took no cache, or the
   * one it took does not cover them all, the cache is written with what has been compiled so far, as covering them
   * and what it covered before. Never throws.
   */
  cover(labels: Iterable<string>): void;
}

interface CacheFile {
  data: Buffer;
  covers: Set<string>;
}

function readCache(path: string | undefined): CacheFile | undefined {
  if (path === undefined) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(NEWLINE);
  const head = end === -1 ? '' : bytes.subarray(0, end).toString('latin1');
  // A file of another shape (an older build's, or damaged) is as good as none.
  if (!head.startsWith(MAGIC)) return undefined;
  const labels = head
    .slice(MAGIC.length)
    .split(',')
    .filter((l) => l !== '');
  return { data: bytes.subarray(end + 1), covers: new Set(labels) };
}

/** Each upgrade writes a cache of its own: all but the newest few of this bundle's are removed. */
function pruneCaches(dir: string, name: string): void {
  const ours = new RegExp(`^${name}-[0-9a-f]{16}-.+\\.v8$`);
  const caches = readdirSync(dir)
    .filter((file) => ours.test(file))
    .map((file) => ({ path: join(dir, file), at: statSync(join(dir, file)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const old of caches.slice(KEPT_CACHES)) rmSync(old.path, { force: true });
}

/** What the bundle's code is wrapped in: CommonJS's module scope, and the import of the build's ES modules. */
const PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname', '__assessImport'];

/**
 * Runs the CommonJS bundle at `bundle` (a path) as a module, through the cache at `cache.path` (`cache.name` its
 * bundle's name, for pruning; no cache when undefined). The bundle's import() of the build's ES modules (code
 * compiled by `vm.Script` cannot `import()` on Node 20 without --experimental-vm-modules) is handed to
 * `__assessImport`, resolved against the bundle's own URL. Throws when the bundle cannot be read or its top level
 * throws.
 */
export function runCachedBundle<E>(bundle: string, cache?: { path: string; name: string }): CachedBundle<E> {
  const found = readCache(cache?.path);
  // The bundle starts on the wrapper's first line, so its line numbers are the file's.
  const script = new Script(`(function (${PARAMETERS.join(', ')}) {${readFileSync(bundle, 'utf8')}\n})`, {
    filename: bundle,
    ...(found ? { cachedData: found.data } : {}),
  });
  const module = { exports: {} as E };
  const importPart = (specifier: string): Promise<unknown> => import(new URL(specifier, pathToFileURL(bundle)).href);
  (script.runInThisContext() as (...args: unknown[]) => void).call(
    module.exports,
    module.exports,
    createRequire(bundle),
    module,
    bundle,
    dirname(bundle),
    importPart,
  );
  const accepted = found !== undefined && script.cachedDataRejected !== true;
  // What the cache on disk covers: none when V8 took none, so that the first cover() writes it.
  const covers = new Set(accepted ? found.covers : []);
  let written = accepted;
  return {
    exports: module.exports,
    cover: (labels) => {
      const before = covers.size;
      for (const label of labels) covers.add(label);
      if (cache === undefined || (written && covers.size === before)) return;
      written = true;
      try {
        const head = Buffer.from(`${MAGIC}${[...covers].sort().join(',')}\n`, 'latin1');
        writeFileAtomic(cache.path, Buffer.concat([head, script.createCachedData()]));
        pruneCaches(dirname(cache.path), cache.name);
      } catch {
        // No cache this time: the next run compiles from source again.
      }
    },
  };
}
