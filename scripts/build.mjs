// Build: bundle the CLI (src/cli/main.ts) and the file worker (src/workers/worker.ts) with esbuild into dist/,
// split so readers and formatters stay lazy chunks; precompile the JSON Schemas; validate the catalogues into
// JSON. One bundle instead of ~100 modules halves start-up on Node 20, which has no module compile cache.
// Type checking is `npm run typecheck` (tsc); esbuild only strips types.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

/**
 * One change to the bundled pdf.js worker, for speed only. assess reads a page's operator list
 * (`page.getOperatorList()`, src/ingest/pdf/rulings.ts) for its drawn lines and images, never for its text;
 * yet pdf.js turns every shown string into glyph objects there, compiles each glyph's outline into a path
 * (fonts are not loaded into a font engine in Node) and copies all of it across its in-thread "worker" port:
 * about a third of the cost of an operator list on a text-heavy form. An operator list asked for through
 * getOperatorList() (intent flag OPLIST, which rendering never sets) now carries an empty glyph array in its
 * showText operations, and leaves out the text operators altogether (beginText ... setCharWidthAndBounds, OPS
 * 31-49: none of them moves the transform matrix or draws a path, and they were half of a form's operators,
 * each cloned across the port). Everything else is untouched: the other operators and their order, paths,
 * transforms, colours, images, fonts, text content; rendering (`page.render`) still gets every operator and
 * glyph. Each replacement must match exactly once, so a pdf.js upgrade that moves the code fails the build
 * instead of silently going slow.
 */
const PDFJS_WORKER_PATCHES = [
  [
    '  addOp(fn, args) {\n    this.optimizer.push(fn, args);\n',
    '  addOp(fn, args) {\n    if (this.glyphsUnused && fn >= OPS.beginText && fn <= OPS.setCharWidthAndBounds) return;\n    this.optimizer.push(fn, args);\n',
  ],
  [
    '    this.optimizer = streamSink && !(intent & RenderingIntentFlag.OPLIST) ? new QueueOptimizer(this) : new NullOptimizer(this);\n',
    '    this.optimizer = streamSink && !(intent & RenderingIntentFlag.OPLIST) ? new QueueOptimizer(this) : new NullOptimizer(this);\n    this.glyphsUnused = !!(intent & RenderingIntentFlag.OPLIST);\n',
  ],
  [
    'args[0] = self.handleText(args[0], stateManager.state);\n            break;\n          case OPS.showSpacedText:',
    'args[0] = operatorList.glyphsUnused ? [] : self.handleText(args[0], stateManager.state);\n            break;\n          case OPS.showSpacedText:',
  ],
  [
    'combinedGlyphs.push(...self.handleText(arrItem, state));',
    'if (!operatorList.glyphsUnused) combinedGlyphs.push(...self.handleText(arrItem, state));',
  ],
  [
    'operatorList.addOp(OPS.nextLine);\n            args[0] = self.handleText(args[0], stateManager.state);',
    'operatorList.addOp(OPS.nextLine);\n            args[0] = operatorList.glyphsUnused ? [] : self.handleText(args[0], stateManager.state);',
  ],
  [
    'operatorList.addOp(OPS.setCharSpacing, [args.shift()]);\n            args[0] = self.handleText(args[0], stateManager.state);',
    'operatorList.addOp(OPS.setCharSpacing, [args.shift()]);\n            args[0] = operatorList.glyphsUnused ? [] : self.handleText(args[0], stateManager.state);',
  ],
];

/**
 * The display half of pdf.js, at load in Node, always requires `@napi-rs/canvas` only to fill in `DOMMatrix`,
 * `ImageData` and `Path2D` where they are missing. src/ingest/pdf/pdfjs.ts has all three defined while pdf.js
 * loads, so nothing would be filled in, but where the package is installed (a development checkout: it is a
 * devDependency) loading it cost about 150 ms and 20 MB in every process or worker that read a PDF. It is now
 * required only when one of the three is missing; rendering (NodeCanvasFactory) still requires it itself.
 */
const PDFJS_DISPLAY_PATCHES = [
  [
    '      canvas = require("@napi-rs/canvas");\n',
    '      if (!globalThis.DOMMatrix || !globalThis.ImageData || !globalThis.Path2D) canvas = require("@napi-rs/canvas");\n',
  ],
];

const patchPdfJs = {
  name: 'pdfjs-patches',
  setup(b) {
    for (const [filter, patches] of [
      [/pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.worker\.mjs$/, PDFJS_WORKER_PATCHES],
      [/pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/, PDFJS_DISPLAY_PATCHES],
    ]) {
      b.onLoad({ filter }, (args) => {
        let source = readFileSync(args.path, 'utf8');
        for (const [from, to] of patches) {
          const count = source.split(from).length - 1;
          if (count !== 1) throw new Error(`pdf.js patch: expected one match, found ${count}: ${from.trim()}`);
          source = source.replace(from, () => to);
        }
        return { contents: source, loader: 'js' };
      });
    }
  },
};

const dist = new URL('../dist/', import.meta.url);
rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/workers/worker.ts', ocr: 'src/ingest/ocr/ocr-child.ts' },
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
  plugins: [patchPdfJs],
});
// pdf.js is Apache-2.0, which asks for its licence to go with it; legalComments: 'none' drops its header.
mkdirSync(new URL('licenses/', dist), { recursive: true });
copyFileSync(new URL('../node_modules/pdfjs-dist/LICENSE', import.meta.url), new URL('licenses/pdfjs-dist.txt', dist));
console.log('bundled dist/main.js and dist/worker.js');
