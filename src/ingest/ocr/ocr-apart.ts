/**
 * OCR in a process of its own (dist/ocr.js, ocr-child.ts), started for a document's scanned pages and ended when
 * they are read, instead of in the thread that reads the rest of the document. Why: memory.
 *
 * Reading a page at 300 dpi allocates and frees buffers of megabytes by the dozen (the canvas read back, the grey
 * bitmap and its copies, pdf.js's decoded scan, the image handed to the recogniser's thread). glibc's malloc
 * serves such buffers from its heaps once one of them has been freed (its mmap threshold rises to the freed
 * size), and a heap's holes are not given back: in one process a two-page scan left about 180 MB behind after
 * its first page, and the second page's drawing stacked on it (a peak of about 470 MB). The OCR process runs
 * with that threshold fixed at 1 MiB (`MALLOC_MMAP_THRESHOLD_`, unless the user set it), so every big buffer
 * is mapped on its own and returned when freed (the same scan peaks near 340 MB), and whatever the process still
 * holds goes when it ends. Starting it costs about a tenth of a second, against seconds a page to read.
 *
 * It is told the document's bytes and pages, says each page as it is read (the progress bar), and answers once
 * with the pages or the failure; an error thrown inside it is thrown here again. A process that ends without an
 * answer (killed, out of memory) fails the document as `reader-crashed`. Its parent gone (a worker stopped by
 * `--timeout`, or assess itself ended), it ends too. From the TypeScript sources (vitest: not BUNDLED) there is no
 * dist/ocr.js to start, and the pages are read in-process.
 */
import { fork } from 'node:child_process';
import { failure, type Failed } from '../../failure/failure.js';
import { BUNDLED } from '../../util/build-mode.js';
import { packagePath } from '../../util/package-path.js';
import type { PdfJs } from '../pdf/pdfjs.js';
import type { OcrPageResult } from './ocr-page.js';

export interface OcrRequest {
  bytes: Uint8Array;
  password?: string;
  pages: number[];
}

export type OcrAnswer = { ok: true; pages: OcrPageResult[] } | Failed;

export type OcrMessage = { page: number } | { answer: OcrAnswer } | { thrown: { name: string; message: string } };

/** glibc's mmap threshold in the OCR process (bytes): buffers this large or more are mapped, unmapped when freed. */
const MMAP_THRESHOLD = String(1024 * 1024);
/** The end of the OCR process's stderr kept for the failure that says why it ended without an answer. */
const STDERR_KEPT = 400;

export async function ocrPagesApart(
  pdfjs: PdfJs,
  request: OcrRequest,
  onPage?: (page: number) => void,
): Promise<OcrAnswer> {
  if (!BUNDLED) {
    const { ocrPages } = await import('./ocr-pages.js');
    return ocrPages(pdfjs, request.bytes, request.password, request.pages, onPage);
  }
  const child = fork(packagePath('dist', 'ocr.js'), [], {
    env: { ...process.env, MALLOC_MMAP_THRESHOLD_: process.env['MALLOC_MMAP_THRESHOLD_'] ?? MMAP_THRESHOLD },
    execArgv: [],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderr = (stderr + text).slice(-STDERR_KEPT);
  });
  return new Promise<OcrAnswer>((resolve, reject) => {
    let settled = false;
    child.on('message', (m: OcrMessage) => {
      if ('page' in m) onPage?.(m.page);
      else if ('answer' in m) {
        settled = true;
        resolve(m.answer);
      } else {
        settled = true;
        reject(Object.assign(new Error(m.thrown.message), { name: m.thrown.name }));
      }
    });
    child.on('error', (e) => {
      if (settled) return;
      settled = true;
      resolve({ ok: false, failure: failure('reader-crashed', `cannot start the OCR process: ${e.message}`) });
    });
    child.on('exit', (code, signal) => {
      if (settled) return;
      settled = true;
      const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
      const last = stderr.trim().split('\n').pop();
      resolve({
        ok: false,
        failure: failure('reader-crashed', `the OCR process ${how} before it answered${last ? `: ${last}` : ''}`),
      });
    });
    child.send(request);
  });
}
