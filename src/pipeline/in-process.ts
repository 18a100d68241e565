/**
 * Which files `check` reads in its own thread. A small text file (a YAML form, a few KB) is read in-process,
 * so that `check form.yaml` starts as fast as it can; everything else (a document any reader claims, any binary,
 * any large file)
 * is read in a worker under the per-file budget (src/workers), where a file that exhausts memory or never ends
 * costs only its own report. A file that cannot be inspected (missing, a FIFO, a device) is read in-process too:
 * the loader then refuses it with its one line, without opening it.
 */
import { open, stat } from 'node:fs/promises';
import { readerFor } from '../ingest/readers.js';
import { isBinary } from '../ingest/sniff.js';

/** Text files up to this size are read in-process. */
export const IN_PROCESS_MAX_BYTES = 1024 * 1024;
const HEAD_BYTES = 4096;

export async function readsInProcess(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return true;
    if (info.size > IN_PROCESS_MAX_BYTES) return false;
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(Math.min(HEAD_BYTES, info.size));
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      const bytes = head.subarray(0, bytesRead);
      return bytesRead === 0 || (readerFor(bytes) === undefined && !isBinary(bytes));
    } finally {
      await handle.close();
    }
  } catch {
    return true;
  }
}
