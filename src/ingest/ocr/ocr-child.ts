/**
 * The OCR process (dist/ocr.js; see ocr-apart.ts): reads the pages it is told of one document, says each as it
 * is read, answers once and ends. It ends as well when its parent goes (the IPC channel closes). A promise left
 * rejected after the answer (pdf.js, on a damaged file) is dropped, as in the scan worker.
 */
import { loadPdfJs } from '../pdf/pdfjs.js';
import type { OcrMessage, OcrRequest } from './ocr-apart.js';
import { ocrPages } from './ocr-pages.js';

const send = (m: OcrMessage): Promise<void> =>
  new Promise((resolve) => {
    if (!process.send) resolve();
    else process.send(m, undefined, {}, () => resolve());
  });

process.on('unhandledRejection', () => undefined);
process.on('disconnect', () => process.exit(0));
process.once('message', (request: OcrRequest) => {
  void (async () => {
    try {
      const pdfjs = await loadPdfJs();
      const answer = await ocrPages(pdfjs, request.bytes, request.password, request.pages, (page) => {
        void send({ page });
      });
      await send({ answer });
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      await send({ thrown: { name: error.name, message: error.message } });
    }
    process.exit(0);
  })();
});
