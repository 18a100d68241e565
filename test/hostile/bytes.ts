/**
 * Byte-level building blocks of the hostile inputs (test/hostile/generators.ts): deflate streams that
 * expand enormously without ever being held expanded, zip records written field by field (so local
 * headers, central directory entries and their offsets can disagree on purpose), and surgery on
 * classic-xref PDFs (objects cut out, streams rewritten, the xref table rebuilt).
 */
import { constants, crc32, deflateRawSync, deflateSync, inflateRawSync, inflateSync } from 'node:zlib';

export const KiB = 1024;
export const MiB = 1024 * KiB;
export const GiB = 1024 * MiB;

export const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
export const fromLatin1 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const ADLER_BASE = 65521;

/** Adler-32 (the zlib format's checksum) of `bytes`, continuing from `adler`. */
export function adler32(bytes: Uint8Array, adler = 1): number {
  let a = adler & 0xffff;
  let b = adler >>> 16;
  for (let i = 0; i < bytes.length;) {
    // 3800 bytes at most between reductions keeps b below 2^31.
    const end = Math.min(bytes.length, i + 3800);
    for (; i < end; i++) {
      a += bytes[i] as number;
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** zlib's adler32_combine: the Adler-32 of A followed by B, from adler(A), adler(B) and B's length. */
export function adler32Combine(adler1: number, adler2: number, length2: number): number {
  const rem = length2 % ADLER_BASE;
  let sum1 = adler1 & 0xffff;
  let sum2 = (rem * sum1) % ADLER_BASE;
  sum1 += (adler2 & 0xffff) + ADLER_BASE - 1;
  sum2 += ((adler1 >>> 16) & 0xffff) + ((adler2 >>> 16) & 0xffff) + ADLER_BASE - rem;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum2 >= ADLER_BASE * 2) sum2 -= ADLER_BASE * 2;
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

/** A raw deflate stream, with the length, CRC-32 and Adler-32 of what it inflates to. */
export interface Deflated {
  data: Uint8Array;
  size: number;
  crc: number;
  adler: number;
}

const toBytes = (b: Uint8Array | string): Uint8Array => (typeof b === 'string' ? fromLatin1(b) : b);

/**
 * The raw deflate stream of `head`, then `unit` repeated `count` times, then `tail`, written without ever
 * holding the expanded text: the units go in blocks of about 1 MiB, each block deflated once at level 9 and
 * ended with a full flush (Z_FULL_FLUSH: byte-aligned, no back-references across it), so the same compressed
 * block is valid at any point of the stream and is simply written again for every repetition. A unit of 4 or
 * 6 bytes compresses about 1000 or 700 times (a deflate match copies at most 258 bytes, and a match to a
 * distance over 4 costs extra bits), so 1 GiB of `<w:p/>` is about 1.5 MB and of zeros about 1 MB. Memory:
 * the compressed output and one 1 MiB block. The CRC-32 (zip) and Adler-32 (zlib, PDF) are exact.
 */
export function deflateRepeated(spec: {
  head?: Uint8Array | string;
  unit: Uint8Array | string;
  count: number;
  tail?: Uint8Array | string;
}): Deflated {
  const head = toBytes(spec.head ?? '');
  const unit = toBytes(spec.unit);
  const tail = toBytes(spec.tail ?? '');
  if (unit.length === 0 || !Number.isInteger(spec.count) || spec.count < 0) throw new Error('bad deflateRepeated spec');
  const perBlock = Math.max(1, Math.floor(MiB / unit.length));
  const repeat = (times: number): Uint8Array => {
    const out = new Uint8Array(unit.length * times);
    for (let i = 0; i < times; i++) out.set(unit, i * unit.length);
    return out;
  };
  const fullBlocks = Math.floor(spec.count / perBlock);
  const block = repeat(Math.min(perBlock, spec.count));
  const rest = repeat(spec.count % perBlock);
  const flushed = (b: Uint8Array): Uint8Array =>
    b.length === 0
      ? new Uint8Array(0)
      : deflateRawSync(b, { level: 9, memLevel: 9, finishFlush: constants.Z_FULL_FLUSH });
  const headZ = flushed(head);
  const blockZ = fullBlocks > 0 ? flushed(block) : new Uint8Array(0);
  const restZ = flushed(rest);
  const tailZ = deflateRawSync(tail, { level: 9, memLevel: 9 });

  const data = new Uint8Array(headZ.length + fullBlocks * blockZ.length + restZ.length + tailZ.length);
  let at = 0;
  const put = (b: Uint8Array): void => {
    data.set(b, at);
    at += b.length;
  };
  put(headZ);
  for (let i = 0; i < fullBlocks; i++) put(blockZ);
  put(restZ);
  put(tailZ);

  let crc = crc32(head);
  let adler = adler32(head);
  const blockAdler = adler32(block);
  for (let i = 0; i < fullBlocks; i++) {
    crc = crc32(block, crc);
    adler = adler32Combine(adler, blockAdler, block.length);
  }
  crc = crc32(tail, crc32(rest, crc));
  adler = adler32Combine(adler32Combine(adler, adler32(rest), rest.length), adler32(tail), tail.length);
  return { data, size: head.length + spec.count * unit.length + tail.length, crc: crc >>> 0, adler };
}

/**
 * The raw deflate stream of the chunks one after another, each deflated on its own and ended with a full flush
 * (the last one finished): memory is one chunk and the output, never the whole text.
 */
export function deflateChunks(chunks: Iterable<Uint8Array | string>): Deflated {
  const out: Uint8Array[] = [];
  let size = 0;
  let crc = 0;
  let adler = 1;
  for (const chunk of chunks) {
    const bytes = toBytes(chunk);
    out.push(deflateRawSync(bytes, { level: 6, finishFlush: constants.Z_FULL_FLUSH }));
    size += bytes.length;
    crc = crc32(bytes, crc);
    adler = adler32Combine(adler, adler32(bytes), bytes.length);
  }
  out.push(deflateRawSync(new Uint8Array(0)));
  return { data: concat(out), size, crc: crc >>> 0, adler };
}

/** The zlib format (RFC 1950) of a raw deflate stream: what a PDF's /FlateDecode holds. */
export function zlibWrap(d: Deflated): Uint8Array {
  const out = new Uint8Array(2 + d.data.length + 4);
  out[0] = 0x78;
  out[1] = 0xda;
  out.set(d.data, 2);
  new DataView(out.buffer).setUint32(out.length - 4, d.adler);
  return out;
}

/** Inflate a raw deflate stream to at most `limit` bytes without keeping them: the expanded length, or 'over'. */
export function inflatedLength(data: Uint8Array, limit: number): number | 'over' {
  try {
    return inflateRawSync(data, { maxOutputLength: limit }).length;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'over';
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Zip records (PKWARE APPNOTE 4.3.7 local file header, 4.3.12 central directory header, 4.3.16 end record).

/** One zip entry as stored: `data` is what the file holds (deflated when method is 8). */
export interface ZipEntry {
  name: string;
  method: number;
  data: Uint8Array;
  crc: number;
  /** Uncompressed size. */
  size: number;
}

/** Header fields that may be written differently from the entry's true values. */
export interface ZipFields {
  method?: number;
  crc?: number;
  compressedSize?: number;
  size?: number;
  flags?: number;
  name?: string;
}

/** 1980-01-01 00:00, the earliest DOS date: a fixed stamp keeps the output byte-identical. */
const DOS_DATE = 0x21;

export const storedEntry = (name: string, bytes: Uint8Array): ZipEntry => ({
  name,
  method: 0,
  data: bytes,
  crc: crc32(bytes) >>> 0,
  size: bytes.length,
});

export const deflatedEntry = (name: string, bytes: Uint8Array): ZipEntry => ({
  name,
  method: 8,
  data: deflateRawSync(bytes, { level: 6 }),
  crc: crc32(bytes) >>> 0,
  size: bytes.length,
});

export const entryFrom = (name: string, d: Deflated): ZipEntry => ({
  name,
  method: 8,
  data: d.data,
  crc: d.crc,
  size: d.size,
});

/** A local file header (without the data that follows it). */
export function localHeader(e: ZipEntry, o: ZipFields = {}): Uint8Array {
  const name = Buffer.from(o.name ?? e.name, 'utf8');
  const h = new Uint8Array(30 + name.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 20, true); // version needed: 2.0
  v.setUint16(6, o.flags ?? 0x0800, true); // bit 11: the name is UTF-8
  v.setUint16(8, o.method ?? e.method, true);
  v.setUint16(10, 0, true); // time
  v.setUint16(12, DOS_DATE, true);
  v.setUint32(14, o.crc ?? e.crc, true);
  v.setUint32(18, o.compressedSize ?? e.data.length, true);
  v.setUint32(22, o.size ?? e.size, true);
  v.setUint16(26, name.length, true);
  v.setUint16(28, 0, true); // extra field length
  h.set(name, 30);
  return h;
}

/** A central directory header for the entry whose local header is at `offset`. */
export function centralHeader(e: ZipEntry, offset: number, o: ZipFields = {}): Uint8Array {
  const name = Buffer.from(o.name ?? e.name, 'utf8');
  const h = new Uint8Array(46 + name.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x02014b50, true);
  v.setUint16(4, 20, true); // version made by
  v.setUint16(6, 20, true); // version needed
  v.setUint16(8, o.flags ?? 0x0800, true);
  v.setUint16(10, o.method ?? e.method, true);
  v.setUint16(12, 0, true);
  v.setUint16(14, DOS_DATE, true);
  v.setUint32(16, o.crc ?? e.crc, true);
  v.setUint32(20, o.compressedSize ?? e.data.length, true);
  v.setUint32(24, o.size ?? e.size, true);
  v.setUint16(28, name.length, true);
  // extra length, comment length, disk number, internal attributes: 0; external attributes: 0
  v.setUint32(42, offset, true);
  h.set(name, 46);
  return h;
}

export function endOfCentralDirectory(entries: number, size: number, offset: number): Uint8Array {
  const h = new Uint8Array(22);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, entries, true);
  v.setUint16(10, entries, true);
  v.setUint32(12, size, true);
  v.setUint32(16, offset, true);
  return h;
}

/** An entry and, optionally, header fields its local header and its central directory entry state instead. */
export interface ZipItem extends ZipEntry {
  local?: ZipFields;
  central?: ZipFields;
}

/** A zip of the entries in order: local header and data each, then the central directory, then its end record. */
export function zip(items: readonly ZipItem[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const item of items) {
    offsets.push(at);
    const header = localHeader(item, item.local);
    parts.push(header, item.data);
    at += header.length + item.data.length;
  }
  const directory = items.map((item, i) => centralHeader(item, offsets[i] as number, item.central));
  const size = directory.reduce((n, d) => n + d.length, 0);
  return concat([...parts, ...directory, endOfCentralDirectory(items.length, size, at)]);
}

/** A central directory entry as read back from a zip (test/hostile/generators.test.ts checks what was written). */
export interface CentralRecord {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** The central directory of a zip (no zip64, no comment): every record as written. */
export function readCentralDirectory(bytes: Uint8Array): CentralRecord[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  if (v.getUint32(end, true) !== 0x06054b50) throw new Error('no end of central directory record at the end');
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  const out: CentralRecord[] = [];
  for (let i = 0; i < count; i++) {
    if (v.getUint32(at, true) !== 0x02014b50) throw new Error(`no central directory header at ${at}`);
    const nameLength = v.getUint16(at + 28, true);
    const skip = nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
    out.push({
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
      method: v.getUint16(at + 10, true),
      crc: v.getUint32(at + 16, true),
      compressedSize: v.getUint32(at + 20, true),
      size: v.getUint32(at + 24, true),
      offset: v.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return out;
}

/** The local header at `offset`: its fields and where its data starts. */
export function readLocalHeader(bytes: Uint8Array, offset: number): CentralRecord & { dataStart: number } {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (v.getUint32(offset, true) !== 0x04034b50) throw new Error(`no local file header at ${offset}`);
  const nameLength = v.getUint16(offset + 26, true);
  return {
    name: Buffer.from(bytes.subarray(offset + 30, offset + 30 + nameLength)).toString('utf8'),
    method: v.getUint16(offset + 8, true),
    crc: v.getUint32(offset + 14, true),
    compressedSize: v.getUint32(offset + 18, true),
    size: v.getUint32(offset + 22, true),
    offset,
    dataStart: offset + 30 + nameLength + v.getUint16(offset + 28, true),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Surgery on PDFs with one classic cross-reference table (LibreOffice's output, pdf-lib without object streams).

/** Where each `N G obj` starts; the last definition of a number wins, as in a PDF reader. */
export function objectOffsets(pdf: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of pdf.matchAll(/(?<=^|[\r\n\s])(\d+)\s+(\d+)\s+obj\b/g)) out.set(Number(m[1]), m.index);
  return out;
}

/** The text of object `n` from `N 0 obj` to its `endobj` (inclusive), and where it starts and ends. */
export function objectSpan(pdf: string, n: number): { start: number; end: number; text: string } {
  const start = objectOffsets(pdf).get(n);
  if (start === undefined) throw new Error(`no object ${n}`);
  const close = pdf.indexOf('endobj', start);
  if (close < 0) throw new Error(`object ${n} has no endobj`);
  const end = close + 'endobj'.length;
  return { start, end, text: pdf.slice(start, end) };
}

/** Object n's dictionary text (`<<...>>` after `N 0 obj`), for regex lookups. */
export const objectText = (pdf: string, n: number): string => objectSpan(pdf, n).text;

/** Replace the whole of object n (from `N 0 obj` to `endobj`) with `replacement` ('' deletes it). */
export function replaceObject(pdf: string, n: number, replacement: string): string {
  const { start, end } = objectSpan(pdf, n);
  return pdf.slice(0, start) + replacement + pdf.slice(end);
}

/** The trailer dictionary of the last cross-reference section. */
export function trailer(pdf: string): string {
  const at = pdf.lastIndexOf('trailer');
  const m = /trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(pdf.slice(at));
  if (!m?.[1]) throw new Error('no trailer dictionary');
  return m[1];
}

export function trailerRef(pdf: string, key: string): number {
  const m = new RegExp(String.raw`/${key}\s+(\d+)\s+\d+\s+R`).exec(trailer(pdf));
  if (!m) throw new Error(`no /${key} in the trailer`);
  return Number(m[1]);
}

/**
 * The PDF with its cross-reference table written again from where the objects now are (after objects were cut,
 * grown or shrunk): one section `0 size`, objects missing marked free, the old trailer's keys kept with /Size
 * updated, startxref pointing at the new table. Everything from the last `xref` keyword on is replaced.
 */
export function rebuildXref(pdf: string): string {
  const keep = trailer(pdf).replace(/\/Size\s+\d+/, '');
  const body = pdf.slice(0, pdf.lastIndexOf('\nxref') + 1);
  const offsets = objectOffsets(body);
  const size = Math.max(...offsets.keys()) + 1;
  const lines = ['xref', `0 ${size}`];
  for (let n = 0; n < size; n++) {
    const at = offsets.get(n);
    lines.push(
      at === undefined ? `0000000000 ${n === 0 ? '65535' : '00000'} f ` : `${String(at).padStart(10, '0')} 00000 n `,
    );
  }
  const dict = keep.replace(/^<</, `<</Size ${size}`);
  return `${body}${lines.join('\n')}\ntrailer\n${dict}\nstartxref\n${body.length}\n%%EOF\n`;
}

/** Change the offset of object n's entry in the last cross-reference table to `offset` (same width: no shift). */
export function setXrefOffset(pdf: string, n: number, offset: number): string {
  const xref = pdf.lastIndexOf('\nxref') + 1;
  const head = /^xref\s+(\d+)\s+(\d+)\s*\n/.exec(pdf.slice(xref));
  if (!head) throw new Error('no classic xref table');
  const first = Number(head[1]);
  if (n < first || n >= first + Number(head[2])) throw new Error(`object ${n} is not in the first xref subsection`);
  const entry = xref + head[0].length + (n - first) * 20;
  const old = pdf.slice(entry, entry + 20);
  if (!/^\d{10} \d{5} n/.test(old)) throw new Error(`unexpected xref entry ${JSON.stringify(old)}`);
  return pdf.slice(0, entry) + String(offset).padStart(10, '0') + pdf.slice(entry + 10);
}

/**
 * Rewrite the (FlateDecode) stream of object n: `edit` gets the decoded content as latin1 text and returns the
 * new text, which is deflated again; /Length is updated, in place or in the indirect object it names.
 */
export function editStream(pdf: string, n: number, edit: (content: string) => string): string {
  const { text } = objectSpan(pdf, n);
  const m = /^([\s\S]*?)stream\r?\n([\s\S]*)endstream\s*endobj$/.exec(text);
  if (!m) throw new Error(`object ${n} is not a stream`);
  const dict = m[1] as string;
  if (!/\/Filter\s*\/FlateDecode/.test(dict)) throw new Error(`object ${n} is not FlateDecode`);
  const lengthRef = /\/Length\s+(\d+)\s+0\s+R/.exec(dict);
  const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  const declared = lengthRef
    ? Number(/(\d+)\s*endobj/.exec(objectText(pdf, Number(lengthRef[1])))?.[1])
    : Number(direct?.[1]);
  const raw = fromLatin1((m[2] as string).slice(0, declared));
  const content = latin1(inflateSync(raw));
  const encoded = latin1(deflateSync(fromLatin1(edit(content))));
  const newDict = lengthRef ? dict : dict.replace(/\/Length\s+\d+/, `/Length ${encoded.length}`);
  let out = replaceObject(pdf, n, `${newDict}stream\n${encoded}\nendstream\nendobj`);
  if (lengthRef) out = replaceObject(out, Number(lengthRef[1]), `${lengthRef[1]} 0 obj\n${encoded.length}\nendobj`);
  return out;
}
