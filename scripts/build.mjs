// Build: bundle the CLI (src/cli/main.ts) and the file worker (src/workers/worker.ts) with esbuild into dist/,
// split so readers and formatters stay lazy chunks; precompile the JSON Schemas; validate the catalogues into
// JSON. One bundle instead of ~100 modules halves start-up on Node 20, which has no module compile cache.
// Type checking is `npm run typecheck` (tsc); esbuild only strips types.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const dist = new URL('../dist/', import.meta.url);
rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/workers/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Large, lazily loaded, or loading files of their own: resolved from node_modules at run time. pdf.js is
  // bundled (a lazy chunk for it and one for its worker), so that installing assess does not install
  // pdfjs-dist's optional dependency @napi-rs/canvas, a 30 MB native binary for rendering, which assess never
  // does (src/ingest/pdf/pdfjs.ts); pdfjs-dist is a devDependency.
  // The OCR libraries (tesseract.js, its English data, @napi-rs/canvas) are optional peer dependencies, loaded
  // only for a scanned page (src/ingest/ocr/load-ocr.ts): never bundled, and a user who never scans needs none.
  external: ['mammoth', 'pdf-parse', 'ajv', 'ajv-formats', 'tesseract.js', '@tesseract.js-data/eng', '@napi-rs/canvas'],
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
// pdf.js is Apache-2.0, which asks for its licence to go with it; legalComments: 'none' drops its header.
mkdirSync(new URL('licenses/', dist), { recursive: true });
copyFileSync(new URL('../node_modules/pdfjs-dist/LICENSE', import.meta.url), new URL('licenses/pdfjs-dist.txt', dist));
console.log('bundled dist/main.js and dist/worker.js');
