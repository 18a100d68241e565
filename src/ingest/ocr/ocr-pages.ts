/**
 * The pages of a PDF to be read by OCR, read: the document opened again with its images (the text pass leaves
 * them out), each page rendered and recognised in turn, one at a time, with one recogniser for the document,
 * closed at the end. In `auto` mode a page without text that draws no image is blank and is left alone.
 */
import type { Failed } from '../../failure/failure.js';
import { openPdf } from '../pdf/open-pdf.js';
import type { PdfJs } from '../pdf/pdfjs.js';
import { readRulings } from '../pdf/rulings.js';
import { loadOcr } from './load-ocr.js';
import { ocrPage, type OcrPageResult } from './ocr-page.js';
import type { OcrMode } from './ocr-mode.js';
import { openRecogniser, type Recogniser } from './recognise.js';

export async function ocrPages(
  pdfjs: PdfJs,
  bytes: Uint8Array,
  password: string | undefined,
  wanted: readonly number[],
  mode: OcrMode,
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
        if (mode === 'auto' && !(await readRulings(pdfjs, page)).hasImages) continue;
        recogniser ??= await openRecogniser(libs);
        pages.push(await ocrPage(page, n, libs, recogniser));
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
