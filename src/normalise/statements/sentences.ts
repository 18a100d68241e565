import { collapse } from '../../util/text.js';

/** Splitting a landlord's evidence or commentary into sentences, each quoted on its own. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+(?=[A-Z0-9"'‘“(•])|\n+|\s*•\s*/)
    .map(collapse)
    .filter((s) => s.length > 0);
}

/** Words that turn a statement around ("we do not have a stage 0", "no longer a three stage process"). */
export const NEGATION =
  /\b(not|no longer|never|don't|doesn't|isn't|aren't|wasn't|without|removed|abolished|replaced|previously|used to|moved (away )?from|changed from|instead of|rather than|no)\b/i;

/**
 * Longest sentence the prose readers (claims, definitions, extra stages, stage counts) read. A real sentence is
 * a few hundred characters; a "sentence" of megabytes (a form's text with no full stop) would cost their
 * patterns minutes. Timescales are read from every sentence, whatever its length (that reading is linear).
 */
export const MAX_PROSE_SENTENCE = 2000;

/** The sentences of a text that the prose readers read. */
export const proseSentences = (text: string): string[] => sentences(text).filter((s) => s.length <= MAX_PROSE_SENTENCE);
