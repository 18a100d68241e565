/** The OCR libraries are optional: a missing one is one typed line naming what to install. */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('tesseract.js');
  vi.resetModules();
});

describe('loadOcr', () => {
  it('loads tesseract.js, its English data (a local folder) and @napi-rs/canvas when installed', async () => {
    const { loadOcr } = await import('../../src/ingest/ocr/load-ocr.js');
    const libs = await loadOcr();
    expect('tesseract' in libs && libs.langPath).toMatch(/@tesseract\.js-data\/eng\/4\.0\.0_best_int$/);
  });

  it('says what to install when tesseract.js is missing', async () => {
    vi.doMock('tesseract.js', () => {
      throw new Error("Cannot find package 'tesseract.js'");
    });
    const { loadOcr } = await import('../../src/ingest/ocr/load-ocr.js');
    const result = await loadOcr();
    expect(result).toMatchObject({ code: 'scanned-no-text' });
    expect('message' in result && result.message).toBe(
      'no text layer (scanned image?), and OCR needs tesseract.js, which is not installed: npm install tesseract.js @tesseract.js-data/eng @napi-rs/canvas',
    );
  });
});
