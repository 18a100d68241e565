/**
 * One page read by OCR into the same positioned text and rules as a digital page (pdf/types.ts), so the PDF
 * reader's table finders (ruled, horizontal rules only, borderless) and everything after them read it unchanged:
 * render the page (pdf.js onto @napi-rs/canvas), straighten it (skew from its ink), find its rules in the bitmap,
 * wipe them, recognise the words, and place each word as a text piece in page points. A page whose words come
 * out with very low confidence is tried again upside down, and the better reading kept.
 */
import type { PDFPageProxy } from '../pdf/pdfjs.js';
import type { HSegment, PageContent, TextPiece, VSegment } from '../pdf/types.js';
import { binarise, greyInto, levels, otsu, pgmImage, rotate, rotate180, whitenPaper, type Grey } from './bitmap.js';
import type { CanvasModule, OcrLibraries } from './load-ocr.js';
import type { OcrWord, Recogniser } from './recognise.js';
import { findRuleLines, wipeRules, type RuleLines } from './rule-lines.js';
import { estimateSkew } from './skew.js';

/** Pages are rendered at this resolution (what tesseract reads best), or less for a page too large for it. */
export const OCR_DPI = 300;
/** The most pixels a page is rendered to (a poster-sized page at 300 dpi would take gigabytes). */
const MAX_PIXELS = 12_000_000;
/** Rows of the canvas read back at once (about 2.5 MB of RGBA for an A4 page at 300 dpi). */
const READ_BACK_ROWS = 256;
/** Below this mean word confidence a page is tried upside down as well. */
const RETRY_UPSIDE_DOWN = 60;
/** Skews smaller than this (degrees) are left alone. */
const MIN_SKEW = 0.15;

export interface OcrPageResult {
  content: PageContent;
  /** Mean word confidence, 0..100 (0 for a page with no words). */
  confidence: number;
  /** Degrees the page was turned to read it (skew correction, plus 180 for a page scanned upside down). */
  rotation: number;
}

/** pdf.js renders with these globals, which Node lacks: @napi-rs/canvas has them (pdf/pdfjs.ts drops its own). */
function provideRenderGlobals(canvas: CanvasModule): void {
  const scope = globalThis as Record<string, unknown>;
  scope.DOMMatrix ??= canvas.DOMMatrix;
  scope.Path2D ??= canvas.Path2D;
  scope.ImageData ??= canvas.ImageData;
}

async function render(page: PDFPageProxy, canvas: CanvasModule): Promise<{ grey: Grey; dpi: number; skew: number }> {
  provideRenderGlobals(canvas);
  const unit = page.getViewport({ scale: 1 });
  const fit = Math.sqrt(MAX_PIXELS / (unit.width * unit.height)) * 72;
  const dpi = Math.min(OCR_DPI, fit);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const surface = canvas.createCanvas(width, height);
  const context = surface.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  await page.render({
    canvasContext: context as unknown as CanvasRenderingContext2D,
    canvas: surface as unknown as HTMLCanvasElement,
    viewport,
  }).promise;
  // Read back a band of rows at a time: the page's RGBA in one piece would be another four bytes a pixel.
  const rendered: Grey = { width, height, data: new Uint8Array(width * height) };
  for (let y = 0; y < height; y += READ_BACK_ROWS) {
    const rows = Math.min(READ_BACK_ROWS, height - y);
    greyInto(context.getImageData(0, y, width, rows).data, rendered.data, y * width);
  }
  // The canvas's pixels, and pdf.js's decoded images of the page, are freed now: the grey bitmap is all that is
  // needed, and the recogniser's memory grows while it reads the page.
  surface.width = 0;
  surface.height = 0;
  page.cleanup();
  const skew = estimateSkew(rendered, otsu(rendered));
  const grey = Math.abs(skew) >= MIN_SKEW ? rotate(rendered, -skew) : rendered;
  return { grey, dpi, skew };
}

/** Rules in page points. */
function segments(lines: RuleLines, scale: number): { hSegments: HSegment[]; vSegments: VSegment[] } {
  return {
    hSegments: lines.horizontal.map((r) => ({ y: r.at / scale, x1: r.from / scale, x2: (r.to + 1) / scale })),
    vSegments: lines.vertical.map((r) => ({ x: r.at / scale, y1: r.from / scale, y2: (r.to + 1) / scale })),
  };
}

/**
 * Font sizes from the recogniser's line heights, which vary from line to line of one font with the letters in
 * it (a line without descenders is shorter): heights within a quarter of each other are one size, their median.
 */
function fontSizes(heights: readonly number[]): Map<number, number> {
  const sorted = [...new Set(heights)].sort((a, z) => a - z);
  const out = new Map<number, number>();
  let group: number[] = [];
  const flush = (): void => {
    const median = group[Math.floor(group.length / 2)] ?? 0;
    for (const h of group) out.set(h, median);
    group = [];
  };
  for (const h of sorted) {
    if (group.length > 0 && h > (group[0] ?? 0) * 1.25) flush();
    group.push(h);
  }
  flush();
  return out;
}

/** Recognised words as text pieces in page points, their confidence kept. */
function toPieces(words: readonly OcrWord[], scale: number): TextPiece[] {
  const sizes = fontSizes(words.map((w) => w.lineHeight));
  return words.map((w) => ({
    str: w.text,
    x: w.x0 / scale,
    y: w.baseline / scale,
    width: (w.x1 - w.x0 + 1) / scale,
    // A line's height is ascender to descender, about the font's em.
    size: (sizes.get(w.lineHeight) ?? w.lineHeight) / scale,
    font: 'ocr',
    line: 0,
    confidence: w.confidence,
  }));
}

const mean = (words: readonly OcrWord[]): number =>
  words.length ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 0;

interface Reading {
  words: OcrWord[];
  lines: RuleLines;
  confidence: number;
}

async function read(g: Grey, dpi: number, recogniser: Recogniser): Promise<Reading> {
  // A thin rule, blurred by the scan and its JPEG, is lighter than text: counted as ink halfway to the paper.
  const { threshold, paper } = levels(g);
  const ink = binarise(g, (threshold * 2 + paper) / 3);
  const lines = findRuleLines(ink, g.width, g.height, dpi);
  // What the recogniser reads, whitened and wiped straight into the file it is handed.
  const image = pgmImage(g.width, g.height);
  wipeRules(whitenPaper(g, paper, image.grey), lines, dpi);
  const words = await recogniser.recognise(image.file, dpi);
  return { words, lines, confidence: mean(words) };
}

/**
 * `recogniser` is asked for once the page is rendered and prepared, so a recogniser opened for this page (see
 * ocr-pages.ts) is not yet holding memory while the page is drawn.
 */
export async function ocrPage(
  page: PDFPageProxy,
  n: number,
  libs: OcrLibraries,
  recogniserFor: () => Promise<Recogniser>,
): Promise<OcrPageResult> {
  const { grey, dpi, skew } = await render(page, libs.canvas);
  const recogniser = await recogniserFor();
  let reading = await read(grey, dpi, recogniser);
  let rotation = skew;
  if (reading.confidence < RETRY_UPSIDE_DOWN) {
    const turned = await read(rotate180(grey), dpi, recogniser);
    if (turned.confidence > reading.confidence) {
      reading = turned;
      rotation = skew + 180;
    }
  }
  const scale = dpi / 72;
  const unit = page.getViewport({ scale: 1 });
  return {
    content: {
      page: n,
      width: unit.width,
      height: unit.height,
      pieces: toPieces(reading.words, scale),
      ...segments(reading.lines, scale),
    },
    confidence: Math.round(reading.confidence * 10) / 10,
    rotation: Math.round(rotation * 100) / 100,
  };
}
