/**
 * Reading a PDF into the neutral DocumentModel: ruled tables from the page's rules, borderless tables from text
 * positions under a header line, everything else as paragraphs, page furniture dropped, tables continuing over
 * pages joined. Bad input comes back as `{ok:false, failure}`, a typed failure with a one-line message, never as a
 * throw. pdf.js is loaded lazily; the document is always destroyed.
 */
import type { DocumentModel } from '../document.js';
import { unreadable, type ReadResult } from '../read-result.js';
import { buildDocument } from './build-document.js';
import { openPdf, pdfFailure } from './open-pdf.js';
import { loadPdfJs, type PDFDocumentProxy, type PdfJs } from './pdfjs.js';
import { readPieces } from './positioned-text.js';
import { readRulings, rulingsOf } from './rulings.js';
import { findStreamBomb } from './stream-guard.js';
import { numberLines } from './text-lines.js';
import type { PageContent, PageTable } from './types.js';
import { DEFAULT_OCR_MODE } from '../ocr/ocr-mode.js';
import type { OcrInfo } from '../document.js';
import type { Failed } from '../../failure/failure.js';
import type { ReaderLimits } from '../readers.js';

/** What the PDF reader takes of a reader's limits: pages, the password, and how OCR goes. */
export type ReadPdfOptions = Pick<ReaderLimits, 'maxPages' | 'password' | 'ocr' | 'onOcrPage'>;

async function readPage(pdfjs: PdfJs, doc: PDFDocumentProxy, n: number): Promise<PageContent> {
  const page = await doc.getPage(n);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const text = await readPieces(pdfjs, page);
    const pieces = numberLines(text.pieces);
    const { hSegments, vSegments } = text.paths
      ? rulingsOf(pdfjs, text.paths, viewport.transform)
      : await readRulings(pdfjs, page);
    return { page: n, width: viewport.width, height: viewport.height, pieces, hSegments, vSegments };
  } finally {
    page.cleanup();
  }
}

async function metadataTitle(doc: PDFDocumentProxy): Promise<string | undefined> {
  const meta = await doc.getMetadata().catch(() => undefined);
  const title = (meta?.info as { Title?: unknown } | undefined)?.Title;
  return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}

/**
 * Of the pages `numbers`, those that paint an image, from the document read again with its images kept (the text
 * pass leaves them out). A page without text is a scan when it paints one, and blank when it does not (the empty
 * last page a writer leaves after a page break): OCR, a process of its own and seconds a page, is for the first.
 * With `first`, the reading stops at the first page found (all that is asked is whether any page paints one).
 */
async function pagesWithImages(
  pdfjs: PdfJs,
  bytes: Uint8Array,
  password: string | undefined,
  numbers: readonly number[],
  { first = false }: { first?: boolean } = {},
): Promise<Set<number>> {
  const found = new Set<number>();
  if (numbers.length === 0) return found;
  const opened = await openPdf(pdfjs, bytes, password, { images: true });
  if (!opened.ok) return found;
  try {
    for (const n of numbers) {
      const page = await opened.doc.getPage(n);
      try {
        if ((await readRulings(pdfjs, page)).hasImages) found.add(n);
        if (first && found.size > 0) break;
      } finally {
        page.cleanup();
      }
    }
    return found;
  } finally {
    await opened.doc.destroy().catch(() => undefined);
  }
}

/**
 * A PDF whose text takes longer than this to read is given up on (pdf.js waiting on a damaged stream must not hang
 * the CLI). OCR, a second or more a page, is not held to it: the worker's --timeout bounds it.
 */
const TIME_LIMIT_MS = 120_000;

export async function readPdf(bytes: Uint8Array, opts: ReadPdfOptions): Promise<ReadResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ReadResult>((resolve) => {
    timer = setTimeout(
      () =>
        resolve(unreadable('timeout', `gave up reading the PDF after ${TIME_LIMIT_MS / 1000} s; it may be damaged`)),
      TIME_LIMIT_MS,
    );
    timer.unref();
  });
  try {
    return await Promise.race([read(bytes, opts, () => clearTimeout(timer)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The pages `--ocr` asks for read by OCR in place of their (empty) text: their pieces and the rules found in
 * their bitmaps. `auto` asks for the pages without text that paint an image; `imaged` says which those were,
 * when it was looked at. OCR that cannot run (its libraries not installed) fails the document only when no page
 * has text.
 */
async function withOcr(
  pdfjs: PdfJs,
  bytes: Uint8Array,
  opts: ReadPdfOptions,
  pages: PageContent[],
  startOcr: () => void,
): Promise<{ ok: true; imaged?: Set<number>; ocr?: { info: OcrInfo['pages']; pages: PageContent[] } } | Failed> {
  const mode = opts.ocr ?? DEFAULT_OCR_MODE;
  if (mode === 'never') return { ok: true };
  let wanted = pages.map((p) => p.page);
  let imaged: Set<number> | undefined;
  if (mode === 'auto') {
    const textless = pages.filter((p) => p.pieces.length === 0).map((p) => p.page);
    imaged = await pagesWithImages(pdfjs, bytes, opts.password, textless);
    wanted = textless.filter((n) => imaged?.has(n));
  }
  const done = imaged ? { ok: true as const, imaged } : { ok: true as const };
  if (wanted.length === 0) return done;
  startOcr();
  const { ocrPagesApart } = await import('../ocr/ocr-apart.js');
  const read = await ocrPagesApart(
    pdfjs,
    {
      bytes,
      ...(opts.password !== undefined ? { password: opts.password } : {}),
      pages: wanted,
    },
    opts.onOcrPage,
  );
  if (!read.ok) return pages.some((p) => p.pieces.length > 0) ? done : read;
  const readPages: PageContent[] = [];
  for (const r of read.pages) {
    const content = { ...r.content, pieces: numberLines(r.content.pieces) };
    pages[r.content.page - 1] = content;
    readPages.push(content);
  }
  return {
    ...done,
    ocr: {
      info: read.pages.map((r) => ({ page: r.content.page, confidence: r.confidence, rotation: r.rotation })),
      pages: readPages,
    },
  };
}

/** The OCR reader's mending of misread ids, for the tables of the pages it read. */
async function idRepair(read: readonly PageContent[]): Promise<(t: PageTable) => void> {
  const { repairIds } = await import('../ocr/repair-ids.js');
  const pages = new Set(read.map((p) => p.page));
  return (t) => {
    if (pages.has(t.page)) repairIds(t);
  };
}

async function read(bytes: Uint8Array, opts: ReadPdfOptions, startOcr: () => void): Promise<ReadResult> {
  if (bytes.length === 0) return unreadable('empty', 'empty file');
  const bomb = findStreamBomb(bytes);
  if (bomb) return { ok: false, failure: bomb };
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (e) {
    return unreadable('reader-crashed', `cannot load the PDF reader (pdfjs-dist): ${(e as Error).message}`);
  }
  const opened = await openPdf(pdfjs, bytes, opts.password, { images: false });
  if (!opened.ok) return opened;
  const doc = opened.doc;
  try {
    const total = doc.numPages;
    if (total > opts.maxPages)
      return unreadable('too-large', `${total} pages, over the --max-pages limit of ${opts.maxPages}`);
    const pages: PageContent[] = [];
    for (let n = 1; n <= total; n++) pages.push(await readPage(pdfjs, doc, n));
    const ocr = await withOcr(pdfjs, bytes, opts, pages, startOcr);
    if (!ocr.ok) return ocr;
    if (pages.every((p) => p.pieces.length === 0)) {
      // Whether any page paints an image: the first one found says it.
      const imaged =
        ocr.imaged ??
        (await pagesWithImages(
          pdfjs,
          bytes,
          opts.password,
          pages.map((p) => p.page),
          { first: true },
        ));
      if (imaged.size === 0) return unreadable('empty', 'empty PDF: no text on any page');
      return opts.ocr === 'never'
        ? unreadable('scanned-no-text', 'no text layer (scanned image?); read it with --ocr auto, or run OCR first')
        : unreadable('scanned-no-text', 'no text layer, and OCR found no words on its pages');
    }
    const { blocks, running } = buildDocument(pages, ocr.ocr ? await idRepair(ocr.ocr.pages) : undefined);
    const document: DocumentModel = { format: 'pdf', blocks, pages: total };
    if (ocr.ocr) {
      const { lowConfidenceRows } = await import('../ocr/low-confidence.js');
      document.ocr = { pages: ocr.ocr.info, lowConfidence: lowConfidenceRows(blocks, ocr.ocr.pages) };
    }
    const title = (await metadataTitle(doc)) ?? running[0];
    if (title) document.title = title;
    return { ok: true, document };
  } catch (e) {
    return { ok: false, failure: pdfFailure(e) };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
