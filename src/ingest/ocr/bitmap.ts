/** A page as a grey bitmap (one byte a pixel, 0 black to 255 white), and the few operations OCR needs on it. */

export interface Grey {
  width: number;
  height: number;
  data: Uint8Array;
}

/** RGBA (a canvas's image data) to grey, by luma. */
export function toGrey(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Grey {
  const data = new Uint8Array(width * height);
  greyInto(rgba, data, 0);
  return { width, height, data };
}

/** RGBA pixels written as grey into `data` from pixel `at` on. */
export function greyInto(rgba: Uint8Array | Uint8ClampedArray, data: Uint8Array, at: number): void {
  const end = Math.min(data.length, at + rgba.length / 4);
  for (let i = at, j = 0; i < end; i++, j += 4) {
    data[i] = ((rgba[j] ?? 255) * 77 + (rgba[j + 1] ?? 255) * 150 + (rgba[j + 2] ?? 255) * 29) >> 8;
  }
}

/**
 * Otsu's threshold: the grey level that best splits the page into ink and paper, so a grey background or a
 * faint scan still separates (a pixel is ink when darker than it).
 */
export function otsu(g: Grey): number {
  return levels(g).threshold;
}

/** Otsu's threshold, and the paper's grey: the mean of the pixels lighter than it. */
export function levels(g: Grey): { threshold: number; paper: number } {
  const hist = new Float64Array(256);
  for (const v of g.data) hist[v] = (hist[v] ?? 0) + 1;
  const total = g.data.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * (hist[i] ?? 0);
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  let paper = 255;
  for (let t = 0; t < 256; t++) {
    wB += hist[t] ?? 0;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * (hist[t] ?? 0);
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
      paper = mF;
    }
  }
  return { threshold: threshold + 1, paper };
}

/** Ink as 1, paper as 0. */
export function binarise(g: Grey, threshold: number): Uint8Array {
  const ink = new Uint8Array(g.data.length);
  for (let i = 0; i < ink.length; i++) ink[i] = (g.data[i] ?? 255) < threshold ? 1 : 0;
  return ink;
}

/** The bitmap turned half a turn (a page scanned upside down). */
export function rotate180(g: Grey): Grey {
  return { width: g.width, height: g.height, data: g.data.slice().reverse() };
}

/**
 * A binary PGM (netpbm) file of a width × height grey bitmap, and that bitmap as a view of the file's pixels: what
 * is drawn into the bitmap is the file, with no copy of the page to make it (Leptonica, in tesseract, reads PGM).
 */
export function pgmImage(width: number, height: number): { file: Buffer; grey: Grey } {
  const header = `P5\n${width} ${height}\n255\n`;
  const file = Buffer.allocUnsafe(header.length + width * height);
  file.write(header, 0, 'latin1');
  return { file, grey: { width, height, data: file.subarray(header.length) } };
}

/**
 * The bitmap turned by `degrees` (clockwise, y down) about its centre, same size, bilinear, paper white where
 * nothing was. Done here rather than on a second canvas: a page's RGBA canvas is four times its grey bitmap.
 */
export function rotate(g: Grey, degrees: number): Grey {
  const { width, height } = g;
  const data = new Uint8Array(width * height).fill(255);
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  const src = g.data;
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    // Each output pixel from the source point it came from (the inverse turn), starting at x = 0.
    let sx = cx - cx * cos + dy * sin;
    let sy = cy + cx * sin + dy * cos;
    for (let x = 0; x < width; x++, sx += cos, sy -= sin) {
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = (src[i] ?? 255) * (1 - fx) + (src[i + 1] ?? 255) * fx;
      const bottom = (src[i + width] ?? 255) * (1 - fx) + (src[i + width + 1] ?? 255) * fx;
      data[y * width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width, height, data };
}

/**
 * Greys stretched so the paper is white (a grey scan background gone), ink unchanged: into `out` (a bitmap of the
 * same size), or a new bitmap.
 */
export function whitenPaper(g: Grey, paper: number, out?: Grey): Grey {
  const scale = 255 / Math.max(1, paper);
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) lut[v] = Math.min(255, Math.round(v * scale));
  const data = out?.data ?? new Uint8Array(g.data.length);
  for (let i = 0; i < data.length; i++) data[i] = lut[g.data[i] ?? 255] ?? 255;
  return { width: g.width, height: g.height, data };
}
