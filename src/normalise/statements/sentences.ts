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
