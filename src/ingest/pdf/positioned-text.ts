/** pdf.js text items of one page, placed in y-down page coordinates. */
import type { PdfJs, PDFPageProxy } from './pdfjs.js';
import type { DrawnPath } from './rulings.js';
import type { TextPiece } from './types.js';

interface RawItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

const isTextItem = (item: unknown): item is RawItem =>
  typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;

/** The painted paths the built CLI's pdf.js adds to a text content (scripts/build.mjs), one item a content stream. */
const pathsOf = (item: unknown): DrawnPath[] | undefined =>
  typeof item === 'object' && item !== null && 'drawnPaths' in item && Array.isArray(item.drawnPaths)
    ? (item.drawnPaths as DrawnPath[])
    : undefined;

export interface PageText {
  pieces: TextPiece[];
  /** The paths the page paints, when pdf.js handed them over with the text; else read from its operator list. */
  paths?: DrawnPath[];
}

/**
 * Non-blank text pieces of a page (line numbers not yet assigned:
 * 0), and the paths it paints when pdf.js gave them. Whitespace-only items are dropped; gaps speak for them.
 */
export async function readPieces(pdfjs: PdfJs, page: PDFPageProxy): Promise<PageText> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const pieces: TextPiece[] = [];
  let paths: DrawnPath[] | undefined;
  for (const item of content.items) {
    const drawn = pathsOf(item);
    if (drawn) {
      paths = paths ? paths.concat(drawn) : drawn;
      continue;
    }
    if (!isTextItem(item) || !item.str.trim()) continue;
    const m = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
    const size = Math.hypot(m[2] ?? 0, m[3] ?? 0) || item.height || 10;
    pieces.push({ str: item.str, x: m[4] ?? 0, y: m[5] ?? 0, width: item.width, size, font: item.fontName, line: 0 });
  }
  return paths ? { pieces, paths } : { pieces };
}
