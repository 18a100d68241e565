/** Opening a PDF with pdf.js, turning every failure into one clear line. */
import { failed, failure, type Failed, type Failure } from '../../failure/failure.js';
import type { PdfJs, PDFDocumentProxy } from './pdfjs.js';

export type Opened = { ok: true; doc: PDFDocumentProxy } | Failed;

/**
 * The typed failure for a pdf.js error. Its own wording ("Bad XRef entry", "ctr is not a constructor",
 * "Maximum call stack size exceeded") says nothing about the file to a reader, so it stays out of the message.
 */
export function pdfFailure(e: unknown): Failure {
  const err = e as { name?: string; code?: number } | undefined;
  if (err?.name === 'PasswordException') {
    return err.code === 2
      ? failure('encrypted', 'password-protected PDF; the password given is incorrect')
      : failure('encrypted', 'password-protected PDF; pass --password');
  }
  if (e instanceof RangeError) return failure('too-large', 'the PDF is too large or too deeply nested to read');
  return failure('corrupt', 'corrupt or truncated PDF (its structure cannot be read)');
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
  if (bytes.length === 0) return failed('empty', 'empty file');
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
    return { ok: false, failure: pdfFailure(e) };
  }
}
