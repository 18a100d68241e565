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
    return err.code === 2 ? 'password-protected PDF; the password given is incorrect' : 'password-protected PDF; pass --password';
  }
  return `corrupt or truncated PDF: ${message || 'unknown error'}`;
}

export async function openPdf(pdfjs: PdfJs, bytes: Uint8Array, password: string | undefined): Promise<Opened> {
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
  });
  try {
    return { ok: true, doc: await task.promise };
  } catch (e) {
    await task.destroy().catch(() => undefined);
    return { ok: false, reason: failureReason(e) };
  }
}
