// Every unreadable PDF gives {ok:false} with one clear line, never a throw.
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/ingest/pdf/read-pdf.js';
import { fixture } from './helpers.js';

const reason = async (
  bytes: Uint8Array,
  opts: { maxPages?: number; password?: string; ocr?: 'never' } = {},
): Promise<string> => {
  const r = await readPdf(bytes, {
    maxPages: opts.maxPages ?? 50,
    ...(opts.password !== undefined ? { password: opts.password } : {}),
    ...(opts.ocr !== undefined ? { ocr: opts.ocr } : {}),
  });
  if (r.ok) throw new Error('expected the PDF to be unreadable');
  expect(r.failure.message).not.toContain('\n');
  return r.failure.message;
};

describe('unreadable PDFs', () => {
  it('password-protected, no password given', async () => {
    expect(await reason(fixture('enc.pdf'))).toBe('password-protected PDF; pass --password');
  });

  it('password-protected, wrong password', async () => {
    expect(await reason(fixture('enc.pdf'), { password: 'nope' })).toBe(
      'password-protected PDF; the password given is incorrect',
    );
  });

  it('image-only (scanned) PDF with --ocr never (by default it is read by OCR: test/ocr)', async () => {
    expect(await reason(fixture('scan.pdf'), { ocr: 'never' })).toBe(
      'no text layer (scanned image?); read it with --ocr auto, or run OCR first',
    );
  });

  it('blank page', async () => {
    expect(await reason(fixture('blank.pdf'))).toBe('empty PDF: no text on any page');
  });

  it('truncated PDF', async () => {
    expect(await reason(fixture('trunc.pdf'))).toBe('corrupt or truncated PDF (its structure cannot be read)');
  });

  it('garbage after a PDF signature, and a DOCX handed over as a PDF', async () => {
    expect(await reason(new TextEncoder().encode('%PDF-1.7\nnot really a pdf\n'))).toMatch(
      /^corrupt or truncated PDF \(/,
    );
    expect(await reason(fixture('lo-table.docx'))).toMatch(/^corrupt or truncated PDF \(/);
  });

  it('empty file', async () => {
    expect(await reason(new Uint8Array(0))).toBe('empty file');
  });

  it('too many pages (checked before any text is read)', async () => {
    expect(await reason(fixture('lo-table.pdf'), { maxPages: 3 })).toBe('4 pages, over the --max-pages limit of 3');
  });

  it('leaves the caller’s bytes usable (pdf.js gets a copy)', async () => {
    const bytes = fixture('pdfkit-table.pdf');
    const r = await readPdf(bytes, { maxPages: 5 });
    expect(r.ok).toBe(true);
    expect(bytes.length).toBeGreaterThan(1000);
    expect((await readPdf(bytes, { maxPages: 5 })).ok).toBe(true);
  });
});
