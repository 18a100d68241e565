/**
 * mammoth 1.13 reads `<w:tblHeader w:val="false"/>` (a "repeat as header row" switched off, as some
 * writers emit for every row) as a header row, and the normaliser would then drop real provision rows.
 * Remove switched-off flags from word/document.xml before mammoth reads it; other documents pass untouched.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const SWITCHED_OFF = /<w:tblHeader\s+w:val\s*=\s*"(?:false|0|off)"\s*\/>/g;
const DOCUMENT = 'word/document.xml';

export function withoutFalseTableHeaders(bytes: Uint8Array): Uint8Array {
  const only = unzipSync(bytes, { filter: (f) => f.name === DOCUMENT });
  const xml = only[DOCUMENT];
  if (!xml) return bytes;
  const text = strFromU8(xml);
  if (!SWITCHED_OFF.test(text)) return bytes;
  const files = unzipSync(bytes);
  files[DOCUMENT] = strToU8(text.replace(SWITCHED_OFF, ''));
  return zipSync(files);
}
