// Build: bundle with esbuild into dist/ the CLI (src/cli/main.ts, one CommonJS file run through V8's code cache by
// src/cli/boot.ts), and, as ES modules split into lazy chunks, the file worker (src/workers/worker.ts), the OCR
// process and the document readers; precompile the JSON Schemas; validate the catalogues into JSON. Bundles
// instead of ~100 modules halve start-up on Node 20, which has no module compile cache of its own.
// Type checking is `npm run typecheck` (tsc); esbuild only strips types.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { writeLicences } from './lib/licences.mjs';

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
  // Each chunk of a text content or an operator list is sent as an object its sender leaves alone afterwards, so
  // that it can go through the in-thread port without a copy (PDFJS_DISPLAY_PATCHES): the port delivers it later,
  // by when the sender has gone on to the next chunk. The text content's evaluator sent its one `textContent`
  // object and then gave it new arrays: it sends a shallow copy. The operator list emptied its arrays: it starts
  // new ones, and the optimizer that rendering uses, which keeps them in its context, follows.
  [
    '      sink?.enqueue(textContent, length);\n      textContent.items = [];\n',
    '      sink?.enqueue({ ...textContent }, length);\n      textContent.items = [];\n',
  ],
  [
    '    this.dependencies.clear();\n    this.fnArray.length = 0;\n    this.argsArray.length = 0;\n',
    '    this.dependencies.clear();\n    this.fnArray = [];\n    this.argsArray = [];\n',
  ],
  [
    '    this.lastProcessed = 0;\n  }\n}\nclass OperatorList {\n',
    '    this.lastProcessed = 0;\n    this.context.fnArray = this.queue.fnArray;\n    this.context.argsArray = this.queue.argsArray;\n  }\n}\nclass OperatorList {\n',
  ],
  // The drawn lines of a page (table rulings) come with its text content, in the one pass over its content stream,
  // instead of from a second pass that builds its operator list (about a sixth of reading a form). The text
  // content's evaluator builds each painted path as the operator list's would (DrawOPS: moveTo 0, lineTo 1,
  // curveTo 2 with its end point, closePath 3), its points taken through the current transformation matrix, and
  // ends its items with one `{ drawnPaths }` item: [{ paint, data }], the paint operator and the path. A form
  // XObject's call adds its own when it drew any. src/ingest/pdf/positioned-text.ts reads them; without that item
  // (pdf.js from node_modules, as the tests from source run it) rulings.ts builds the operator list.
  [
    '    const timeSlotManager = new TimeSlotManager();\n    return new Promise(function promiseBody(resolve, reject) {\n      const next = function (promise) {\n        enqueueChunk(true);',
    '    const drawnPaths = [];\n    let drawnPath = null;\n    const drawPoint = (op, x, y) => {\n      const m = stateManager.state.ctm;\n      (drawnPath ??= []).push(op, m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);\n    };\n    const timeSlotManager = new TimeSlotManager();\n    return new Promise(function promiseBody(resolve, reject) {\n      const next = function (promise) {\n        enqueueChunk(true);',
  ],
  [
    '          case OPS.restore:\n            if (previousState && (previousState.font',
    [
      '          case OPS.moveTo:',
      '            drawPoint(0, args[0], args[1]);',
      '            break;',
      '          case OPS.lineTo:',
      '            drawPoint(1, args[0], args[1]);',
      '            break;',
      '          case OPS.curveTo:',
      '          case OPS.curveTo2:',
      '          case OPS.curveTo3:',
      '            drawPoint(2, args[args.length - 2], args[args.length - 1]);',
      '            drawnPath.splice(drawnPath.length - 2, 0, 0, 0, 0, 0);',
      '            break;',
      '          case OPS.rectangle: {',
      '            const [x, y, w, h] = args;',
      '            drawPoint(0, x, y);',
      '            if (w === 0 || h === 0) drawPoint(1, x + w, y + h);',
      '            else {',
      '              drawPoint(1, x + w, y);',
      '              drawPoint(1, x + w, y + h);',
      '              drawPoint(1, x, y + h);',
      '            }',
      '            drawnPath.push(3);',
      '            break;',
      '          }',
      '          case OPS.closePath:',
      '            drawnPath?.push(3);',
      '            break;',
      '          case OPS.stroke:',
      '          case OPS.closeStroke:',
      '          case OPS.fill:',
      '          case OPS.eoFill:',
      '          case OPS.fillStroke:',
      '          case OPS.eoFillStroke:',
      '          case OPS.closeFillStroke:',
      '          case OPS.closeEOFillStroke:',
      '            if (drawnPath) drawnPaths.push({ paint: fn, data: drawnPath });',
      '            drawnPath = null;',
      '            break;',
      '          case OPS.endPath:',
      '            drawnPath = null;',
      '            break;',
      '          case OPS.restore:',
      '            if (previousState && (previousState.font',
    ].join('\n'),
  ],
  [
    '        next(deferred);\n        return;\n      }\n      flushTextContentItem();\n      enqueueChunk();\n      resolve();',
    '        next(deferred);\n        return;\n      }\n      flushTextContentItem();\n      if (drawnPaths.length > 0 || prevRefs === null) textContent.items.push({ drawnPaths });\n      enqueueChunk();\n      resolve();',
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
  // The port between pdf.js's two halves in one thread (LoopbackPort) copies every message with structuredClone,
  // as a real worker's port would. For the messages of its streams (a page's text content and operator list come
  // as chunks, each asked for by a "pull") that copy was a tenth of a long PDF's reading, and the garbage it left
  // more: they are now handed over as they are. Their sender never touches a chunk again once it is sent (with the
  // worker patches above), the other stream messages are small objects made for the message, and the receiver
  // only reads them. Every other message (requests, answers, fonts) is still copied.
  [
    '      data: structuredClone(obj, transfer ? {\n',
    '      data: obj?.stream ? obj : structuredClone(obj, transfer ? {\n',
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

/**
 * The modules the CLI bundle (dist/main.cjs) leaves as ES modules of the main build, imported when first needed:
 * the document readers (with pdf.js, mammoth, exceljs, htmlparser2 and xmldom behind them) and the spreadsheet
 * case-log reader. The file worker reads documents, so the CLI's own thread loads them only for `cases --form`.
 * The worker's bundle (dist/worker-main.cjs) holds the readers itself but for WORKER_LAZY.
 */
const LAZY = {
  'read-pdf': 'src/ingest/pdf/read-pdf.ts',
  'read-docx': 'src/ingest/docx/read-docx.ts',
  'read-odf': 'src/ingest/odf/read-odf.ts',
  'read-xlsx': 'src/ingest/xlsx/read-xlsx.ts',
  'read-html': 'src/ingest/html/read-html.ts',
  'read-log-xlsx': 'src/cases/read-log-xlsx.ts',
};

/**
 * The readers the file worker's bundle leaves as ES modules: pdf.js (an ES module of its own, 2 MB with its worker
 * half) and exceljs (1.7 MB), loaded only when a PDF or a spreadsheet comes. The others, mammoth behind the DOCX
 * reader among them, are compiled through the worker's code cache.
 */
const WORKER_LAZY = ['read-pdf', 'read-xlsx'];

/** In a CommonJS bundle, an import of one of these LAZY modules becomes one of its ES module, dist/lazy/<name>.js. */
const lazyParts = (names) => ({
  name: 'lazy-parts',
  setup(b) {
    const byPath = new Map(names.map((name) => [resolvePath(LAZY[name]), name]));
    b.onResolve({ filter: /\.js$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const name = byPath.get(resolvePath(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
      return name === undefined ? undefined : { path: `./lazy/${name}.js`, external: true };
    });
  },
});

/**
 * In the CommonJS bundles, src/schemas/bundled-validators.ts (no validators from source) becomes one requiring each
 * precompiled validator, so that they are bundled and compiled through the bundle's code cache; a validator's
 * module is evaluated only when it is first asked for.
 */
const bundledValidators = {
  name: 'bundled-validators',
  setup(b) {
    const stub = resolvePath('src/schemas/bundled-validators.ts');
    b.onLoad({ filter: /bundled-validators\.ts$/ }, (args) => {
      if (resolvePath(args.path) !== stub) return undefined;
      const generated = fileURLToPath(new URL('generated/validators/', dist));
      const names = readdirSync(generated)
        .filter((f) => f.endsWith('.cjs'))
        .map((f) => f.slice(0, -'.cjs'.length))
        .sort();
      if (names.length === 0) throw new Error('bundled-validators: no validators in dist/generated/validators/');
      const entries = names.map(
        (n) =>
          `  ${JSON.stringify(n)}: () => require(${JSON.stringify(join(generated, `${n}.cjs`))})[${JSON.stringify(n)}],`,
      );
      return {
        contents: `export const BUNDLED_VALIDATORS = {\n${entries.join('\n')}\n};\n`,
        loader: 'js',
        resolveDir: generated,
      };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // src/util/build-mode.ts: the bundle reads the build's outputs, the sources their own files.
  define: { __ASSESS_BUNDLE__: 'true' },
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
};
// Large, lazily loaded, or loading files of their own: resolved from node_modules at run time. pdf.js is
// bundled (a lazy chunk for it and one for its worker), so that installing assess does not install
// pdfjs-dist's optional dependency @napi-rs/canvas, a 30 MB native binary for rendering, which assess never
// does (src/ingest/pdf/pdfjs.ts); pdfjs-dist is a devDependency. mammoth is bundled too: resolving, reading and
// compiling its hundred-odd files (and JSZip's, xmldom's) was a fifth of a DOCX check, and in the worker's bundle
// it is compiled through the code cache.
// The OCR libraries (tesseract.js, its English data, @napi-rs/canvas) are optional peer dependencies, loaded
// only for a scanned page (src/ingest/ocr/load-ocr.ts): never bundled, and a user who never scans needs none.
const external = ['pdf-parse', 'ajv', 'ajv-formats', 'tesseract.js', '@tesseract.js-data/eng', '@napi-rs/canvas'];

/** Every file the bundles took in, from their metafiles: whose licences go with dist/ (scripts/lib/licences.mjs). */
const bundledInputs = new Set();
async function build(options) {
  const result = await esbuild({ ...options, metafile: true });
  for (const input of Object.keys(result.metafile.inputs)) bundledInputs.add(input);
  return result;
}

const dist = new URL('../dist/', import.meta.url);
rmSync(dist, { recursive: true, force: true });
// The schemas' validators first (dist/generated/validators/): the CLI bundle takes them in (bundledValidators).
await import('./compile-schemas.mjs');
// The ES-module build: the OCR process and the lazy parts, split so that each loads only its chunks.
await build({
  ...common,
  entryPoints: {
    ocr: 'src/ingest/ocr/ocr-child.ts',
    ...Object.fromEntries(Object.entries(LAZY).map(([name, path]) => [`lazy/${name}`, path])),
  },
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  external,
  // Bundled CommonJS dependencies (yaml, commander) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __assessRequire } from 'node:module'; const require = __assessRequire(import.meta.url);",
  },
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [patchPdfJs],
});

/**
 * A CommonJS bundle run through the code cache by a boot (src/util/code-cache.ts): the CLI, dist/main.cjs, and the
 * file worker, dist/worker-main.cjs. Its import() of a lazy part is handed to the boot's `__assessImport`; no other
 * import() may be left. Returns the hash of its text, which names its cache.
 */
async function cachedBundle(entry, outfile, lazy) {
  const out = await build({
    ...common,
    entryPoints: [entry],
    outfile,
    format: 'cjs',
    external,
    write: false,
    banner: { js: "const __assessImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { ...common.define, 'import.meta.url': '__assessImportMetaUrl' },
    plugins: [lazyParts(lazy), bundledValidators],
  });
  let source = out.outputFiles[0].text;
  const lazyImports = new Set(source.match(/(?<![\w$.])import\("\.\/lazy\/[\w-]+\.js"\)/g) ?? []).size;
  source = source.replaceAll('import("./lazy/', '__assessImport("./lazy/');
  const leftOver = /(?<![\w$.])import\(/.exec(source);
  if (leftOver)
    throw new Error(
      `${outfile}: an import() the code cache cannot run: ${source.slice(leftOver.index, leftOver.index + 80)}`,
    );
  if (lazyImports < lazy.length)
    throw new Error(`${outfile}: ${lazyImports} lazy parts imported, expected ${lazy.length}`);
  writeFileSync(outfile, source);
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}

/** A boot (CommonJS, as the bin is) that runs a cachedBundle, told its hash. */
const bootOf = (entry, outfile, define) =>
  build({
    ...common,
    entryPoints: [entry],
    outfile,
    format: 'cjs',
    banner: { js: "const __assessImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { ...common.define, 'import.meta.url': '__assessImportMetaUrl', ...define },
  });

// The CLI: one CommonJS file, so that src/cli/boot.ts can compile it through V8's code cache (Node 20 caches no
// ES module); a run that reads no document (a YAML form) never starts Node's ES module loader.
const mainHash = await cachedBundle('src/cli/main.ts', 'dist/main.cjs', Object.keys(LAZY));
await bootOf('src/cli/boot.ts', 'dist/boot.cjs', { __ASSESS_MAIN_HASH__: JSON.stringify(mainHash) });
// The file worker: dist/worker.cjs, the pool's worker entry, runs dist/worker-main.cjs through its code cache.
const workerHash = await cachedBundle('src/workers/worker.ts', 'dist/worker-main.cjs', WORKER_LAZY);
await bootOf('src/workers/worker-boot.ts', 'dist/worker.cjs', { __ASSESS_WORKER_HASH__: JSON.stringify(workerHash) });
// The bundled libraries' licences (MIT, BSD, Apache-2.0 ask for their text to go with the code), since
// legalComments: 'none' drops their headers and bundling takes their code out of their packages.
mkdirSync(new URL('licenses/', dist), { recursive: true });
const licences = writeLicences(
  bundledInputs,
  fileURLToPath(new URL('..', import.meta.url)),
  fileURLToPath(new URL('licenses/', dist)),
);
console.log(
  'bundled dist/boot.cjs (and dist/main.cjs), dist/worker.cjs (and dist/worker-main.cjs), dist/ocr.js and dist/lazy/,' +
    ` with ${licences.length} bundled packages' licences in dist/licenses/`,
);
