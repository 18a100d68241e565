// Build: bundle the CLI (src/cli/main.ts) and the scan worker (src/scan/worker.ts) with esbuild into dist/,
// split so readers and formatters stay lazy chunks; precompile the JSON Schemas; validate the catalogues into
// JSON. One bundle instead of ~100 modules halves start-up on Node 20, which has no module compile cache.
// Type checking is `npm run typecheck` (tsc); esbuild only strips types.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const dist = new URL('../dist/', import.meta.url);
rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/scan/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Large, lazily loaded, or loading files of their own: resolved from node_modules at run time.
  external: ['mammoth', 'pdfjs-dist', 'pdf-parse', 'ajv', 'ajv-formats'],
  // Bundled CommonJS dependencies (yaml, commander) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __assessRequire } from 'node:module'; const require = __assessRequire(import.meta.url);",
  },
  // src/util/build-mode.ts: the bundle reads the build's outputs, the sources their own files.
  define: { __ASSESS_BUNDLE__: 'true' },
  chunkNames: 'chunks/[name]-[hash]',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('bundled dist/main.js and dist/worker.js');
