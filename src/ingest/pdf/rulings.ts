/**
 * Horizontal and vertical rules drawn on a page (stroked lines, stroked rectangle edges, and thin filled
 * rectangles, which is how some writers draw cell borders), in y-down page coordinates, plus whether the page
 * paints any image. Read from the paths the page paints: those the built CLI's pdf.js hands over with the page's
 * text content, else those of its operator list.
 */
import type { PdfJs, PDFPageProxy } from './pdfjs.js';
import type { HSegment, VSegment } from './types.js';

type Matrix = number[];
type Point = [number, number];

export interface Rulings {
  hSegments: HSegment[];
  vSegments: VSegment[];
  hasImages: boolean;
}

/** Thicker than this, a filled rectangle is shading, not a rule. */
const MAX_RULE_THICKNESS = 3;
/** Shorter than this, a stroke is a tick or a glyph part, not a rule. */
const MIN_RULE_LENGTH = 4;

const apply = (m: Matrix, x: number, y: number): Point => [
  (m[0] ?? 1) * x + (m[2] ?? 0) * y + (m[4] ?? 0),
  (m[1] ?? 0) * x + (m[3] ?? 1) * y + (m[5] ?? 0),
];

/** Splits pdf.js path data (DrawOPS moveTo 0, lineTo 1, curveTo 2, closePath 3) into sub-paths of points. */
function subPaths(data: ArrayLike<number>): { points: Point[]; curved: boolean; closed: boolean }[] {
  const out: { points: Point[]; curved: boolean; closed: boolean }[] = [];
  let cur: { points: Point[]; curved: boolean; closed: boolean } | undefined;
  for (let i = 0; i < data.length;) {
    const op = data[i];
    if (op === 0) {
      cur = { points: [[data[i + 1] ?? 0, data[i + 2] ?? 0]], curved: false, closed: false };
      out.push(cur);
      i += 3;
    } else if (op === 1) {
      cur?.points.push([data[i + 1] ?? 0, data[i + 2] ?? 0]);
      i += 3;
    } else if (op === 2) {
      if (cur) cur.curved = true;
      cur?.points.push([data[i + 5] ?? 0, data[i + 6] ?? 0]);
      i += 7;
    } else if (op === 3) {
      if (cur) cur.closed = true;
      i += 1;
    } else break; // unknown op: stop rather than misread
  }
  return out;
}

function addEdge(a: Point, b: Point, out: Rulings): void {
  const [x1, y1] = a;
  const [x2, y2] = b;
  if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) >= MIN_RULE_LENGTH)
    out.hSegments.push({ y: (y1 + y2) / 2, x1: Math.min(x1, x2), x2: Math.max(x1, x2) });
  else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) >= MIN_RULE_LENGTH)
    out.vSegments.push({ x: (x1 + x2) / 2, y1: Math.min(y1, y2), y2: Math.max(y1, y2) });
}

/** A filled axis-aligned rectangle that is thin in one direction becomes a rule along the other. */
function addFilled(points: Point[], out: Rulings): void {
  if (points.length < 4 || points.length > 5) return;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const axisAligned = points.every((p, i) => {
    const q = points[(i + 1) % points.length] ?? p;
    return Math.abs(p[0] - q[0]) < 0.5 || Math.abs(p[1] - q[1]) < 0.5;
  });
  if (!axisAligned) return;
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = right - left;
  const h = bottom - top;
  if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH)
    out.hSegments.push({ y: (top + bottom) / 2, x1: left, x2: right });
  else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH)
    out.vSegments.push({ x: (left + right) / 2, y1: top, y2: bottom });
}

/**
 * A painted path: its paint operator (pdf.js OPS: stroke, fill, ...) and its points as DrawOPS path data, taken
 * through the transformation matrix it was drawn under (PDF user space, y up).
 */
export interface DrawnPath {
  paint: number;
  data: ArrayLike<number>;
}

/** The straight sub-paths of `data`, each point taken through `m` (curved sub-paths are never rules). */
function transformed(data: ArrayLike<number>, m: Matrix): number[] {
  const out: number[] = [];
  for (const sub of subPaths(data)) {
    if (sub.curved) continue;
    sub.points.forEach(([x, y], i) => out.push(i === 0 ? 0 : 1, ...apply(m, x, y)));
    if (sub.closed) out.push(3);
  }
  return out;
}

/** The rules among a page's painted paths, in y-down page coordinates (`viewport`: the page's transform). */
export function rulingsOf(pdfjs: PdfJs, paths: readonly DrawnPath[], viewport: Matrix): Omit<Rulings, 'hasImages'> {
  const { OPS } = pdfjs;
  const out: Rulings = { hSegments: [], vSegments: [], hasImages: false };
  const strokes = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const fills = new Set<number>([OPS.fill, OPS.eoFill]);
  for (const { paint, data } of paths) {
    if (!strokes.has(paint) && !fills.has(paint)) continue;
    for (const sub of subPaths(data)) {
      if (sub.curved) continue;
      const pts = sub.points.map(([x, y]) => apply(viewport, x, y));
      if (strokes.has(paint)) {
        for (let k = 1; k < pts.length; k++) addEdge(pts[k - 1] as Point, pts[k] as Point, out);
        if (sub.closed && pts.length > 2) addEdge(pts[pts.length - 1] as Point, pts[0] as Point, out);
      } else addFilled(pts, out);
    }
  }
  return { hSegments: out.hSegments, vSegments: out.vSegments };
}

/**
 * A page's rules and whether it paints an image, from its operator list (a pass of its own over the page's
 * content stream). The built CLI's pdf.js hands the painted paths over with the text content instead
 * (scripts/build.mjs), and the PDF reader takes them from there: this is for the images, and for pdf.js as
 * installed.
 */
export async function readRulings(pdfjs: PdfJs, page: PDFPageProxy): Promise<Rulings> {
  const { OPS, Util } = pdfjs;
  const viewport = page.getViewport({ scale: 1 });
  const list = await page.getOperatorList();
  const images = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageXObjectRepeat,
    OPS.paintImageMaskXObject,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintImageMaskXObjectRepeat,
    OPS.paintSolidColorImageMask,
  ]);
  const paths: DrawnPath[] = [];
  let hasImages = false;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && Array.isArray(args)) ctm = Util.transform(ctm, args as number[]) as Matrix;
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0];
      if (Array.isArray(matrix) && matrix.length === 6) ctm = Util.transform(ctm, matrix as number[]) as Matrix;
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn !== undefined && images.has(fn)) hasImages = true;
    else if (fn === OPS.constructPath && args) {
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (data) paths.push({ paint: args[0] as number, data: transformed(data, ctm) });
    }
  }
  return { ...rulingsOf(pdfjs, paths, viewport.transform as Matrix), hasImages };
}
