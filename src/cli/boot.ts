/**
 * dist/boot.cjs, what bin/assess.js requires: it runs the CLI bundle, dist/main.cjs (src/cli/main.ts built as one
 * CommonJS file), compiled through V8's code cache (src/util/code-cache.ts), in `<cache folder>/compile/`. Both are
 * CommonJS, as the bin is, so that a run that reads no document never starts Node's ES module loader.
 *
 * What a run compiles depends on its command and on what it reads (a YAML form is checked in this thread, a
 * document in the file worker): the cache says which commands and file kinds (by extension) it has seen, and a run
 * with one it has not seen writes it again, so that a cache first written by a DOCX check serves a YAML check too.
 * `NODE_DISABLE_COMPILE_CACHE=1` (Node 22's switch) turns it off.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeCacheDir } from '../util/cache-dir.js';
import { codeCachePath, runCachedBundle, type CachedBundle } from '../util/code-cache.js';
import { setV8FlagUnlessGiven } from '../util/v8-flag.js';
import type { Streams } from '../util/streams.js';
import type { main as cliMain } from './main.js';

/** The hash of dist/main.cjs, defined by the build (scripts/build.mjs). */
declare const __ASSESS_MAIN_HASH__: string;

/**
 * What a run goes through, as the cache's labels: its command and the kinds (extensions) of the files it names.
 * An option's value (`-o out.json`) may add a label too: it costs one more write of the cache, once.
 */
function runLabels(argv: readonly string[]): string[] {
  const words = argv.filter((a) => !a.startsWith('-'));
  const command = words[0] !== undefined && /^[a-z]{2,12}$/.test(words[0]) ? [words[0]] : [];
  const kinds = words
    .slice(1)
    .map((w) => extname(w).slice(1).toLowerCase())
    .filter((ext) => /^[a-z0-9]{1,8}$/.test(ext));
  return [...command, ...kinds];
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
  const dir = codeCacheDir(streams.env);
  let cli: CachedBundle<{ main: typeof cliMain }>;
  try {
    const cache = dir ? { path: codeCachePath(dir, 'main', __ASSESS_MAIN_HASH__), name: 'main' } : undefined;
    cli = runCachedBundle(fileURLToPath(new URL('./main.cjs', import.meta.url)), cache);
  } catch (e) {
    // As bin/assess.js says when dist/boot.cjs itself is missing: a build half made or removed.
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    streams.stderr.write(`assess: cannot load the built CLI in dist/ (${reason}); run \`npm run build\`\n`);
    return 2;
  }
  const code = await cli.exports.main(argv, streams);
  // After the run, so that the cache holds what the run compiled.
  cli.cover(runLabels(argv));
  return code;
}
