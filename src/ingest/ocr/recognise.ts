/**
 * Words from a page bitmap with tesseract.js: one recogniser for a document, its pages one at a time (the
 * recogniser holds one page's image at once). The English data is read from the installed package's folder,
 * never fetched or cached (`cacheMethod: 'none'`).
 */
import type Tesseract from 'tesseract.js';
import type { OcrLibraries } from './load-ocr.js';

/** A recognised word, in the bitmap's pixels. */
export interface OcrWord {
  text: string;
  /** 0..100, as tesseract gives it. */
  confidence: number;
  x0: number;
  x1: number;
  /** Baseline under the word. */
  baseline: number;
  /** The height of its text line (ascender to descender, as tesseract models the row). */
  lineHeight: number;
}

export interface Recogniser {
  /** Words of a page given as a PGM file (bitmap.ts pgmImage). */
  recognise(pgm: Buffer, dpi: number): Promise<OcrWord[]>;
  close(): Promise<void>;
}

/** The baseline's height at x (tesseract gives it as a sloped segment). */
function baselineAt(b: Tesseract.Baseline, x: number): number {
  if (b.x1 === b.x0) return b.y0;
  return b.y0 + ((b.y1 - b.y0) * (x - b.x0)) / (b.x1 - b.x0);
}

function wordsOf(page: Tesseract.Page): OcrWord[] {
  const out: OcrWord[] = [];
  for (const block of page.blocks ?? [])
    for (const para of block.paragraphs)
      for (const line of para.lines) {
        // The row's height (ascender to descender), or its box where tesseract gives none.
        const height = Math.max(line.rowAttributes.rowHeight || line.bbox.y1 - line.bbox.y0, 1);
        for (const w of line.words) {
          const text = w.text.trim();
          if (!text) continue;
          const mid = (w.bbox.x0 + w.bbox.x1) / 2;
          const base = baselineAt(line.baseline, mid);
          out.push({
            text,
            confidence: w.confidence,
            x0: w.bbox.x0,
            x1: w.bbox.x1,
            // A baseline tesseract could not fit lies off the word: the word's own bottom then.
            baseline: Math.abs(base - w.bbox.y1) < height ? base : w.bbox.y1,
            lineHeight: height,
          });
        }
      }
  return out;
}

export async function openRecogniser(libs: OcrLibraries): Promise<Recogniser> {
  const worker = await libs.tesseract.createWorker('eng', libs.tesseract.OEM.LSTM_ONLY, {
    langPath: libs.langPath,
    gzip: true,
    cacheMethod: 'none',
    logger: () => undefined,
    errorHandler: () => undefined,
  });
  return {
    async recognise(pgm, dpi) {
      await worker.setParameters({
        user_defined_dpi: String(Math.round(dpi)),
        tessedit_pageseg_mode: libs.tesseract.PSM.SPARSE_TEXT,
      });
      const result = await worker.recognize(pgm, {}, { blocks: true, text: false });
      return wordsOf(result.data);
    },
    close: () => closeWorker(worker),
  };
}

/** How long `close` waits for the recogniser's thread to end before going on without it. */
const EXIT_WAIT_MS = 5_000;

/**
 * The recogniser's thread stopped, and gone: tesseract.js's `terminate` only asks its thread to stop, and the
 * thread's WebAssembly memory (which never shrinks while it lives) is returned when the thread has ended. The
 * next page's rendering should not be stacked on it, so this waits for the thread's exit (tesseract.js keeps
 * it as `worker`, outside its types), or EXIT_WAIT_MS at most.
 */
async function closeWorker(worker: Tesseract.Worker): Promise<void> {
  const thread = (worker as unknown as { worker?: { once?: (event: 'exit', f: () => void) => void } }).worker;
  const exited =
    typeof thread?.once === 'function'
      ? new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, EXIT_WAIT_MS);
          thread.once?.('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        })
      : Promise.resolve();
  await worker.terminate().catch(() => undefined);
  await exited;
}
