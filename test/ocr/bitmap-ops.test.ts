/** The OCR reader's bitmap steps on drawn pages: skew from the ink, rules found and wiped, ids mended. */
import { describe, expect, it } from 'vitest';
import { binarise, levels, rotate, rotate180, type Grey } from '../../src/ingest/ocr/bitmap.js';
import { findRuleLines, wipeRules } from '../../src/ingest/ocr/rule-lines.js';
import { repairIds } from '../../src/ingest/ocr/repair-ids.js';
import { estimateSkew } from '../../src/ingest/ocr/skew.js';
import type { PageTable } from '../../src/ingest/pdf/types.js';

const W = 1200;
const H = 900;
const page = (): Grey => ({ width: W, height: H, data: new Uint8Array(W * H).fill(230) });
const fill = (g: Grey, x0: number, y0: number, x1: number, y1: number, v = 20): void => {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) g.data[y * g.width + x] = v;
};
/** A 3 × 4 ruled grid (rules 2 px) with "text": short blobs in the cells, as at 150 dpi. */
function gridPage(): Grey {
  const g = page();
  for (const y of [100, 250, 400, 550, 700]) fill(g, 100, y, 1000, y + 2);
  for (const x of [100, 400, 700, 998]) fill(g, x, 100, x + 2, 702);
  for (let r = 0; r < 4; r++)
    for (let c = 0; c < 3; c++)
      for (let w = 0; w < 5; w++)
        fill(g, 120 + c * 300 + w * 50, 130 + r * 150 + 20, 160 + c * 300 + w * 50, 130 + r * 150 + 34);
  return g;
}

describe('skew', () => {
  it('is 0 for a straight page and found within 0.1 degree on a turned one, either way', () => {
    const g = gridPage();
    const { threshold } = levels(g);
    expect(estimateSkew(g, threshold)).toBe(0);
    for (const deg of [1.5, -2.5, 3])
      expect(Math.abs(estimateSkew(rotate(g, deg), threshold) - deg)).toBeLessThanOrEqual(0.1);
  });

  it('a page with no ink has none', () => expect(estimateSkew(page(), 128)).toBe(0));
});

describe('rules in the bitmap', () => {
  it('finds every rule of the grid and no letter, and wipes them', () => {
    const g = gridPage();
    const ink = binarise(g, levels(g).threshold);
    const lines = findRuleLines(ink, W, H, 150);
    expect(lines.horizontal.map((r) => Math.floor(r.at))).toEqual([100, 250, 400, 550, 700]);
    expect(lines.vertical.map((r) => Math.floor(r.at)).sort((a, z) => a - z)).toEqual([100, 400, 700, 998]);
    const wiped = wipeRules(g, lines, 150);
    expect(wiped.data[250 * W + 500]).toBe(255);
    // The "text" is kept.
    expect(wiped.data[150 * W + 130]).toBe(20);
  });

  it('a rule broken by noise is still one rule; a thick band is not a rule', () => {
    const g = page();
    fill(g, 100, 300, 1000, 302);
    for (let x = 110; x < 1000; x += 97) fill(g, x, 300, x + 2, 302, 230);
    fill(g, 100, 500, 1000, 560);
    const lines = findRuleLines(binarise(g, levels(g).threshold), W, H, 150);
    expect(lines.horizontal).toHaveLength(1);
    expect(lines.horizontal[0]?.from).toBe(100);
    expect(lines.horizontal[0]?.to).toBe(999);
  });

  it('half a turn twice is the page itself', () => {
    const g = gridPage();
    expect(Buffer.compare(Buffer.from(rotate180(rotate180(g)).data), Buffer.from(g.data))).toBe(0);
  });
});

describe('ids OCR misread', () => {
  const table = (firsts: string[]): PageTable => ({
    page: 1,
    top: 0,
    bottom: 100,
    columns: [0, 50, 100],
    rows: firsts.map((t, i) => ({ cells: [{ text: t }, { text: 'requirement' }], location: { page: 1, line: i + 1 } })),
  });
  const ids = (t: PageTable): string[] => t.rows.map((r) => r.cells[0]?.text ?? '');

  it('mends a dot read as a colon or comma, a stray mark, and a dot lost beside real ids', () => {
    const t = table(['Code provision', '1.2', '1:3', '2,4', '2.2)', '15', 'Q4;3']);
    repairIds(t);
    expect(ids(t)).toEqual(['Code provision', '1.2', '1.3', '2.4', '2.2', '1.5', 'Q4.3']);
  });

  it('leaves figures alone in a column with no id', () => {
    const t = table(['Complaints', '15', '110']);
    repairIds(t);
    expect(ids(t)).toEqual(['Complaints', '15', '110']);
  });
});
