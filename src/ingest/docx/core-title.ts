/** The document title from `docProps/core.xml` (dc:title), when the file states one. Call only after the zip guard. */
import { strFromU8, unzipSync } from 'fflate';

const MAX_CORE = 1 << 20;

const decodeEntities = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

export function readCoreTitle(bytes: Uint8Array): string | undefined {
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' && f.originalSize <= MAX_CORE });
    const core = files['docProps/core.xml'];
    if (!core) return undefined;
    const m = /<dc:title>([\s\S]*?)<\/dc:title>/.exec(strFromU8(core));
    const title = m?.[1] ? decodeEntities(m[1]).replace(/\s+/g, ' ').trim() : '';
    return title === '' ? undefined : title;
  } catch {
    return undefined;
  }
}
