/**
 * Checks a DOCX zip before mammoth touches it: that it is a readable zip, that it holds a Word document,
 * and that it does not expand beyond the limit (zip bombs). The entries are those mammoth's zip reader will
 * see, read from the central directory and checked against their local headers (zip-directory.ts), then:
 * 1. their declared sizes and compression ratios (inflates nothing);
 * 2. every entry really inflated, from exactly the bytes mammoth will inflate, because a crafted zip can
 *    declare small sizes and still expand to gigabytes: Node's native zlib inflates each one with
 *    `maxOutputLength` set to its declared size, so an entry that lies stops one byte past what it declared,
 *    memory stays within the sizes step 1 accepted, and the total is measured while inflating.
 *    Native inflate is what keeps this pass cheap next to mammoth's own (JavaScript) inflate.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { failed, type Failed } from '../../failure/failure.js';
import { mib } from '../../util/mib.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';

/** On success: the entries, and the parts asked for (`keep`), inflated anyway while measuring. */
export type ZipCheck = { ok: true; entries: ZipEntry[]; parts: Map<string, Uint8Array> } | Failed;

export interface ZipLimits {
  /** Most bytes all entries together may expand to. */
  maxExpandedBytes: number;
  /** Entries to hand back inflated. */
  keep?: readonly string[];
}

/**
 * A single entry expanding more than this many times its compressed size, and to more than MIN_RATIO_BYTES, is a bomb.
 */
export const MAX_RATIO = 1000;
const MIN_RATIO_BYTES = 8 * 2 ** 20;

const STORED = 0;
const DEFLATED = 8;

/** An entry's bytes, checked against the CRC-32 its directory declares (as unzip and Word check it). */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | Failed {
  const data = inflateUnchecked(bytes, entry);
  if (data instanceof Uint8Array && crc32(data) >>> 0 !== entry.crc32 >>> 0) {
    return failed('corrupt', `corrupt DOCX (part ${entry.name} fails its checksum: the file is damaged)`);
  }
  return data;
}

/** An entry's bytes as mammoth will have them, at most its declared size; a Failed when it lies or is damaged. */
function inflateUnchecked(bytes: Uint8Array, entry: ZipEntry): Uint8Array | Failed {
  const data = bytes.subarray(entry.dataStart, entry.dataEnd);
  if (entry.method === STORED) {
    return data.length === entry.size
      ? data
      : failed('corrupt', `corrupt DOCX (part ${entry.name} is not the size it declares)`);
  }
  if (entry.method !== DEFLATED) {
    return failed('corrupt', `corrupt DOCX (part ${entry.name} uses a compression Word never writes: ${entry.method})`);
  }
  if (data.length === 0) return new Uint8Array(0);
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    if (out.length !== entry.size) {
      return failed('corrupt', `corrupt DOCX (part ${entry.name} is not the size it declares)`);
    }
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      return failed('too-large', `DOCX part ${entry.name} expands beyond its declared size (zip bomb?)`);
    }
    return failed('corrupt', 'corrupt DOCX (a part of the zip cannot be inflated)');
  }
}

export function checkZip(bytes: Uint8Array, limits: ZipLimits): ZipCheck {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return directory;
  const { entries } = directory;
  if (entries.length === 0) return failed('wrong-format', 'empty zip archive, not a Word document (.docx)');
  if (!entries.some((e) => /^word\//i.test(e.name))) {
    return failed('wrong-format', 'a zip archive but not a Word document (.docx): it has no word/ part');
  }

  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxExpandedBytes) {
    const limit = mib(limits.maxExpandedBytes);
    return failed('too-large', `DOCX expands to ${mib(declared)}, over the ${limit} limit (zip bomb?)`);
  }
  const bomb = entries.find((e) => e.size > MIN_RATIO_BYTES && e.size > MAX_RATIO * Math.max(1, e.compressedSize));
  if (bomb) {
    const ratio = Math.round(bomb.size / Math.max(1, bomb.compressedSize));
    return failed('too-large', `DOCX part ${bomb.name} expands ${ratio} times to ${mib(bomb.size)} (zip bomb?)`);
  }

  // Every entry is inflated to at most its declared size, and the declared sizes add up to the limit at most.
  const keep = new Set(limits.keep ?? []);
  const parts = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const data = inflateEntry(bytes, entry);
    if (!(data instanceof Uint8Array)) return data;
    if (keep.has(entry.name)) parts.set(entry.name, data);
  }
  return { ok: true, entries, parts };
}

/** The main document part of a DOCX, and its core properties (the title). */
export const DOCUMENT_PART = 'word/document.xml';
export const CORE_PART = 'docProps/core.xml';
