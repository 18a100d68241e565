/** The pdf.js module, loaded lazily (about 60 ms) and only for PDFs. The legacy build is the one that runs in Node. */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type { PDFDocumentProxy, PDFPageProxy };

export const loadPdfJs = (): Promise<PdfJs> => import('pdfjs-dist/legacy/build/pdf.mjs');
