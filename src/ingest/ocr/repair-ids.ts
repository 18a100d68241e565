/**
 * Provision ids as OCR misreads them, mended in a table's first column: the dot seen as a colon, a semicolon
 * or a comma ("6:12"), a stray mark after it ("2.2)"), or lost ("15" for 1.5). A lost dot is put back only
 * in a column where another row carries an id, and after the first digit (the Code's sections are 1 to 9), so a
 * figure in a table of figures is left alone.
 */
import { PROVISION_ID } from '../pdf/text-lines.js';
import type { PageTable } from '../pdf/types.js';

const WRONG_DOT = /^(q\s*)?(\d{1,2})\s*[:;,·•'`]\s*(\d{1,2})\s*[).:;,'`]?$/i;
const STRAY_MARK = /^(q\s*)?(\d{1,2})\.(\d{1,2})\s*[):;,'`]$/i;
const LOST_DOT = /^(q\s*)?([1-9])(\d{1,2})$/i;

const mended = (m: RegExpExecArray): string => `${m[1] ? 'Q' : ''}${m[2] ?? ''}.${m[3] ?? ''}`;

export function repairIds(table: PageTable): void {
  const firsts = table.rows.map((r) => r.cells[0]).filter((c) => c !== undefined);
  for (const cell of firsts) {
    const text = cell.text.trim();
    const m = WRONG_DOT.exec(text) ?? STRAY_MARK.exec(text);
    if (m) cell.text = mended(m);
  }
  if (!firsts.some((c) => PROVISION_ID.test(c.text))) return;
  for (const cell of firsts) {
    const m = LOST_DOT.exec(cell.text.trim());
    if (m) cell.text = mended(m);
  }
}
