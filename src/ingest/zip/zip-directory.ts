/**
 * The entries of a zip as a zip reader that follows the central directory sees them (JSZip, inside mammoth,
 * is one): each entry's name, method and sizes from the central directory, and where its data lies, found
 * through its local header. Checked on the way, so that what the guard measures is exactly what mammoth will
 * inflate:
 * - the local header names the same entry with the same compression method (a local header saying "stored"
 *   while the central directory says "deflated" hides a bomb from a reader that follows local headers);
 * - no two entries' data overlap, and none lies inside the central directory (a part hidden inside another
 *   part's bytes is inflated once by the guard and again by mammoth);
 * - no two entries have the same name.
 * Zip64 sizes and offsets are read; a zip with bytes prepended (offsets that do not match) is refused.
 */
import { failed, type Failed } from '../../failure/failure.js';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Uncompressed size, as the central directory declares it. */
  size: number;
  /** CRC-32 of the uncompressed bytes, as the central directory declares it. */
  crc32: number;
  /** Where the entry's local header starts. */
  headerStart: number;
  /** Where the entry's compressed data starts and ends. */
  dataStart: number;
  dataEnd: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | Failed;

const SIG = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, end64: 0x06064b50, locator64: 0x07064b50 };
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  has(at: number, length: number): boolean {
    return at >= 0 && at + length <= this.bytes.length;
  }
  u16(at: number): number {
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    return Number(this.view.getBigUint64(at, true));
  }
}

/** The end-of-central-directory record: the last signature within the comment's reach of the end. */
function findEnd(r: Reader): number | undefined {
  const lowest = Math.max(0, r.bytes.length - END_SIZE - MAX_COMMENT);
  for (let at = r.bytes.length - END_SIZE; at >= lowest; at--) if (r.u32(at) === SIG.end) return at;
  return undefined;
}

interface Directory {
  count: number;
  size: number;
  offset: number;
  /** Where the directory must end: the (zip64) end record. */
  endsAt: number;
}

function readDirectoryBounds(r: Reader, end: number): Directory | string {
  let count = r.u16(end + 10);
  let size = r.u32(end + 12);
  let offset = r.u32(end + 16);
  let endsAt = end;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (!r.has(locator, 20) || r.u32(locator) !== SIG.locator64) return 'zip64 end record not found';
    const end64 = r.u64(locator + 8);
    if (!r.has(end64, 56) || r.u32(end64) !== SIG.end64) return 'zip64 end record not found';
    count = r.u64(end64 + 32);
    size = r.u64(end64 + 40);
    offset = r.u64(end64 + 48);
    endsAt = end64;
  }
  if (offset + size !== endsAt) return 'the central directory is not where the end record says';
  return { count, size, offset, endsAt };
}

/** Zip64 extended information (extra field 0x0001): the 64-bit values of the fields set to 0xFFFFFFFF. */
function zip64Values(r: Reader, at: number, length: number, wanted: number): number[] | undefined {
  for (let p = at; p + 4 <= at + length;) {
    const id = r.u16(p);
    const size = r.u16(p + 2);
    if (id === 0x0001) {
      if (size < wanted * 8) return undefined;
      return Array.from({ length: wanted }, (_, i) => r.u64(p + 4 + i * 8));
    }
    p += 4 + size;
  }
  return undefined;
}

const sameBytes = (bytes: Uint8Array, a: number, b: number, length: number): boolean => {
  for (let i = 0; i < length; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
};

/** `label` names the kind of file in messages ("DOCX", "XLSX", "ODT"). */
export function readZipDirectory(bytes: Uint8Array, label = 'DOCX'): ZipDirectory {
  const corrupt = (why: string): Failed => failed('corrupt', `corrupt or truncated ${label} (${why})`);
  const r = new Reader(bytes);
  if (bytes.length < END_SIZE) return corrupt('too short to be a zip');
  const end = findEnd(r);
  if (end === undefined) return corrupt('the zip has no central directory');
  const dir = readDirectoryBounds(r, end);
  if (typeof dir === 'string') return corrupt(dir);

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (!r.has(at, 46) || r.u32(at) !== SIG.central) return corrupt('a central directory entry is damaged');
    const method = r.u16(at + 10);
    const crc32 = r.u32(at + 16);
    let compressedSize = r.u32(at + 20);
    let size = r.u32(at + 24);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    let localOffset = r.u32(at + 42);
    if (!r.has(at + 46, nameLength + extraLength + commentLength)) return corrupt('a central directory entry is cut');
    const nameAt = at + 46;
    const name = decoder.decode(bytes.subarray(nameAt, nameAt + nameLength));
    const wide = [size, compressedSize, localOffset].filter((v) => v === 0xffffffff).length;
    if (wide > 0) {
      const values = zip64Values(r, nameAt + nameLength, extraLength, wide);
      if (!values) return corrupt(`${name}: zip64 sizes missing`);
      // In this order, each only when its 32-bit field is 0xFFFFFFFF.
      const next = (): number => values.shift() as number;
      if (size === 0xffffffff) size = next();
      if (compressedSize === 0xffffffff) compressedSize = next();
      if (localOffset === 0xffffffff) localOffset = next();
    }
    if (names.has(name)) return corrupt(`two parts are named ${name}`);
    names.add(name);

    if (!r.has(localOffset, 30) || r.u32(localOffset) !== SIG.local) return corrupt(`${name}: local header not found`);
    const localNameLength = r.u16(localOffset + 26);
    const localExtraLength = r.u16(localOffset + 28);
    if (r.u16(localOffset + 8) !== method) {
      return corrupt(`${name}: its local header and the central directory disagree on its compression (crafted zip?)`);
    }
    if (localNameLength !== nameLength || !sameBytes(bytes, localOffset + 30, nameAt, nameLength)) {
      return corrupt(`${name}: its local header names another part (crafted zip?)`);
    }
    const dataStart = localOffset + 30 + localNameLength + localExtraLength;
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > dir.offset) return corrupt(`${name}: its data runs into the central directory`);
    entries.push({ name, method, compressedSize, size, crc32, headerStart: localOffset, dataStart, dataEnd });
    at = nameAt + nameLength + extraLength + commentLength;
  }
  const overlap = findOverlap(entries);
  if (overlap) return corrupt(`the parts ${overlap[0]} and ${overlap[1]} overlap (crafted zip?)`);
  return { ok: true, entries };
}

/** Two entries whose bytes (local header and data) overlap, if any. */
function findOverlap(entries: readonly ZipEntry[]): [string, string] | undefined {
  const spans = entries
    .map((e) => ({ name: e.name, start: e.headerStart, end: e.dataEnd }))
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    const before = spans[i - 1] as (typeof spans)[number];
    const here = spans[i] as (typeof spans)[number];
    if (here.start < before.end) return [before.name, here.name];
  }
  return undefined;
}
