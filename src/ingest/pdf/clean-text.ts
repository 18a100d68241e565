/** Text clean-up shared by every PDF path: characters, joining wrapped lines, page-number lines. */

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/** Any character cleanChars changes: most lines have none, and are then returned after one scan, not three. */
const UNCLEAN = /[\uFB00-\uFB06\u00A0\u2000-\u200D\u202F\u205F\u3000\t\u00AD\u2060\uFEFF]/;

/**
 * Ligatures spelt out, non-breaking and odd spaces made plain, soft
 * hyphens and zero-width marks dropped. Curly quotes are kept.
 */
export function cleanChars(text: string): string {
  if (!UNCLEAN.test(text)) return text;
  return text
    .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
}

/**
 * A line ending in a hyphen right after a letter or digit, followed by a line that starts with a digit or a
 * lower-case letter, is one word broken by wrapping ("2024-03-" + "02", "TL-" + "04", "cross-" + "referenced").
 * The hyphen is kept: we cannot tell a soft break from a real hyphen, and keeping it loses nothing.
 */
const brokenAtHyphen = (before: string, after: string): boolean =>
  /[\p{L}\p{N}]-$/u.test(before) && /^[\p{N}\p{Ll}]/u.test(after);

/**
 * A line ending in a slash right after a letter or digit (or in "://"), followed by a line that starts with a letter or
 * digit, was broken after the slash ("and/" + "or", "response/" + "update", "https://" + "www..."): writers break lines
 * after a slash, and words on either side of one are written without a space.
 */
const brokenAtSlash = (before: string, after: string): boolean =>
  /([\p{L}\p{N}]|:\/)\/$/u.test(before) && /^[\p{L}\p{N}]/u.test(after);

/**
 * A web address wrapped inside itself ("https://www.example.gov" + ".uk/policy.pdf", ".../customer_fe" + "edback.pdf"):
 * the line ends inside an address (no closing punctuation) and the next starts with what can only continue it
 * or with a lower-case fragment. Joining with a space would break the address.
 */
const brokenInAddress = (before: string, after: string): boolean => {
  const last = lastWord(before);
  if (!/^(https?:\/\/|www\.)\S+/i.test(last) || /[.,;:)!?]$/.test(last)) return false;
  return (
    /^[./_\-?=&#%]/.test(after) ||
    (/^[\p{Ll}\p{N}][\p{Ll}\p{N}._/-]*(\s|$)/u.test(after) && /[/_.-]/.test(after.split(' ')[0] ?? ''))
  );
};

/** The text after the last whitespace character (what `text.split(/\s/).pop()` gives, without splitting it all). */
function lastWord(text: string): string {
  let i = text.length;
  // Every \s character is in the BMP, so testing one UTF-16 unit at a time is exact.
  while (i > 0 && !/\s/.test(text.charAt(i - 1))) i--;
  return text.slice(i);
}

/**
 * The last few characters of the text joined so far: all the end-anchored tests below look at (at most its
 * last two characters, either of which may be a surrogate pair), so a long cell is not scanned again per line.
 */
const tail = (text: string): string => text.slice(-4);

/**
 * Joins wrapped lines: with `separator` ("\n" inside table cells, " " in paragraphs), or with nothing where a
 * word was broken at a hyphen or a slash. Lines are trimmed and empty ones dropped.
 */
export function joinLines(lines: readonly string[], separator: '\n' | ' '): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) out = line;
    else
      out +=
        (brokenAtHyphen(tail(out), line) || brokenAtSlash(tail(out), line) || brokenInAddress(out, line)
          ? ''
          : separator) + line;
  }
  return out;
}

/** "Page 3 of 12", "Page 3", "3", "- 3 -", "3 / 12". */
export const isPageNumber = (text: string): boolean =>
  /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i.test(text.trim()) ||
  /^[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]$/.test(text.trim());

/** The shape of a running header/footer line, with numbers blanked so "Page 2" and "Page 3" compare equal. */
export const furnitureKey = (text: string): string =>
  text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
