/**
 * The pdf.js module, loaded lazily (about 60 ms) and only for PDFs. The legacy build is the one that runs
 * in Node 20; its core-js polyfills are needed for what Node 20 lacks (Promise.withResolvers, Set methods,
 * Uint8Array base64...), but two of them replace built-ins that Node already has:
 * - `Array.prototype.push`, swapped for a JavaScript version because V8 mishandles the spec's corner case
 *   of array-likes longer than 2^32 - 1;
 * - `JSON.parse`, swapped for one that offers the "source text access" proposal.
 * No code here or in pdf.js relies on either corner case. The replacements are several times slower, and
 * they are global: every `push` in the process (the normaliser, mammoth in the same scan worker) went
 * through the polyfill, about 15% of a scan's time. So the built-ins are put back once pdf.js has loaded.
 *
 * pdf.js runs its "worker" in this thread (there is no web worker in Node); its module is loaded here too,
 * before the built-ins are put back, and handed over as `globalThis.pdfjsWorker`, which pdf.js looks for
 * before it imports the worker module itself.
 *
 * Rendering is never used, and the package does not depend on `@napi-rs/canvas` (pdfjs-dist's optional
 * dependency, a 30 MB native binary; the build bundles pdf.js so that it is not installed). But pdf.js, as it
 * loads in Node, tries to `require` it to fill in `DOMMatrix`, `ImageData` and `Path2D`, warns on the console
 * when it cannot, and then fails on a `new DOMMatrix()` constant of its canvas renderer. So while it loads,
 * those three globals that Node lacks are placeholders (used by nothing that reads text or operator lists)
 * and that one warning is dropped; afterwards the placeholders are removed again.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type { PDFDocumentProxy, PDFPageProxy };

/** Built-ins the legacy build replaces although Node has them: restored after it loads. */
const KEPT: readonly [object, string][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
];

/** Globals pdf.js takes from `@napi-rs/canvas` when Node lacks them, only to render: placeholders while it loads. */
const RENDER_ONLY = ['DOMMatrix', 'ImageData', 'Path2D'] as const;

/** What pdf.js prints (console.warn) at load when `@napi-rs/canvas` is not installed, as it is not for users. */
const NO_CANVAS_WARNING = 'Warning: Cannot load "@napi-rs/canvas" package';

let loading: Promise<PdfJs> | undefined;

/* eslint-disable no-console -- console.warn is wrapped, not written to: pdf.js's one canvas warning is dropped */
async function load(): Promise<PdfJs> {
  const saved = KEPT.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const);
  const scope = globalThis as Record<string, unknown>;
  const placeholders = RENDER_ONLY.filter((name) => scope[name] === undefined);
  for (const name of placeholders) scope[name] = class RenderingUnavailable {};
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && args[0].startsWith(NO_CANVAS_WARNING))) warn.apply(console, args);
  };
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  } finally {
    console.warn = warn;
    for (const name of placeholders) delete scope[name];
    for (const [owner, key, descriptor] of saved) if (descriptor) Object.defineProperty(owner, key, descriptor);
  }
}
/* eslint-enable no-console */

export const loadPdfJs = (): Promise<PdfJs> => {
  loading ??= load().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
};
