/**
 * Checks a DOCX zip before mammoth touches it: that it is a readable zip, that it holds a Word document,
 * and that it does not expand beyond the limit (zip bombs). Two passes, both with fflate:
 * 1. the central directory's declared sizes and compression ratios (inflates nothing);
 * 2. a streaming inflate that counts the bytes really produced and stops at the limit, because a crafted
 *    zip can declare small sizes and still expand to gigabytes.
 */
import { mib } from '../../util/mib.js';
import { Unzip, UnzipInflate, unzipSync } from 'fflate';

export interface ZipEntryInfo {
  name: string;
  size: number;
  originalSize: number;
}

/** On success: the entries, and the main document part's XML (inflated anyway while measuring). */
export type ZipCheck = { ok: true; entries: ZipEntryInfo[]; documentXml?: Uint8Array } | { ok: false; reason: string };

export interface ZipLimits {
  /** Most bytes all entries together may expand to. */
  maxExpandedBytes: number;
}

/** A single entry expanding more than this many times its compressed size, and to more than MIN_RATIO_BYTES, is a bomb. */
export const MAX_RATIO = 1000;
const MIN_RATIO_BYTES = 8 * 2 ** 20;
/** Compressed bytes pushed per step of the streaming check (bounds one step's output to about 1000x this). */
const CHUNK = 16 * 1024;


/** Pass 1: list the entries from the central directory, without inflating anything. */
export function listEntries(bytes: Uint8Array): ZipEntryInfo[] | undefined {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter(f) {
        entries.push({ name: f.name, size: f.size, originalSize: f.originalSize });
        return false;
      },
    });
  } catch {
    return undefined;
  }
  return entries;
}

const OVER = Symbol('over');

/** Pass 2: inflate every entry as a stream, discarding the output; the real expanded size, or OVER past the limit. */
function measureExpanded(bytes: Uint8Array, limit: number, keep: string, kept: Uint8Array[]): number | typeof OVER | Error {
  let total = 0;
  let failure: Error | undefined;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    const keeping = file.name === keep;
    file.ondata = (err, chunk) => {
      if (err) {
        failure = err;
        return;
      }
      if (keeping) kept.push(chunk);
      total += chunk.length;
      if (total > limit) throw OVER;
    };
    file.start();
  };
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) {
      const end = Math.min(bytes.length, at + CHUNK);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
      if (failure) return failure;
    }
  } catch (e) {
    if (e === OVER) return OVER;
    return e instanceof Error ? e : new Error(String(e));
  }
  return failure ?? total;
}

export function checkZip(bytes: Uint8Array, limits: ZipLimits): ZipCheck {
  const entries = listEntries(bytes);
  if (!entries) return { ok: false, reason: 'corrupt or truncated DOCX (the zip structure cannot be read)' };
  if (entries.length === 0) return { ok: false, reason: 'empty zip archive, not a Word document (.docx)' };
  if (!entries.some((e) => /^word\//i.test(e.name))) {
    return { ok: false, reason: 'a zip archive but not a Word document (.docx): it has no word/ part' };
  }

  const declared = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (declared > limits.maxExpandedBytes) {
    return { ok: false, reason: `DOCX expands to ${mib(declared)}, over the ${mib(limits.maxExpandedBytes)} limit (zip bomb?)` };
  }
  const bomb = entries.find((e) => e.originalSize > MIN_RATIO_BYTES && e.originalSize > MAX_RATIO * Math.max(1, e.size));
  if (bomb) {
    const ratio = Math.round(bomb.originalSize / Math.max(1, bomb.size));
    return { ok: false, reason: `DOCX part ${bomb.name} expands ${ratio} times to ${mib(bomb.originalSize)} (zip bomb?)` };
  }

  const kept: Uint8Array[] = [];
  const measured = measureExpanded(bytes, limits.maxExpandedBytes, DOCUMENT_PART, kept);
  if (measured === OVER) {
    return { ok: false, reason: `DOCX expands to more than the ${mib(limits.maxExpandedBytes)} limit (its declared sizes are false: zip bomb?)` };
  }
  if (measured instanceof Error) return { ok: false, reason: `corrupt DOCX (${measured.message})` };
  return kept.length > 0 ? { ok: true, entries, documentXml: concat(kept) } : { ok: true, entries };
}

/** The main document part of a DOCX. */
export const DOCUMENT_PART = 'word/document.xml';

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
