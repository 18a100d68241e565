/** Small text helpers shared by the normalisers and rules. */

/** Collapse every run of whitespace (newlines included) to one space and trim. */
export const collapse = (text: string | undefined | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Lower-case, straight quotes, no punctuation: the form used to compare wording. */
export function forMatch(text: string): string {
  // Everything but letters, digits and apostrophes (double quotes, spaces and line breaks included) becomes one
  // space a run: one pass where replacing quotes, then punctuation, then whitespace took three.
  return text
    .toLowerCase()
    .replace(/[‘’´`]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'to',
  'in',
  'be',
  'is',
  'are',
  'for',
  'on',
  'by',
  'with',
  'as',
  'it',
  'this',
  'that',
  'at',
  'their',
  'they',
  'its',
  'must',
  'should',
  'shall',
  'will',
  'any',
  'all',
]);

export function wordSet(text: string): Set<string> {
  return new Set(
    forMatch(text)
      .split(' ')
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

/** How much of `printed` is covered by `reference` (0..1): tolerant of a printed text that is only a fragment. */
export function containment(printed: Set<string>, reference: Set<string>): number {
  if (printed.size === 0) return 0;
  let shared = 0;
  for (const w of printed) if (reference.has(w)) shared++;
  return shared / printed.size;
}

/** Dice coefficient over word sets (0..1). */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Shorten a quote for a one-line message. */
const OPENING_QUOTE = /^["“'‘]\s*/;
const CLOSING_QUOTE = /\s*["”'’]([.,;:!?]?)$/;

/**
 * Words quoted in a message: clipped, in double quotes. Quote marks of their own at either end are dropped, so a
 * quotation of a quotation reads "An expression of …", not ""An expression of …".
 */
export function quoted(text: string, max = 120): string {
  const inner = text.trim();
  const open = OPENING_QUOTE.test(inner);
  const unquoted = open ? inner.replace(OPENING_QUOTE, '').replace(CLOSING_QUOTE, '$1') : inner;
  return `"${clip(unquoted, max)}"`;
}

export function clip(text: string, max = 120): string {
  // Only the start is kept, so only the start is collapsed: a quote of megabytes costs no more than a line.
  const t = collapse(text.length > max * 4 ? text.slice(0, max * 4) : text);
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/**
 * What a finding's message rests on, to know the same finding again in another run or form: the quoted words
 * ("..." in it), else the message with figures removed; lower-case, spaces collapsed.
 */
export function quotedWords(message: string): string {
  const quotes = [...message.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
  const text = quotes.length > 0 ? quotes.join('\u0000') : message.replace(/\d+/g, '#');
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** "1 error", "3 errors". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** How many times the phrases occur in the text, all told (occurrences do not overlap). */
export function phraseCount(text: string, phrases: readonly string[]): number {
  let n = 0;
  for (const phrase of phrases) {
    if (phrase === '') continue;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) n++;
  }
  return n;
}

/** How many of the phrases occur in the text at least once. */
export const phrasesFound = (text: string, phrases: readonly string[]): number =>
  phrases.filter((p) => text.includes(p)).length;
