/**
 * The pages of a PDF to be read by OCR, read: the document opened again with its images (the text pass leaves
 * them out), each page rendered and recognised in turn, one at a time. Which pages (in `auto` mode, those
 * without text that paint an image) the PDF reader decides. The built CLI runs this in an OCR process of its own
 * (ocr-apart.ts).
 *
 * Memory: each page has a recogniser of its own, opened once the page is drawn and prepared and closed when it
 * is read. tesseract's WebAssembly memory grows with the page it reads (about 120 MB for an A4 page at 300 dpi,
 * beside the 65 MB it starts with) and never shrinks; kept from page to page, the next page's drawing (canvas,
 * pdf.js's decoded scan, about 140 MB at its peak) stacks on it. Closing it costs starting the next (about half
 * a second, against several seconds to read a page) and keeps a worker's peak near one page's drawing or one
 * page's reading, whichever is larger, whatever the number of pages.
 */
import type { Failed } from '../../failure/failure.js';
import { openPdf } from '../pdf/open-pdf.js';
import type { PdfJs } from '../pdf/pdfjs.js';
import { loadOcr } from './load-ocr.js';
import { ocrPage, type OcrPageResult } from './ocr-page.js';
import { openRecogniser, type Recogniser } from './recognise.js';

export async function ocrPages(
  pdfjs: PdfJs,
  bytes: Uint8Array,
  password: string | undefined,
  wanted: readonly number[],
  onPage?: (page: number) => void,
): Promise<{ ok: true; pages: OcrPageResult[] } | Failed> {
  const libs = await loadOcr();
  if (!('tesseract' in libs)) return { ok: false, failure: libs };
  const opened = await openPdf(pdfjs, bytes, password, { images: true });
  if (!opened.ok) return opened;
  let recogniser: Recogniser | undefined;
  const pages: OcrPageResult[] = [];
  try {
    for (const n of wanted) {
      const page = await opened.doc.getPage(n);
      try {
        pages.push(
          await ocrPage(page, n, libs, async () => {
            recogniser = await openRecogniser(libs);
            return recogniser;
          }),
        );
        // Closed after each page (its thread gone, and its memory with it) before the next is drawn.
        await recogniser?.close();
        recogniser = undefined;
        onPage?.(n);
      } finally {
        page.cleanup();
      }
    }
    return { ok: true, pages };
  } finally {
    await recogniser?.close();
    await opened.doc.destroy().catch(() => undefined);
  }
}
