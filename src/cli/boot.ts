/**
 * dist/boot.cjs, what bin/assess.js requires: it runs the CLI bundle, dist/main.cjs (src/cli/main.ts built as one
 * CommonJS file), compiled through V8's code cache. Both are CommonJS, as the bin is, so that a run that reads no
 * document never starts Node's ES module loader.
 *
 * Node 20 keeps no compiled code from one run to the next (`module.enableCompileCache` came in Node 22), so each
 * start parsed and compiled the whole CLI again: about a fifth of a `check` of a YAML form. Here the bundle is
 * compiled with `vm.Script`, and the code V8 made for it, with the functions compiled during the run, is kept in
 * `<cache folder>/compile/` (src/util/cache-dir.ts), named by the bundle's hash (set by the build), Node's version
 * and the architecture. V8 checks a cache against its own version and flags and rejects one that does not fit or
 * is damaged; the bundle is then compiled from source as before and the cache written anew. Reading or writing
 * the cache never fails a run. `NODE_DISABLE_COMPILE_CACHE=1` (Node 22's switch) turns it off.
 *
 * The bundle's parts that stay ES modules (the document readers, dist/lazy/*.js, which the file worker shares)
 * are imported through `__assessImport`, given to it here: code compiled by `vm.Script` cannot `import()` on
 * Node 20 without --experimental-vm-modules.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { defaultCacheDir } from '../util/cache-dir.js';
import { setV8FlagUnlessGiven } from '../util/v8-flag.js';
import type { Streams } from '../util/streams.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import type { main as cliMain } from './main.js';

/** The hash of dist/main.cjs, defined by the build (scripts/build.mjs). */
declare const __ASSESS_MAIN_HASH__: string;

/** Caches kept in the folder: this build's and those of the three builds (or Node versions) used last. */
const KEPT_CACHES = 4;
const CACHE_NAME = /^main-[0-9a-f]{16}-.+\.v8$/;

/** What the bundle's code is wrapped in: CommonJS's module scope, and the import of its ES-module parts. */
const PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname', '__assessImport'];

interface Loaded {
  main: typeof cliMain;
  /** Writes the code cache when there was none that fit: after the run, so it holds what the run compiled. */
  save(): void;
}

/** Where the code cache of this bundle on this Node lives; undefined when it is turned off. */
function codeCachePath(env: Streams['env']): string | undefined {
  if (env['NODE_DISABLE_COMPILE_CACHE']) return undefined;
  const name = `main-${__ASSESS_MAIN_HASH__}-${process.version}-${process.arch}.v8`;
  return join(defaultCacheDir(env), 'compile', name);
}

function readCache(path: string | undefined): Buffer | undefined {
  if (path === undefined) return undefined;
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Two runs writing at once leave one whole file (writeFileAtomic); a cache that cannot be written is no error. */
function writeCache(path: string, data: Buffer): void {
  try {
    writeFileAtomic(path, data);
    pruneCaches(dirname(path));
  } catch {
    // No cache this time: the next run compiles from source again.
  }
}

/** Each upgrade writes a cache of its own: all but the newest few are removed. */
function pruneCaches(dir: string): void {
  const caches = readdirSync(dir)
    .filter((name) => CACHE_NAME.test(name))
    .map((name) => ({ path: join(dir, name), at: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const old of caches.slice(KEPT_CACHES)) rmSync(old.path, { force: true });
}

function load(env: Streams['env']): Loaded {
  const bundle = fileURLToPath(new URL('./main.cjs', import.meta.url));
  const path = codeCachePath(env);
  const cachedData = readCache(path);
  // The bundle starts on the wrapper's first line, so its line numbers are the file's.
  const script = new Script(`(function (${PARAMETERS.join(', ')}) {${readFileSync(bundle, 'utf8')}\n})`, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} as { main: typeof cliMain } };
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
  const stale = path !== undefined && (cachedData === undefined || script.cachedDataRejected === true);
  return {
    main: module.exports.main,
    save: () => {
      if (stale) writeCache(path, script.createCachedData());
    },
  };
}

/**
 * How much a function runs (V8's interrupt budget, in bytecode executed) before V8 weighs optimising it: four
 * times V8's default. A check runs a great many functions for a little while each (one form's rows, in a reader, the
 * normaliser and the rules), and at the default V8 optimised (TurboFan, on the other core) most of them, many several
 * times over as the next form's data proved the optimised code wrong. On the bench's 200 mixed forms, `scan
 * --jobs 1` spent about 9.5 s of compiling against 4.9 s for the raw extractors' script; at four times the budget
 * the scan took about a fifth less time and a check of the 480-page PDF or of a DOCX form a tenth less. Eight
 * times gained nothing more. Set before the CLI's bundle is compiled, so that it holds for all of its code and for
 * the worker threads.
 */
const INTERRUPT_BUDGET = 4 * 67_584;

export async function main(argv: readonly string[], streams: Streams): Promise<number> {
  setV8FlagUnlessGiven('interrupt-budget', INTERRUPT_BUDGET, process.execArgv);
  let cli: Loaded;
  try {
    cli = load(streams.env);
  } catch (e) {
    // As bin/assess.js says when dist/boot.cjs itself is missing: a build half made or removed.
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    streams.stderr.write(`assess: cannot load the built CLI in dist/ (${reason}); run \`npm run build\`\n`);
    return 2;
  }
  const code = await cli.main(argv, streams);
  cli.save();
  return code;
}
