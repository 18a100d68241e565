/**
 * Checks an OOXML or OpenDocument zip (DOCX, XLSX, ODT, ODS) before a library touches it: that it is a readable zip,
 * that it holds the document its reader expects, and that it does not expand beyond the limit (zip bombs). The
 * entries are those the libraries' zip readers will
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

/** What the zip must hold, and how its messages name it. */
export interface ZipKind {
  /** "DOCX", "XLSX", "ODT": the word messages use. */
  label: string;
  /** "a Word document (.docx)": what a zip without `part` is not. */
  name: string;
  /** The folder or part every such document has ("word/", "xl/", "content.xml"). */
  part: string;
}

export const DOCX_ZIP: ZipKind = { label: 'DOCX', name: 'a Word document (.docx)', part: 'word/' };

export interface ZipLimits {
  /** Most bytes all entries together may expand to. */
  maxExpandedBytes: number;
  /** Entries to hand back inflated. */
  keep?: readonly string[];
  /** What the zip must be (default: a DOCX). */
  kind?: ZipKind;
}

/**
 * A single entry expanding more than this many times its compressed size, and to more than MIN_RATIO_BYTES, is a bomb.
 */
export const MAX_RATIO = 1000;
const MIN_RATIO_BYTES = 8 * 2 ** 20;

const STORED = 0;
const DEFLATED = 8;

/** An entry's bytes, checked against the CRC-32 its directory declares (as unzip and Word check it). */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, label: string): Uint8Array | Failed {
  const data = inflateUnchecked(bytes, entry, label);
  if (data instanceof Uint8Array && crc32(data) >>> 0 !== entry.crc32 >>> 0) {
    return failed('corrupt', `corrupt ${label} (part ${entry.name} fails its checksum: the file is damaged)`);
  }
  return data;
}

/** An entry's bytes as mammoth will have them, at most its declared size; a Failed when it lies or is damaged. */
function inflateUnchecked(bytes: Uint8Array, entry: ZipEntry, label: string): Uint8Array | Failed {
  const data = bytes.subarray(entry.dataStart, entry.dataEnd);
  if (entry.method === STORED) {
    return data.length === entry.size
      ? data
      : failed('corrupt', `corrupt ${label} (part ${entry.name} is not the size it declares)`);
  }
  if (entry.method !== DEFLATED) {
    return failed(
      'corrupt',
      `corrupt ${label} (part ${entry.name} uses a compression no office suite writes: ${entry.method})`,
    );
  }
  if (data.length === 0) return new Uint8Array(0);
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    if (out.length !== entry.size) {
      return failed('corrupt', `corrupt ${label} (part ${entry.name} is not the size it declares)`);
    }
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      return failed('too-large', `${label} part ${entry.name} expands beyond its declared size (zip bomb?)`);
    }
    return failed('corrupt', `corrupt ${label} (a part of the zip cannot be inflated)`);
  }
}

export function checkZip(bytes: Uint8Array, limits: ZipLimits): ZipCheck {
  const kind = limits.kind ?? DOCX_ZIP;
  const label = kind.label;
  const directory = readZipDirectory(bytes, label);
  if (!directory.ok) return directory;
  const { entries } = directory;
  if (entries.length === 0) return failed('wrong-format', `empty zip archive, not ${kind.name}`);
  if (!entries.some((e) => e.name.toLowerCase().startsWith(kind.part))) {
    return failed('wrong-format', `a zip archive but not ${kind.name}: it has no ${kind.part} part`);
  }

  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxExpandedBytes) {
    const limit = mib(limits.maxExpandedBytes);
    return failed('too-large', `${label} expands to ${mib(declared)}, over the ${limit} limit (zip bomb?)`);
  }
  const bomb = entries.find((e) => e.size > MIN_RATIO_BYTES && e.size > MAX_RATIO * Math.max(1, e.compressedSize));
  if (bomb) {
    const ratio = Math.round(bomb.size / Math.max(1, bomb.compressedSize));
    return failed('too-large', `${label} part ${bomb.name} expands ${ratio} times to ${mib(bomb.size)} (zip bomb?)`);
  }

  // Every entry is inflated to at most its declared size, and the declared sizes add up to the limit at most.
  const keep = new Set(limits.keep ?? []);
  const parts = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const data = inflateEntry(bytes, entry, label);
    if (!(data instanceof Uint8Array)) return data;
    if (keep.has(entry.name)) parts.set(entry.name, data);
  }
  return { ok: true, entries, parts };
}

/** The main document part of a DOCX, and its core properties (the title). */
export const DOCUMENT_PART = 'word/document.xml';
export const CORE_PART = 'docProps/core.xml';
