import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { Paragraph } from 'docx';
import { readDocx } from '../../src/ingest/docx/read-docx.js';
import { checkZip } from '../../src/ingest/zip/zip-guard.js';
import { docxBytes, LIMITS } from './build-docx.js';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function oleFile(extra: Uint8Array = new Uint8Array()): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(OLE, 0);
  bytes.set(extra, 1024);
  return bytes;
}

async function reason(bytes: Uint8Array, limits = LIMITS): Promise<string> {
  const result = await readDocx(bytes, limits);
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.failure.message).not.toContain('\n');
  return result.failure.message;
}

describe('readDocx: bad input comes back as a one-line reason', () => {
  it('empty file', async () => {
    expect(await reason(new Uint8Array())).toBe('empty file');
  });

  it('legacy binary .doc (OLE2 container)', async () => {
    expect(await reason(oleFile(strToU8('WordDocument')))).toMatch(
      /^legacy Word 97-2003 \.doc file; .*save it as \.docx$/,
    );
  });

  it('password-protected DOCX (OLE container with EncryptionInfo in UTF-16LE)', async () => {
    const names = new Uint8Array(Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le'));
    expect(await reason(oleFile(names))).toMatch(/^password-protected DOCX; remove the password/);
  });

  it('truncated zip (first half of a real DOCX)', async () => {
    const real = await docxBytes([new Paragraph('Hello')]);
    expect(await reason(real.subarray(0, Math.floor(real.length / 2)))).toMatch(/corrupt or truncated DOCX/);
  });

  it('not a zip at all', async () => {
    expect(await reason(strToU8('code: "2024"\nlandlord: Acme\n'))).toMatch(/not a DOCX file/);
    expect(await reason(strToU8('%PDF-1.7\n...'))).toMatch(/PDF file, not a DOCX/);
    expect(await reason(strToU8('{\\rtf1\\ansi hello}'))).toMatch(/RTF file/);
  });

  it('a zip that is not a Word document', async () => {
    const zip = zipSync({ 'data/readme.txt': strToU8('hello'), 'data/more.csv': strToU8('a,b') });
    expect(await reason(zip)).toMatch(/zip archive but not a Word document/);
  });

  it('an empty zip archive', async () => {
    expect(await reason(zipSync({}))).toMatch(/empty zip archive/);
  });

  it('a zip bomb: expands far beyond the limit', async () => {
    const bomb = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': [new Uint8Array(300 * 2 ** 20), { level: 9 }],
    });
    expect(bomb.length).toBeLessThan(400 * 1024);
    const r = await reason(bomb);
    expect(r).toMatch(/expands to 300 MiB, over the 200 MiB limit/);
  });

  it('a zip whose declared sizes lie is still stopped while inflating, at the size it declared', () => {
    const payload = new Uint8Array(64 * 2 ** 20);
    const zip = zipSync({ 'word/document.xml': [payload, { level: 9 }] });
    // Rewrite the declared uncompressed size (local header offset 22, central directory offset 24) to 1 KiB.
    const lie = zip.slice();
    const view = new DataView(lie.buffer);
    view.setUint32(22, 1024, true);
    for (let i = lie.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 1024, true);
        break;
      }
    }
    const check = checkZip(lie, { maxExpandedBytes: 16 * 2 ** 20 });
    expect(check.ok).toBe(false);
    // Stopped one byte past the 1 KiB it declared, not at the limit: the lie costs no memory.
    if (!check.ok)
      expect(check.failure.message).toBe('DOCX part word/document.xml expands beyond its declared size (zip bomb?)');
  });

  it('over the file-size limit', async () => {
    const real = await docxBytes([new Paragraph('Hello')]);
    expect(await reason(real, { maxBytes: 1000, maxExpandedBytes: LIMITS.maxExpandedBytes })).toMatch(
      /over the .* limit/,
    );
  });

  it('a zip with a word/ part but no main document (mammoth refuses it)', async () => {
    const zip = zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      'word/styles.xml': strToU8('<x/>'),
    });
    const result = await readDocx(zip, LIMITS);
    expect(result.ok).toBe(false);
  });

  it('a DOCX whose document.xml is not well-formed XML', async () => {
    const zip = zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>',
      ),
    });
    expect(await reason(zip)).toBe('cannot read the DOCX (its XML is damaged: an element that is never closed)');
  });

  it('accepts a normal DOCX', async () => {
    const result = await readDocx(await docxBytes([new Paragraph('Hello')]), LIMITS);
    expect(result.ok).toBe(true);
  });
});
