/**
 * Matching printed requirement / question text to a catalogue's wording, tolerant of curly quotes,
 * punctuation, wrapped lines and extra text (a question followed by the definition it quotes).
 */
import type { Catalogue } from '../../catalogue/types.js';
import { catalogueWords, provisionWords, sharedWordCounts } from '../../catalogue/words.js';
import { dice, wordSet } from '../../util/text.js';

/**
 * Printed texts' word sets: one document asks about the same row text for every catalogue and several
 * times over (version detection, then matching). Bounded, and cleared when full.
 */
const printedWords = new Map<string, Set<string>>();
const MAX_REMEMBERED = 2000;

function wordsOf(text: string): Set<string> {
  let words = printedWords.get(text);
  if (!words) {
    if (printedWords.size >= MAX_REMEMBERED) printedWords.clear();
    words = wordSet(text);
    printedWords.set(text, words);
  }
  return words;
}

/** Texts with fewer content words than this are too short to tell one version's wording from another's. */
const MIN_FIT_WORDS = 4;

/** At or above this similarity a printed text is taken to be the provision's. */
export const MATCH_THRESHOLD = 0.6;

/**
 * 0..1: Dice over content words, raised when one text holds nearly all of the other
 * (the printed text is the catalogue text plus more, or a long fragment of it).
 */
export function similarity(printed: Set<string>, reference: Set<string>): number {
  if (printed.size === 0 || reference.size === 0) return 0;
  let shared = 0;
  for (const w of printed) if (reference.has(w)) shared++;
  return similarityOf(shared, printed.size, reference.size);
}

/** `similarity` from the count of shared words and the two sizes: Dice and both containments from one count. */
function similarityOf(shared: number, printedSize: number, referenceSize: number): number {
  if (printedSize === 0 || referenceSize === 0) return 0;
  const d = (2 * shared) / (printedSize + referenceSize);
  // One or two words ("Stage one", "a) residents?") match only the same words.
  if (printedSize <= 2) return d === 1 ? 1 : 0;
  const refInPrinted = shared / referenceSize;
  const printedInRef = shared / printedSize;
  let score = d;
  if (referenceSize >= 3 && refInPrinted >= 0.9) score = Math.max(score, 0.6 + 0.3 * d + 0.1 * refInPrinted);
  if (printedSize >= 6 && printedInRef >= 0.9) score = Math.max(score, 0.5 + 0.4 * d + 0.1 * printedInRef);
  return Math.min(1, score);
}

/** `similarity` of `printed` with every provision of the catalogue, in catalogue order. */
function similarities(printed: Set<string>, catalogue: Catalogue): { shared: Uint32Array; scores: number[] } {
  const shared = sharedWordCounts(catalogue, printed);
  const scores = catalogueWords(catalogue).map(({ words }, i) =>
    similarityOf(shared[i] ?? 0, printed.size, words.size),
  );
  return { shared, scores };
}

export interface TextMatch {
  id: string;
  score: number;
}

/**
 * The catalogue provision whose wording the text matches best, at or above the threshold; `section` breaks near-ties.
 */
export function bestMatch(text: string, catalogue: Catalogue, section?: number): TextMatch | undefined {
  const printed = wordsOf(text);
  if (printed.size === 0) return undefined;
  let best: TextMatch | undefined;
  const { scores } = similarities(printed, catalogue);
  catalogueWords(catalogue).forEach(({ p }, i) => {
    const score = (scores[i] ?? 0) + (section !== undefined && p.section === section ? 0.02 : 0);
    if (!best || score > best.score) best = { id: p.id, score };
  });
  return best && best.score >= MATCH_THRESHOLD ? best : undefined;
}

/** Scores this close to the best are taken as equal when the order of the form decides. */
const NEAR_TIE = 0.02;

/**
 * Whether `text` reads as provision `id` as well as it reads as `match` (within a near tie, scored as
 * bestMatchInOrder scores): some provisions share their wording (2024's stage 1 and stage 2 rows).
 */
export function readsAsWell(
  text: string,
  id: string,
  match: TextMatch,
  catalogue: Catalogue,
  section: number | undefined,
): boolean {
  const own = provisionWords(catalogue, id);
  if (!own) return false;
  const score = similarity(wordsOf(text), own.words) + (section !== undefined && own.p.section === section ? 0.02 : 0);
  return score >= match.score - NEAR_TIE;
}

/**
 * The best match as bestMatch finds it, except that among provisions scoring (nearly) the same, the one that
 * falls between the rows around it in the Code's order wins: forms list provisions in the Code's order, and some
 * provisions share their wording (2024's stage 1 and stage 2 rows, 6.5 and 6.16).
 */
export function bestMatchInOrder(
  text: string,
  catalogue: Catalogue,
  section: number | undefined,
  between: { after?: string; before?: string },
): TextMatch | undefined {
  const printed = wordsOf(text);
  if (printed.size === 0) return undefined;
  const { scores } = similarities(printed, catalogue);
  const scored = catalogueWords(catalogue).map(({ p }, index) => ({
    id: p.id,
    index,
    score: (scores[index] ?? 0) + (section !== undefined && p.section === section ? 0.02 : 0),
  }));
  const top = Math.max(...scored.map((s) => s.score));
  if (top < MATCH_THRESHOLD) return undefined;
  const near = scored.filter((s) => s.score >= top - NEAR_TIE);
  const position = (id: string | undefined): number | undefined =>
    id === undefined ? undefined : scored.find((s) => s.id === id)?.index;
  const lo = position(between.after) ?? -1;
  const hi = position(between.before) ?? Infinity;
  const inOrder = near.filter((s) => s.index > lo && s.index < hi);
  const pick = (inOrder.length > 0 ? inOrder : near).reduce((a, b) => (b.score > a.score ? b : a));
  return { id: pick.id, score: pick.score };
}

/**
 * How closely a printed text follows a catalogue's nearest wording: plain Dice over content words with the closest
 * of the provisions it matches (fit 0 when it matches none, or is too short to tell). Dice, not the
 * containment-raised similarity, so that near-identical wordings of two versions still score apart.
 */
export function wordingFit(text: string, catalogue: Catalogue): { id?: string; fit: number } {
  const printed = wordsOf(text);
  if (printed.size < MIN_FIT_WORDS) return { fit: 0 };
  let best: { id?: string; fit: number } = { fit: 0 };
  const shared = sharedWordCounts(catalogue, printed);
  catalogueWords(catalogue).forEach(({ p, words }, i) => {
    const n = shared[i] ?? 0;
    // A provision sharing no word scores 0: only those sharing some are scored.
    if (n === 0 || similarityOf(n, printed.size, words.size) < MATCH_THRESHOLD) return;
    // Dice (util/text.ts) from the same count.
    const fit = words.size === 0 ? 0 : (2 * n) / (printed.size + words.size);
    if (fit > best.fit) best = { id: p.id, fit };
  });
  return best;
}

/**
 * How closely a printed requirement follows the catalogue wording of the id it is printed with: plain Dice
 * over content words, so that near-identical wordings of two versions still score apart (undefined when unknown).
 */
export function ownMatch(id: string, text: string, catalogue: Catalogue): number | undefined {
  const own = provisionWords(catalogue, id);
  if (!own) return undefined;
  const printed = wordsOf(text);
  if (printed.size < MIN_FIT_WORDS) return undefined;
  return dice(printed, own.words);
}
