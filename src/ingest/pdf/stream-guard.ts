/**
 * Decompression bombs in a PDF, found before pdf.js inflates anything. pdf.js inflates a FlateDecode stream in
 * full, in JavaScript, into buffers outside the heap that no heap limit bounds: 1 GiB of zeros in the metadata
 * of an otherwise good form cost 2.2 GB and 30 s. So every FlateDecode stream in the file is inflated here
 * first, natively and to at most the limits, and a PDF with a stream past them is refused.
 *
 * How: each `stream` keyword whose dictionary names FlateDecode first in its filters; its data inflated from
 * where it starts to wherever the deflate data itself ends (zlib stops there, whatever /Length says, so a
 * /Length that lies or an `endstream` planted in the data hides nothing: pdf.js can never inflate more than
 * this). A stream filtered twice by FlateDecode is inflated twice. Damaged data is left for pdf.js to judge.
 */
import { constants, inflateSync } from 'node:zlib';
import { failure, type Failure } from '../../failure/failure.js';
import { mib } from '../../util/mib.js';

export interface StreamLimits {
  /** Most bytes one stream may inflate to. */
  maxStreamBytes: number;
  /** Most bytes all streams together may inflate to. */
  maxTotalBytes: number;
}

/** A page scanned at 600 dpi in colour is about 100 MiB inflated; a form's own streams are a few MiB at most. */
export const DEFAULT_STREAM_LIMITS: StreamLimits = { maxStreamBytes: 128 * 2 ** 20, maxTotalBytes: 1024 * 2 ** 20 };

/** How far back from `stream` its dictionary is looked for. */
const DICTIONARY_WINDOW = 4096;
const FLATE = new Set(['FlateDecode', 'Fl']);

/** How many of the stream's filters, from the first, are FlateDecode (0 when the first is not). */
function leadingFlate(dictionary: string): number {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary);
  if (!m?.[1]) return 0;
  const names = [...m[1].matchAll(/\/([A-Za-z0-9]+)/g)].map((n) => n[1] as string);
  let count = 0;
  while (count < names.length && FLATE.has(names[count] as string)) count++;
  return count;
}

/** The dictionary before a `stream` keyword at `at`: the text since the object began (or the window). */
function dictionaryBefore(text: string, at: number): string {
  const from = Math.max(0, at - DICTIONARY_WINDOW);
  const window = text.slice(from, at);
  const obj = window.lastIndexOf(' obj');
  return obj >= 0 ? window.slice(obj) : window;
}

type Inflated = { ok: true; bytes: Buffer } | { ok: false; over: boolean };

function inflateAtMost(data: Uint8Array, most: number): Inflated {
  try {
    return {
      ok: true,
      bytes: inflateSync(data, { maxOutputLength: Math.max(1, most), finishFlush: constants.Z_SYNC_FLUSH }),
    };
  } catch (e) {
    return { ok: false, over: (e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE' };
  }
}

/** The failure for a PDF with a stream that inflates past the limits; undefined when there is none. */
export function findStreamBomb(bytes: Uint8Array, limits: StreamLimits = DEFAULT_STREAM_LIMITS): Failure | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let total = 0;
  for (let at = text.indexOf('stream'); at >= 0; at = text.indexOf('stream', at + 6)) {
    if (text.startsWith('end', at - 3)) continue;
    // The keyword ends its line: data starts after CRLF or LF.
    let start = at + 6;
    if (text[start] === '\r') start++;
    if (text[start] !== '\n' && text[start - 1] !== '\r') continue;
    if (text[start] === '\n') start++;
    const passes = leadingFlate(dictionaryBefore(text, at));
    if (passes === 0) continue;
    let data: Uint8Array = bytes.subarray(start);
    for (let pass = 0; pass < passes; pass++) {
      const most = Math.min(limits.maxStreamBytes, limits.maxTotalBytes - total);
      const inflated = inflateAtMost(data, most);
      if (!inflated.ok) {
        if (!inflated.over) break;
        const message =
          most === limits.maxStreamBytes
            ? `a compressed stream in the PDF expands to more than ${mib(limits.maxStreamBytes)}`
            : `the PDF's compressed streams expand to more than ${mib(limits.maxTotalBytes)} together`;
        return failure('too-large', `${message} (a decompression bomb?)`);
      }
      data = inflated.bytes;
      if (pass === passes - 1) total += data.length;
    }
  }
  return undefined;
}
