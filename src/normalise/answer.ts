/** Reading a Comply answer as written on a form: "Yes", "yes – see below", "Partially", "N/A", "*****"... */
import type { Comply } from './assessment.js';
import { collapse } from '../util/text.js';

export interface ParsedAnswer {
  comply?: Comply;
  /** The text as written, kept when it is not a clean answer (or carries more than the answer). */
  rawAnswer?: string;
}

const PATTERNS: [Comply, RegExp][] = [
  ['n/a', /^(n\s*\/\s*a|n\.a\.?|not\s+applicable|na)\b/i],
  ['partial', /^(partial(ly)?|part(ly)?|in\s+part|partially\s+compl(y|iant|ies))\b/i],
  ['no', /^(no|not\s+compl(iant|y)|non[-\s]?compliant|x)\b(?!\s*\/\s*yes)/i],
  ['yes', /^(yes|y|compliant|fully\s+compl(y|iant)|complies|✓|✔|☑|☒)(?=$|[\s.,;:!\-–—(]|\b)/i],
];

/** "Yes/No", "Yes / No / Partial": the form's prompt left in place, not an answer. */
const PROMPT_LEFT_IN_PLACE = /^(yes|no|partial|n\/a)(\s*\/\s*(yes|no|partial|n\/a))+\s*$/i;

export function parseAnswer(text: string | undefined | null): ParsedAnswer {
  const raw = collapse(text);
  if (raw === '') return {};
  if (PROMPT_LEFT_IN_PLACE.test(raw)) return { rawAnswer: raw };
  const head = raw.replace(/^[\s"'‘’“”*•·-]+/, '');
  for (const [comply, pattern] of PATTERNS) {
    const m = pattern.exec(head);
    if (m) {
      const rest = head.slice(m[0].length).trim();
      return rest === '' || /^[.!]$/.test(rest) ? { comply } : { comply, rawAnswer: raw };
    }
  }
  return { rawAnswer: raw };
}

/** True when a cell's text is only an answer word (used to spot answers placed in the wrong column). */
export function isBareAnswer(text: string): boolean {
  const parsed = parseAnswer(text);
  return parsed.comply !== undefined && parsed.rawAnswer === undefined;
}

/**
 * The answer word a text starts with and the text after it (separators stripped), e.g.
 * "No – we are reviewing the policy" → { comply: 'no', rest: 'we are reviewing the policy', separated: true }.
 * `separated` is true when the word stands alone: end of text, or followed by punctuation or a line break.
 */
export function leadingAnswer(text: string): { comply: Comply; rest: string; separated: boolean } | undefined {
  const trimmed = text.replace(/^[\s"'‘’“”*•·-]+/, '');
  if (trimmed === '' || PROMPT_LEFT_IN_PLACE.test(trimmed.split('\n')[0] ?? '')) return undefined;
  for (const [comply, pattern] of PATTERNS) {
    const m = pattern.exec(trimmed);
    if (!m) continue;
    // "Partially compliant", "Yes compliant": the qualifier belongs to the answer.
    const after = trimmed.slice(m[0].length).replace(/^[ \t]+(compliant|complies|comply|compliance|met)\b/i, '');
    const separated = after.trim() === '' || /^[ \t]*([.,;:!\-–—)\]]|\r?\n)/.test(after);
    const rest = after.replace(/^[\s.,;:!\-–—)\]]+/, '').trim();
    return { comply, rest, separated };
  }
  return undefined;
}
