/**
 * Reading a DOCX into the neutral DocumentModel. Bad input comes back as `{ok:false, reason}` with a
 * one-line reason, never as a throw. mammoth is loaded lazily and only after the zip guard has passed.
 */
import { isEncryptedOoxml, startsWith } from '../sniff.js';
import { unreadable, type ReadResult } from '../read-result.js';
import { checkZip, CORE_PART, DOCUMENT_PART } from './zip-guard.js';
import { mib } from '../../util/mib.js';
import { toDocumentModel, type MammothElement } from './mammoth-tree.js';
import { readCoreTitle } from './core-title.js';
import { withoutFalseTableHeaders } from './false-table-headers.js';

export interface ReadDocxOptions {
  maxBytes: number;
  maxExpandedBytes: number;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];

/** Why the bytes are not a DOCX zip at all, or undefined when they start like one. */
function notAZip(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'empty file';
  if (startsWith(bytes, OLE)) {
    return isEncryptedOoxml(bytes)
      ? 'password-protected DOCX; remove the password and save it again'
      : 'legacy Word 97-2003 .doc file; open it in Word and save it as .docx';
  }
  if (startsWith(bytes, EMPTY_ZIP)) return 'empty zip archive, not a Word document (.docx)';
  if (startsWith(bytes, ZIP)) return undefined;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'a PDF file, not a DOCX';
  if (head.startsWith('{\\rtf')) return 'an RTF file, not a DOCX; open it in Word and save it as .docx';
  if (/^\s*<(\?xml|html|!doctype)/i.test(head))
    return 'an XML/HTML file, not a DOCX; open it in Word and save it as .docx';
  return 'not a DOCX file (not a zip archive)';
}

function mammothReason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/main document part|could not find file in options/i.test(message))
    return 'a zip archive but not a Word document (.docx)';
  if (/xmldom|xml parse|unclosed|parse error/i.test(message)) return 'cannot read the DOCX (its XML is damaged)';
  const first = (message.split('\n')[0] ?? message).replace(/\s+/g, ' ').trim();
  return `cannot read the DOCX (${first.length > 160 ? `${first.slice(0, 159)}…` : first})`;
}

export async function readDocx(bytes: Uint8Array, opts: ReadDocxOptions): Promise<ReadResult> {
  if (bytes.length > opts.maxBytes)
    return unreadable(`file is ${mib(bytes.length)}, over the ${mib(opts.maxBytes)} limit`);
  const wrong = notAZip(bytes);
  if (wrong) return unreadable(wrong);
  const zip = checkZip(bytes, { maxExpandedBytes: opts.maxExpandedBytes, keep: [DOCUMENT_PART, CORE_PART] });
  if (!zip.ok) return unreadable(zip.reason);

  let root: MammothElement | undefined;
  try {
    const input = withoutFalseTableHeaders(bytes, zip.parts.get(DOCUMENT_PART));
    const mammoth = (await import('mammoth')).default;
    await mammoth.convertToHtml(
      { buffer: Buffer.from(input.buffer, input.byteOffset, input.byteLength) },
      {
        externalFileAccess: false,
        // Style maps only steer the HTML pass, which is skipped: parsing mammoth's default map is wasted work.
        includeDefaultStyleMap: false,
        includeEmbeddedStyleMap: false,
        transformDocument: (doc: MammothElement) => {
          root = doc;
          // Hand back an empty document so the HTML pass (which we do not use) costs nothing.
          return { ...doc, children: [] };
        },
      },
    );
  } catch (e) {
    return unreadable(mammothReason(e));
  }
  if (!root) return unreadable('cannot read the DOCX (no document body)');

  const document = toDocumentModel(root);
  if (document.title === undefined) {
    const title = readCoreTitle(zip.parts.get(CORE_PART));
    if (title) document.title = title;
  }
  return { ok: true, document };
}
