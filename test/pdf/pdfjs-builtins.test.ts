import { describe, expect, it } from 'vitest';
import { loadPdfJs } from '../../src/ingest/pdf/pdfjs.js';
import { readPdf } from '../../src/ingest/pdf/read-pdf.js';
import { readFileSync } from 'node:fs';

// Taken before anything loads pdf.js (loadPdfJs loads it once per process).
const RENDER_ONLY = ['DOMMatrix', 'ImageData', 'Path2D'];
const renderOnlyBefore = RENDER_ONLY.map((name) => Object.getOwnPropertyDescriptor(globalThis, name));

describe('loading pdf.js', () => {
  it('leaves DOMMatrix, ImageData and Path2D as they were: neither its placeholders nor @napi-rs/canvas ones', async () => {
    await loadPdfJs();
    expect(RENDER_ONLY.map((name) => Object.getOwnPropertyDescriptor(globalThis, name))).toEqual(renderOnlyBefore);
  });

  it('leaves the built-in Array.prototype.push and JSON.parse in place (the legacy build polyfills them)', async () => {
    const push = Array.prototype.push;
    const parse = JSON.parse;
    await loadPdfJs();
    expect(Array.prototype.push).toBe(push);
    expect(JSON.parse).toBe(parse);
    // What the legacy build adds for Node 20 stays.
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function');
  });

  it('still reads a PDF after the built-ins are restored, with pdf.js running its worker in this thread', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/pdf/council-2024-table.pdf', import.meta.url)));
    const result = await readPdf(bytes, { maxPages: 500 });
    expect(result.ok).toBe(true);
    expect(
      (globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler,
    ).toBeDefined();
  });
});
