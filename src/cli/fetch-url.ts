/**
 * `assess check https://…`: a published form fetched, then read like any file (saved to a private temporary file
 * named for what the server says it is, so the loader, the budget and the reports are the same). Bounded:
 * a time limit for the whole fetch, a size cap read as the body arrives, at most MAX_REDIRECTS redirects and only
 * to http(s), and a content type that is a form's (a page, a PDF, a Word, spreadsheet or OpenDocument file).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from './exit-codes.js';

export const MAX_REDIRECTS = 5;
export const FETCH_TIMEOUT_MS = 30_000;
export const DEFAULT_USER_AGENT = 'assess (complaint-handling self-assessment checker)';

/** Content types a form is published as, and the extension its file gets. */
const TYPES: Record<string, string> = {
  'text/html': '.html',
  'application/xhtml+xml': '.html',
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/vnd.oasis.opendocument.text': '.odt',
  'application/vnd.oasis.opendocument.spreadsheet': '.ods',
  'application/yaml': '.yaml',
  'text/yaml': '.yaml',
};

export const isUrl = (arg: string): boolean => /^https?:\/\//i.test(arg);

export interface FetchedFile {
  path: string;
  display: string;
  remove(): Promise<void>;
}

export interface FetchSettings {
  maxBytes: number;
  userAgent?: string;
  timeoutMs?: number;
}

export async function fetchUrl(url: string, settings: FetchSettings): Promise<FetchedFile> {
  const fail = (why: string): never => {
    throw new UsageError(`${url}: ${why}`);
  };
  const signal = AbortSignal.timeout(settings.timeoutMs ?? FETCH_TIMEOUT_MS);
  let target = url;
  let response: Response | undefined;
  try {
    for (let hop = 0; ; hop++) {
      response = await fetch(target, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': settings.userAgent ?? DEFAULT_USER_AGENT,
          accept: 'text/html,application/pdf,*/*;q=0.5',
        },
      });
      if (response.status < 300 || response.status >= 400) break;
      const next = response.headers.get('location');
      if (!next) fail(`redirect ${response.status} without a location`);
      if (hop + 1 > MAX_REDIRECTS) fail(`more than ${MAX_REDIRECTS} redirects`);
      const resolved = new URL(next as string, target);
      if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
        fail(`redirects to ${resolved.protocol} (only http and https are followed)`);
      }
      target = resolved.href;
      await response.body?.cancel();
    }
    const r = response as Response;
    if (!r.ok) fail(`the server answered ${r.status}${r.statusText ? ` ${r.statusText}` : ''}`);
    const type = (r.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const ext = TYPES[type];
    if (!ext) fail(`served as ${type || 'an unknown type'}, not a form (a web page, PDF, DOCX, XLSX, ODT or ODS)`);
    const declared = Number(r.headers.get('content-length') ?? '0');
    if (declared > settings.maxBytes) fail(`is ${declared} bytes, over the --max-size limit`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of r.body ?? []) {
      size += (chunk as Uint8Array).length;
      if (size > settings.maxBytes) fail('is over the --max-size limit');
      chunks.push(chunk as Uint8Array);
    }
    const dir = await mkdtemp(join(tmpdir(), 'assess-url-'));
    const path = join(dir, `page${ext as string}`);
    await writeFile(path, Buffer.concat(chunks), { mode: 0o600 });
    return { path, display: url, remove: () => rm(dir, { recursive: true, force: true }) };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const name = (e as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      fail(`no answer within ${(settings.timeoutMs ?? FETCH_TIMEOUT_MS) / 1000} s`);
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    return fail(`cannot fetch (${cause?.code ?? cause?.message ?? (e as Error).message})`);
  }
}
