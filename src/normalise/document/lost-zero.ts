/**
 * "6.1" printed where the form means 6.10: a provision id typed into a spreadsheet is stored as a number, and 6.10,
 * 6.20 or 5.10 comes back as 6.1, 6.2 or 5.1 (in the XLSX or ODS, and in any PDF or DOCX made from it). The row's
 * requirement tells: an id whose wording is plainly the longer id's, not its own, is the longer id.
 */
import type { Catalogue } from '../../catalogue/types.js';
import { provisionWords } from '../../catalogue/words.js';
import { wordSet } from '../../util/text.js';
import { MATCH_THRESHOLD, similarity } from './match-text.js';

/** How much closer to the longer id's wording the requirement must be than to the printed id's. */
const MARGIN = 0.15;

export function restoreLostZero(id: string, requirement: string, catalogue: Catalogue): string {
  const m = /^(Q?\d{1,2})\.([1-9])$/.exec(id);
  if (!m) return id;
  const longer = provisionWords(catalogue, `${m[1]}.${m[2]}0`);
  if (!longer) return id;
  const words = wordSet(requirement);
  if (words.size < 4) return id;
  const asLonger = similarity(words, longer.words);
  const printed = provisionWords(catalogue, id);
  const asPrinted = printed ? similarity(words, printed.words) : 0;
  return asLonger >= MATCH_THRESHOLD && asLonger >= asPrinted + MARGIN ? longer.p.id : id;
}
