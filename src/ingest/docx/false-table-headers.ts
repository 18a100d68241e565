/**
 * mammoth 1.13 reads `<w:tblHeader w:val="false"/>` (a "repeat as header row" switched off, as some
 * writers emit for every row) as a header row, and the normaliser would then drop real provision rows.
 * Remove switched-off flags from word/document.xml before mammoth reads it; other documents pass untouched.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const SWITCHED_OFF = /<w:tblHeader\s+w:val\s*=\s*"(?:false|0|off)"\s*\/>/g;
const DOCUMENT = 'word/document.xml';

/** `documentXml`: the part's text, already inflated and decoded by the zip guard (read here when not given). */
export function withoutFalseTableHeaders(bytes: Uint8Array, documentXml?: string): Uint8Array {
  const xml = documentXml ?? unzipSync(bytes, { filter: (f) => f.name === DOCUMENT })[DOCUMENT];
  if (xml === undefined) return bytes;
  const text = typeof xml === 'string' ? xml : strFromU8(xml);
  SWITCHED_OFF.lastIndex = 0;
  if (!SWITCHED_OFF.test(text)) return bytes;
  const files = unzipSync(bytes);
  files[DOCUMENT] = strToU8(text.replace(SWITCHED_OFF, ''));
  return zipSync(files);
}
