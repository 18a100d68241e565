import { crc32, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZipDirectory } from '../../src/ingest/zip/zip-directory.js';
import { checkZip } from '../../src/ingest/zip/zip-guard.js';

/**
 * Zips written byte by byte, to say what a zip writer would never write: local headers that disagree with the
 * central directory, entries that overlap. Each entry: its name, the method the central directory declares,
 * the one its local header declares, the raw data and the declared uncompressed size.
 */
interface Part {
  name: string;
  method: number;
  localMethod?: number;
  data: Uint8Array;
  size: number;
  /** CRC-32 of the uncompressed bytes (0 unless given). */
  crc?: number;
  /** Point the central directory entry at another part's local header (by index). */
  sameHeaderAs?: number;
}

function writeZip(parts: Part[]): Uint8Array {
  const locals: Buffer[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(p.localMethod ?? p.method, 8);
    h.writeUInt32LE(p.crc ?? 0, 14);
    h.writeUInt32LE(p.data.length, 18);
    h.writeUInt32LE(p.size, 22);
    h.writeUInt16LE(name.length, 26);
    offsets.push(at);
    const local = Buffer.concat([h, name, p.data]);
    locals.push(local);
    at += local.length;
  }
  const centrals = parts.map((p, i) => {
    const name = Buffer.from(p.name);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(p.method, 10);
    c.writeUInt32LE(p.crc ?? 0, 16);
    c.writeUInt32LE(p.data.length, 20);
    c.writeUInt32LE(p.size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offsets[p.sameHeaderAs ?? i] as number, 42);
    return Buffer.concat([c, name]);
  });
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(at, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const xml = strToU8('<w:document/>');
const limits = { maxExpandedBytes: 16 * 2 ** 20, keep: ['word/document.xml'] };

describe('readZipDirectory and checkZip', () => {
  it('reads what a real zip writer wrote, with the data where the local headers say', () => {
    const zip = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': xml });
    const dir = readZipDirectory(zip);
    expect(dir.ok && dir.entries.map((e) => [e.name, e.size])).toEqual([
      ['[Content_Types].xml', 8],
      ['word/document.xml', xml.length],
    ]);
    const check = checkZip(zip, limits);
    expect(check.ok && new TextDecoder().decode(check.parts.get('word/document.xml'))).toBe('<w:document/>');
  });

  it('hand-written zips of the same content read the same (the writer below is right)', () => {
    const part = { name: 'word/document.xml', method: 8, data: deflateRawSync(xml), size: xml.length };
    expect(checkZip(writeZip([{ ...part, crc: crc32(xml) }]), limits).ok).toBe(true);
    // The same zip with a checksum that does not match its bytes (a damaged file) is refused.
    expect(checkZip(writeZip([{ ...part, crc: crc32(xml) ^ 1 }]), limits)).toMatchObject({
      ok: false,
      failure: {
        code: 'corrupt',
        message: 'corrupt DOCX (part word/document.xml fails its checksum: the file is damaged)',
      },
    });
  });

  it('refuses a local header that says "stored" where the central directory says "deflated"', () => {
    // A reader that follows local headers sees stored bytes and inflates nothing; mammoth inflates them.
    const bomb = deflateRawSync(Buffer.alloc(4 * 2 ** 20, 'a'));
    const zip = writeZip([{ name: 'word/document.xml', method: 8, localMethod: 0, data: bomb, size: 1024 }]);
    const check = checkZip(zip, limits);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.failure.code).toBe('corrupt');
      expect(check.failure.message).toMatch(/local header and the central directory disagree on its compression/);
    }
  });

  it('refuses two entries with the same data (overlapping entries)', () => {
    const data = deflateRawSync(xml);
    const zip = writeZip([
      { name: 'word/a.xml', method: 8, data, size: xml.length },
      { name: 'word/document.xml', method: 8, data, size: xml.length, sameHeaderAs: 0 },
    ]);
    const check = checkZip(zip, limits);
    expect(check.ok).toBe(false);
    // The second entry's local header is the first's, which names another part.
    if (!check.ok) expect(check.failure.message).toMatch(/names another part|overlap/);
  });

  it('refuses a part hidden inside another stored part', () => {
    const inner = writeZip([{ name: 'word/document.xml', method: 8, data: deflateRawSync(xml), size: xml.length }]);
    // A stored part whose bytes are a whole local header and data, which a second directory entry points into.
    const innerLocal = inner.subarray(0, 30 + 'word/document.xml'.length + deflateRawSync(xml).length);
    const outer = writeZip([{ name: 'word/media.bin', method: 0, data: innerLocal, size: innerLocal.length }]);
    // Add a central directory entry for word/document.xml at the inner header's offset (30 + name length).
    const dir = readZipDirectory(outer);
    expect(dir.ok).toBe(true);
    const innerAt = 30 + 'word/media.bin'.length;
    const patched = writeZipWithExtraCentral(
      outer,
      innerAt,
      'word/document.xml',
      deflateRawSync(xml).length,
      xml.length,
    );
    const check = checkZip(patched, limits);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.failure.message).toMatch(/the parts word\/media.bin and word\/document.xml overlap/);
  });

  it('refuses two parts of the same name, a stored part of the wrong size and an unknown compression', () => {
    const data = deflateRawSync(xml);
    const twice = writeZip([
      { name: 'word/document.xml', method: 8, data, size: xml.length },
      { name: 'word/document.xml', method: 8, data, size: xml.length },
    ]);
    expect(checkZip(twice, limits)).toMatchObject({ ok: false, failure: { message: /two parts are named/ } });
    const stored = writeZip([{ name: 'word/document.xml', method: 0, data: xml, size: xml.length + 5 }]);
    expect(checkZip(stored, limits)).toMatchObject({ ok: false, failure: { message: /not the size it declares/ } });
    const bzip = writeZip([{ name: 'word/document.xml', method: 12, data, size: xml.length }]);
    expect(checkZip(bzip, limits)).toMatchObject({ ok: false, failure: { message: /compression Word never writes/ } });
  });

  it('an entry that inflates to more than it declares stops one byte past it', () => {
    const zip = writeZip([
      { name: 'word/document.xml', method: 8, data: deflateRawSync(Buffer.alloc(8 * 2 ** 20)), size: 1024 },
    ]);
    expect(checkZip(zip, limits)).toMatchObject({
      ok: false,
      failure: {
        code: 'too-large',
        message: 'DOCX part word/document.xml expands beyond its declared size (zip bomb?)',
      },
    });
  });

  it('a truncated zip, and bytes that are no zip at all', () => {
    const zip = zipSync({ 'word/document.xml': xml });
    expect(readZipDirectory(zip.subarray(0, zip.length - 30))).toMatchObject({
      ok: false,
      failure: { code: 'corrupt' },
    });
    expect(readZipDirectory(new Uint8Array(100))).toMatchObject({ ok: false, failure: { code: 'corrupt' } });
  });
});

/** `zip` with one more central directory entry, for a part whose local header is at `localAt`. */
function writeZipWithExtraCentral(zip: Uint8Array, localAt: number, name: string, compressed: number, size: number) {
  const bytes = Buffer.from(zip);
  const end = bytes.length - 22;
  const dirSize = bytes.readUInt32LE(end + 12);
  const dirAt = bytes.readUInt32LE(end + 16);
  const count = bytes.readUInt16LE(end + 10);
  const nameBytes = Buffer.from(name);
  const c = Buffer.alloc(46);
  c.writeUInt32LE(0x02014b50, 0);
  c.writeUInt16LE(8, 10);
  c.writeUInt32LE(compressed, 20);
  c.writeUInt32LE(size, 24);
  c.writeUInt16LE(nameBytes.length, 28);
  c.writeUInt32LE(localAt, 42);
  const newEnd = Buffer.from(bytes.subarray(end));
  newEnd.writeUInt16LE(count + 1, 8);
  newEnd.writeUInt16LE(count + 1, 10);
  newEnd.writeUInt32LE(dirSize + 46 + nameBytes.length, 12);
  return new Uint8Array(
    Buffer.concat([bytes.subarray(0, dirAt), bytes.subarray(dirAt, dirAt + dirSize), c, nameBytes, newEnd]),
  );
}
