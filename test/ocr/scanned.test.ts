/**
 * The scanned fixtures (fixtures/scanned/manifest.yaml, written by scripts/fixtures/scanned.mjs): image-only PDFs
 * made from pages of digital fixtures, turned, noisy, greyed and JPEG-compressed, each read by OCR through the
 * whole pipeline and compared with what the text reader reads from the same pages. At 300 dpi (and 200 dpi, the
 * upside-down page) every provision id and answer must be right; at 150 dpi at least 95% of the answers, and every
 * misread row must carry an ocr-low-confidence finding. OCR costs seconds a page: the fixtures hold 7 pages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { loadAssessment } from '../../src/pipeline/load-assessment.js';
import { DEFAULT_READ_OPTIONS } from '../../src/pipeline/options.js';
import { ocrLowConfidence } from '../../src/rules/ocr-low-confidence.js';

const root = new URL('../../fixtures/', import.meta.url);
interface Entry {
  name: string;
  pdf: string;
  expected: string;
  dpi: number;
}
const { fixtures } = parse(readFileSync(new URL('scanned/manifest.yaml', root), 'utf8')) as { fixtures: Entry[] };

interface Expected {
  landlord: string;
  provisions: { id: string; comply?: string; answer?: string }[];
}

const answerOf = (p: { comply?: string; answer?: string }): string => (p.comply ?? p.answer ?? '').toLowerCase();

describe('scanned PDFs read by OCR', () => {
  it('lists its fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(4));

  it.each(fixtures)('$name ($dpi dpi)', { timeout: 240_000 }, async (f) => {
    const expected = parse(readFileSync(new URL(f.expected, root), 'utf8')) as Expected;
    const loaded = await loadAssessment(new URL(f.pdf, root).pathname, `${f.name}.pdf`, DEFAULT_READ_OPTIONS);
    if (!loaded.ok) throw new Error(loaded.failure.message);
    const a = loaded.assessment;
    expect(a.ocr?.pages.length).toBeGreaterThan(0);
    expect(a.landlord).toBe(expected.landlord);
    const read = new Map(a.provisions.map((p) => [p.id, p]));
    const wrong = expected.provisions.filter((e) => {
      const got = read.get(e.id);
      return !got || (got.comply ?? got.rawAnswer ?? '').toLowerCase() !== answerOf(e);
    });
    const right = expected.provisions.length - wrong.length;
    console.log(`${f.name}: ${right}/${expected.provisions.length} provision ids and answers right at ${f.dpi} dpi`);
    if (f.dpi >= 200) expect(wrong.map((w) => w.id)).toEqual([]);
    else {
      expect(right / expected.provisions.length).toBeGreaterThanOrEqual(0.95);
      const flagged = ocrLowConfidence.check(a, loadCatalogue(a.code)).map((r) => r.provision);
      for (const w of wrong) expect(flagged, `misread ${w.id} is flagged`).toContain(w.id);
    }
    // No id the form does not have: a misread id would be one.
    expect(a.provisions.map((p) => p.id).filter((id) => !expected.provisions.some((e) => e.id === id))).toEqual([]);
  });
});
