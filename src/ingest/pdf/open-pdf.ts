/** Opening a PDF with pdf.js, turning every failure into one clear line. */
import type { PdfJs, PDFDocumentProxy } from './pdfjs.js';

export type Opened = { ok: true; doc: PDFDocumentProxy } | { ok: false; reason: string };

const firstLine = (message: string): string => {
  const line = (message.split('\n')[0] ?? message).trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
};

/** The one-line reason for a pdf.js failure. */
export function failureReason(e: unknown): string {
  const err = e as { name?: string; code?: number; message?: string } | undefined;
  const message = firstLine(err?.message ?? String(e));
  if (err?.name === 'PasswordException') {
    return err.code === 2
      ? 'password-protected PDF; the password given is incorrect'
      : 'password-protected PDF; pass --password';
  }
  return `corrupt or truncated PDF: ${message || 'unknown error'}`;
}

/**
 * `images: false` leaves every image out of the pages' operator lists. pdf.js decodes each image while it
 * builds a page's operator list, which is read only for its drawn lines (table rulings); a form with a
 * photo or a large logo on every page read 2.5 times faster without them.
 */
export async function openPdf(
  pdfjs: PdfJs,
  bytes: Uint8Array,
  password: string | undefined,
  { images }: { images: boolean },
): Promise<Opened> {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  // pdf.js takes ownership of (detaches) the buffer it is given, so hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...(password !== undefined ? { password } : {}),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    // Images over this many pixels are dropped (with stopAtErrors false, silently): 0 drops them all.
    ...(images ? {} : { maxImageSize: 0 }),
  });
  try {
    return { ok: true, doc: await task.promise };
  } catch (e) {
    await task.destroy().catch(() => undefined);
    return { ok: false, reason: failureReason(e) };
  }
}
