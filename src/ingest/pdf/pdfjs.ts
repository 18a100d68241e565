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
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type { PDFDocumentProxy, PDFPageProxy };

/** Built-ins the legacy build replaces although Node has them: restored after it loads. */
const KEPT: readonly [object, string][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
];

let loading: Promise<PdfJs> | undefined;

async function load(): Promise<PdfJs> {
  const saved = KEPT.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const);
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  } finally {
    for (const [owner, key, descriptor] of saved) if (descriptor) Object.defineProperty(owner, key, descriptor);
  }
}

export const loadPdfJs = (): Promise<PdfJs> => {
  loading ??= load().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
};
