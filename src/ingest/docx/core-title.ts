/** The document title from `docProps/core.xml` (dc:title), when the file states one. */
import { strFromU8 } from 'fflate';

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

/** `core`: the inflated docProps/core.xml part (from the zip guard). */
export function readCoreTitle(core: Uint8Array | undefined): string | undefined {
  if (!core || core.length > MAX_CORE) return undefined;
  try {
    const m = /<dc:title>([\s\S]*?)<\/dc:title>/.exec(strFromU8(core));
    const title = m?.[1] ? decodeEntities(m[1]).replace(/\s+/g, ' ').trim() : '';
    return title === '' ? undefined : title;
  } catch {
    return undefined;
  }
}
