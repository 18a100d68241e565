/**
 * The document readers, one entry each, like the formatters' map: the format it reads, the extensions it is
 * picked for (by `scan`, and to tell a misnamed file), how it recognises its bytes whatever the file is named, and
 * the reader itself, loaded only when a file of its kind comes (so `check` on a YAML loads none of them).
 * The first whose `sniff` claims the bytes reads them: the PDF, then each zip by what it holds, then the DOCX
 * reader, which also takes any other zip and the OLE files (a legacy .doc, a password-protected DOCX) to say what
 * they are. Adding a reader is its folder and one line here.
 */
import { DOCUMENT_FORMATS, type DocumentFormat } from './formats.js';
import type { ReadResult } from './read-result.js';
import type { OcrMode } from './ocr/ocr-mode.js';
import { startsWith } from './sniff.js';

/** What a reader may spend on one file. */
export interface ReaderLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Largest a zip (DOCX, XLSX, ODT) may expand to, in bytes. */
  maxExpandedBytes: number;
  /** Most PDF pages read. */
  maxPages: number;
  /** PDF user password. */
  password?: string;
  /** `--ocr`: which PDF pages are read by OCR (default auto: those without text). */
  ocr?: OcrMode;
  /** Called as each page read by OCR is done (a scan's progress bar counts them); set by the worker that reads
   * the file, never passed to one (a function does not cross to a worker thread). */
  onOcrPage?: (page: number) => void;
}

export type ReadDocument = (bytes: Uint8Array, limits: ReaderLimits) => Promise<ReadResult>;

export interface Reader {
  format: DocumentFormat;
  /** Lower-case, with the dot: the names `scan` picks up and a text file must not have. */
  extensions: readonly string[];
  /** Whether the bytes are this reader's, whatever the file's name. */
  sniff(bytes: Uint8Array): boolean;
  /** The reader itself, imported on first use. */
  load(): Promise<ReadDocument>;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP);
/** The first 64 KiB of a zip as text: its first entries' names (and an ODF `mimetype`'s stored value) are there. */
const zipHead = (bytes: Uint8Array): string =>
  Buffer.from(bytes.subarray(0, Math.min(bytes.length, 65536))).toString('latin1');
/** An OpenDocument file of this MIME type: its first entry, stored, is `mimetype` holding the type. */
const isOpenDocument = (bytes: Uint8Array, type: string): boolean =>
  isZip(bytes) && zipHead(bytes).slice(0, 200).includes(`mimetypeapplication/vnd.oasis.opendocument.${type}`);

/** An OpenDocument reader: ODT (`text`) and ODS (`spreadsheet`) share one, told apart by the MIME type. */
function openDocumentReader(format: 'odt' | 'ods', type: string, extensions: string[]): Reader {
  return {
    format,
    extensions,
    sniff: (bytes) => isOpenDocument(bytes, type),
    load: async () => {
      const { readOpenDocument } = await import('./odf/read-odf.js');
      return (bytes, limits) => readOpenDocument(bytes, limits, format);
    },
  };
}

export const READERS: readonly Reader[] = [
  {
    format: 'pdf',
    extensions: ['.pdf'],
    // %PDF- may follow some junk within the first 1 KiB (allowed by readers).
    sniff: (bytes) => Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-'),
    load: async () => {
      const { readPdf } = await import('./pdf/read-pdf.js');
      return (bytes, limits) => readPdf(bytes, limits);
    },
  },
  {
    format: 'xlsx',
    extensions: ['.xlsx', '.xlsm'],
    sniff: (bytes) => {
      if (!isZip(bytes)) return false;
      const head = zipHead(bytes);
      return head.includes('xl/') && !head.includes('word/');
    },
    load: async () => (await import('./xlsx/read-xlsx.js')).readXlsx,
  },
  openDocumentReader('odt', 'text', ['.odt']),
  openDocumentReader('ods', 'spreadsheet', ['.ods']),
  {
    format: 'html',
    extensions: ['.html', '.htm', '.xhtml'],
    // A page, saved or fetched: a doctype or an <html>/<head>/<body>/<table> near the start, after any BOM.
    sniff: (bytes) =>
      /^(?:\uFEFF|\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|table|meta|title)\b/i.test(
        Buffer.from(bytes.subarray(0, 2048)).toString('utf8'),
      ),
    load: async () => (await import('./html/read-html.js')).readHtml,
  },
  {
    format: 'docx',
    extensions: ['.docx', '.docm', '.dotx', '.dotm'],
    // Any other zip, and the OLE files, too: the DOCX reader says what they are.
    sniff: (bytes) => isZip(bytes) || startsWith(bytes, OLE),
    load: async () => {
      const { readDocx } = await import('./docx/read-docx.js');
      return (bytes, limits) =>
        readDocx(bytes, { maxBytes: limits.maxBytes, maxExpandedBytes: limits.maxExpandedBytes });
    },
  },
];

/** The reader for these bytes, if any claims them. */
export const readerFor = (bytes: Uint8Array): Reader | undefined => READERS.find((r) => r.sniff(bytes));

/** The reader files with this extension go to (".docm" → the DOCX reader), if any. */
export const readerByExtension = (extension: string): Reader | undefined =>
  READERS.find((r) => r.extensions.includes(extension.toLowerCase()));

/** Every extension a reader takes, in the formats' order (DOCX first): with the YAML ones, what `scan` picks up. */
export const DOCUMENT_EXTENSIONS: readonly string[] = DOCUMENT_FORMATS.flatMap(
  (f) => READERS.find((r) => r.format === f)?.extensions ?? [],
);
