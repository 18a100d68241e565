/**
 * Reading a DOCX into the neutral DocumentModel. Bad input comes back as `{ok:false, failure}` with a typed
 * failure and a one-line message, never as a throw. mammoth is loaded lazily and only after the zip guard has passed.
 */
import { isEncryptedOoxml, startsWith } from '../sniff.js';
import { unreadable, type ReadResult } from '../read-result.js';
import { checkZip, CORE_PART, DOCUMENT_PART } from '../zip/zip-guard.js';
import { mib } from '../../util/mib.js';
import { toDocumentModel, type MammothElement } from './mammoth-tree.js';
import { readCoreTitle } from './core-title.js';
import { withoutFalseTableHeaders } from './false-table-headers.js';
import { xmlDamage } from '../zip/xml-damage.js';

export interface ReadDocxOptions {
  maxBytes: number;
  maxExpandedBytes: number;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];

/** Why the bytes are not a DOCX zip at all, or undefined when they start like one. */
function notAZip(bytes: Uint8Array): ReadResult | undefined {
  if (bytes.length === 0) return unreadable('empty', 'empty file');
  if (startsWith(bytes, OLE)) {
    return isEncryptedOoxml(bytes)
      ? unreadable('encrypted', 'password-protected DOCX; remove the password and save it again')
      : unreadable('legacy-doc', 'legacy Word 97-2003 .doc file; open it in Word and save it as .docx');
  }
  if (startsWith(bytes, EMPTY_ZIP)) return unreadable('wrong-format', 'empty zip archive, not a Word document (.docx)');
  if (startsWith(bytes, ZIP)) return undefined;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return unreadable('wrong-format', 'a PDF file, not a DOCX');
  if (head.startsWith('{\\rtf')) {
    return unreadable('wrong-format', 'an RTF file, not a DOCX; open it in Word and save it as .docx');
  }
  if (/^\s*<(\?xml|html|!doctype)/i.test(head)) {
    return unreadable('wrong-format', 'an XML/HTML file, not a DOCX; open it in Word and save it as .docx');
  }
  return unreadable('wrong-format', 'not a DOCX file (not a zip archive)');
}

/**
 * mammoth's failure, in words about the file. Its own wording (xmldom's, JSZip's, a JavaScript error's)
 * says nothing to a complaints officer and is kept out of the message.
 */
function mammothFailure(e: unknown): ReadResult {
  const message = e instanceof Error ? e.message : String(e);
  if (/main document part|could not find file in options/i.test(message)) {
    return unreadable('wrong-format', 'a zip archive but not a Word document (.docx)');
  }
  if (e instanceof RangeError) return unreadable('too-large', 'the DOCX is too large or too deeply nested to read');
  if (/xmldom|xml parse|unclosed|parse error|entity/i.test(message)) {
    return unreadable('corrupt', 'cannot read the DOCX (its XML is damaged)');
  }
  return unreadable('corrupt', 'cannot read the DOCX (its content is damaged)');
}

export async function readDocx(bytes: Uint8Array, opts: ReadDocxOptions): Promise<ReadResult> {
  if (bytes.length > opts.maxBytes)
    return unreadable('too-large', `file is ${mib(bytes.length)}, over the ${mib(opts.maxBytes)} limit`);
  const wrong = notAZip(bytes);
  if (wrong) return wrong;
  const zip = checkZip(bytes, { maxExpandedBytes: opts.maxExpandedBytes, keep: [DOCUMENT_PART, CORE_PART] });
  if (!zip.ok) return zip;
  const body = zip.parts.get(DOCUMENT_PART);
  // Decoded once, for the damage check and the header flags.
  const text = body && Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  const damage = text !== undefined && xmlDamage(text);
  if (damage) return unreadable('corrupt', `cannot read the DOCX (its XML is damaged: ${damage})`);

  let root: MammothElement | undefined;
  try {
    const input = withoutFalseTableHeaders(bytes, text);
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
    return mammothFailure(e);
  }
  if (!root) return unreadable('corrupt', 'cannot read the DOCX (no document body)');

  const document = toDocumentModel(root);
  if (document.title === undefined) {
    const title = readCoreTitle(zip.parts.get(CORE_PART));
    if (title) document.title = title;
  }
  return { ok: true, document };
}
