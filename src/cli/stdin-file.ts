/**
 * `assess check -`: the form on standard input, saved to a private temporary file named like
 * `--stdin-filename` (its extension says which reader; the report shows that name), so that it goes through
 * the same loader, budget and reports as any file. Read to at most the --max-size limit.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { Streams } from './streams.js';
import { UsageError } from './exit-codes.js';

export interface StdinFile {
  /** Where the bytes were saved. */
  path: string;
  /** The name the report shows. */
  display: string;
  remove(): Promise<void>;
}

export async function saveStdin(streams: Streams, name: string | undefined, maxBytes: number): Promise<StdinFile> {
  if (!streams.stdin) throw new UsageError('`-` reads a form from standard input, but there is none');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of streams.stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += bytes.length;
    if (size > maxBytes) throw new UsageError(`standard input is over the ${maxBytes / 2 ** 20} MiB --max-size limit`);
    chunks.push(bytes);
  }
  const display = name ?? '<stdin>';
  const dir = await mkdtemp(join(tmpdir(), 'assess-stdin-'));
  const path = join(dir, `stdin${extname(basename(display)) || '.yaml'}`);
  await writeFile(path, Buffer.concat(chunks), { mode: 0o600 });
  return { path, display, remove: () => rm(dir, { recursive: true, force: true }) };
}
