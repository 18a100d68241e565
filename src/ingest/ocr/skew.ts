/**
 * How far a scanned page is turned, from its ink alone: text baselines and table rules are horizontal on a
 * straight page, so the ink projected onto the vertical axis at the right angle piles into the sharpest peaks
 * (the projection-profile method). Tried over ±MAX degrees, coarse then fine; no orientation data needed.
 */
import type { Grey } from './bitmap.js';

/** Pixels each way of the blocks the ink is counted in. */
const STEP = 3;

/** The largest skew looked for, in degrees (a page fed crooked into a scanner is a few degrees off). */
const MAX = 5;

/** Sharpness of the profile of the ink points at this angle: the sum of squares of the row counts. */
function score(xs: Int32Array, ys: Int32Array, n: number, tan: number, rows: Float64Array, offset: number): number {
  rows.fill(0);
  for (let i = 0; i < n; i++) {
    const r = Math.round((ys[i] ?? 0) - (xs[i] ?? 0) * tan) + offset;
    if (r >= 0 && r < rows.length) rows[r] = (rows[r] ?? 0) + 1;
  }
  let s = 0;
  for (const v of rows) s += v * v;
  return s;
}

/**
 * The page's skew in degrees: positive when lines run down to the right (y grows downwards). Turning the image
 * by minus this straightens it. 0 for a page with too little ink to tell.
 */
export function estimateSkew(g: Grey, threshold: number): number {
  // The ink of blocks of STEP × STEP pixels, by their mean: the angle needs the shape of the ink, not every pixel,
  // and a mean leaves out the specks of a noisy scan (which, JPEG-compressed, line up with the pixel grid).
  const cols = Math.floor(g.width / STEP);
  const cap = cols * Math.floor(g.height / STEP);
  const xs = new Int32Array(cap);
  const ys = new Int32Array(cap);
  let n = 0;
  for (let by = 0; by + STEP <= g.height; by += STEP) {
    for (let bx = 0; bx + STEP <= g.width; bx += STEP) {
      let sum = 0;
      for (let y = by; y < by + STEP; y++) for (let x = bx; x < bx + STEP; x++) sum += g.data[y * g.width + x] ?? 255;
      if (sum / (STEP * STEP) < threshold) {
        // In block units: rows binned in pixels would favour 0° (every point on a multiple of STEP).
        xs[n] = bx / STEP;
        ys[n] = by / STEP;
        n++;
      }
    }
  }
  if (n < 500) return 0;
  const offset = Math.ceil((g.width / STEP) * Math.tan((MAX * Math.PI) / 180)) + 1;
  const rows = new Float64Array(Math.ceil(g.height / STEP) + 2 * offset);
  const at = (deg: number): number => score(xs, ys, n, Math.tan((deg * Math.PI) / 180), rows, offset);
  let best = 0;
  let bestScore = at(0);
  for (let deg = -MAX; deg <= MAX + 1e-9; deg += 0.25) {
    const s = at(deg);
    if (s > bestScore) [best, bestScore] = [deg, s];
  }
  const coarse = best;
  for (let deg = coarse - 0.25; deg <= coarse + 0.25 + 1e-9; deg += 0.05) {
    const s = at(deg);
    if (s > bestScore) [best, bestScore] = [deg, s];
  }
  return Math.round(best * 100) / 100;
}
