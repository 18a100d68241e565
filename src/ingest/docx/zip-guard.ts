/**
 * Checks a DOCX zip before mammoth touches it: that it is a readable zip, that it holds a Word document,
 * and that it does not expand beyond the limit (zip bombs). Two passes:
 * 1. the central directory's declared sizes and compression ratios (fflate; inflates nothing);
 * 2. every entry really inflated, because a crafted zip can declare small sizes and still expand to
 *    gigabytes: fflate's streaming unzip finds the entries, and Node's native zlib inflates each one with
 *    `maxOutputLength` set to its declared size (and never past what is left under the limit), so an entry
 *    that lies stops one byte past what it declared, and memory stays within the sizes pass 1 accepted.
 *    Native inflate is what keeps this pass cheap next to mammoth's own (JavaScript) inflate.
 */
import { inflateRawSync } from 'node:zlib';
import { failed, type Failed } from '../../failure/failure.js';
import { mib } from '../../util/mib.js';
import { Unzip, unzipSync, type AsyncFlateStreamHandler, type UnzipDecoder } from 'fflate';

export interface ZipEntryInfo {
  name: string;
  size: number;
  originalSize: number;
}

/** On success: the entries, and the parts asked for (`keep`), inflated anyway while measuring. */
export type ZipCheck = { ok: true; entries: ZipEntryInfo[]; parts: Map<string, Uint8Array> } | Failed;

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
/** Compressed bytes pushed into the streaming unzip per step. */
const CHUNK = 64 * 1024;

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
/** An entry that inflates to more than it declares (reported with its name). */
class Lied extends Error {
  constructor(readonly entry: string) {
    super(`${entry} expands beyond its declared size`);
  }
}

/**
 * A deflated entry, inflated natively once its compressed bytes are all in, to at most `most(name)` bytes:
 * past that, `ondata` gets a Lied error.
 */
function nativeInflate(most: (name: string) => number) {
  return class NativeInflate implements UnzipDecoder {
    static readonly compression = 8;
    ondata: AsyncFlateStreamHandler = () => undefined;
    private readonly chunks: Uint8Array[] = [];

    constructor(private readonly name: string) {}

    push(chunk: Uint8Array, final: boolean): void {
      // fflate may reuse its buffer after the call: keep a copy.
      this.chunks.push(chunk.slice());
      if (!final) return;
      const compressed = Buffer.concat(this.chunks);
      if (compressed.length === 0) {
        this.ondata(null, new Uint8Array(0), true);
        return;
      }
      let out: Buffer;
      try {
        out = inflateRawSync(compressed, { maxOutputLength: Math.max(1, most(this.name)) });
      } catch (e) {
        const err = e as Error & { code?: unknown };
        const failure = err.code === 'ERR_BUFFER_TOO_LARGE' ? new Lied(this.name) : new Error(err.message);
        this.ondata(Object.assign(failure, { code: 0 }), new Uint8Array(0), true);
        return;
      }
      this.ondata(null, new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength), true);
    }
  };
}

/**
 * Pass 2: inflate every entry, each to at most its declared size and all within the limit; the real
 * expanded size, OVER past the limit, or the error (a Lied entry, or damaged data). Entries named in `keep` are kept.
 */
function measureExpanded(
  bytes: Uint8Array,
  limit: number,
  declared: ReadonlyMap<string, number>,
  keep: ReadonlySet<string>,
  kept: Map<string, Uint8Array[]>,
): number | typeof OVER | Error {
  let total = 0;
  let failure: Error | typeof OVER | undefined;
  const unzip = new Unzip();
  unzip.register(nativeInflate((name) => Math.min(limit - total, declared.get(name) ?? limit)));
  unzip.onfile = (file) => {
    const parts: Uint8Array[] | undefined = keep.has(file.name) ? [] : undefined;
    if (parts) kept.set(file.name, parts);
    file.ondata = (err, chunk) => {
      if (err) {
        failure ??= err;
        return;
      }
      total += chunk.length;
      if (total > limit) failure ??= OVER;
      else parts?.push(chunk);
    };
    file.start();
  };
  try {
    for (let at = 0; at < bytes.length && failure === undefined; at += CHUNK) {
      const end = Math.min(bytes.length, at + CHUNK);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
  return failure ?? total;
}

export function checkZip(bytes: Uint8Array, limits: ZipLimits): ZipCheck {
  const entries = listEntries(bytes);
  if (!entries) return failed('corrupt', 'corrupt or truncated DOCX (the zip structure cannot be read)');
  if (entries.length === 0) return failed('wrong-format', 'empty zip archive, not a Word document (.docx)');
  if (!entries.some((e) => /^word\//i.test(e.name))) {
    return failed('wrong-format', 'a zip archive but not a Word document (.docx): it has no word/ part');
  }

  const declared = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (declared > limits.maxExpandedBytes) {
    const limit = mib(limits.maxExpandedBytes);
    return failed('too-large', `DOCX expands to ${mib(declared)}, over the ${limit} limit (zip bomb?)`);
  }
  const bomb = entries.find(
    (e) => e.originalSize > MIN_RATIO_BYTES && e.originalSize > MAX_RATIO * Math.max(1, e.size),
  );
  if (bomb) {
    const ratio = Math.round(bomb.originalSize / Math.max(1, bomb.size));
    return failed(
      'too-large',
      `DOCX part ${bomb.name} expands ${ratio} times to ${mib(bomb.originalSize)} (zip bomb?)`,
    );
  }

  const kept = new Map<string, Uint8Array[]>();
  const declaredSizes = new Map(entries.map((e) => [e.name, e.originalSize]));
  const measured = measureExpanded(bytes, limits.maxExpandedBytes, declaredSizes, new Set(limits.keep ?? []), kept);
  if (measured === OVER) {
    const limit = mib(limits.maxExpandedBytes);
    return failed(
      'too-large',
      `DOCX expands to more than the ${limit} limit (its declared sizes are false: zip bomb?)`,
    );
  }
  if (measured instanceof Lied) {
    return failed('too-large', `DOCX part ${measured.entry} expands beyond its declared size (zip bomb?)`);
  }
  if (measured instanceof Error) return failed('corrupt', 'corrupt DOCX (a part of the zip cannot be inflated)');
  return { ok: true, entries, parts: new Map([...kept].map(([name, chunks]) => [name, concat(chunks)])) };
}

/** The main document part of a DOCX, and its core properties (the title). */
export const DOCUMENT_PART = 'word/document.xml';
export const CORE_PART = 'docProps/core.xml';

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
