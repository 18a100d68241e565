/**
 * Does a row of labels look like the column headings of a self-assessment table
 * ("Code provision | Code requirement | Comply: Yes / No | Evidence | Commentary / explanation")?
 * Only recognises the shape; mapping columns is the normaliser's job.
 */

const KINDS: [string, RegExp][] = [
  ['requirement', /\brequirements?\b/i],
  ['comply', /\bcompl(y|ies|iance|iant)\b|\byes\s*\/\s*no\b|\bmet\b/i],
  ['evidence', /\bevidence\b/i],
  ['commentary', /\bcomment(s|ary)?\b|\bexplanations?\b|\bnotes\b|\bactions?\b/i],
  ['provision', /\b(provision|section|ref(erence)?|clause|paragraph|para|no\.?)\b/i],
];

/** The kind of heading a label is, or undefined. */
export function labelKind(text: string): string | undefined {
  return KINDS.find(([, re]) => re.test(text))?.[0];
}

const isLabel = (text: string): boolean => text.length <= 60 && text.split(/\s+/).length <= 8;

/** At least three short labels of three different kinds, two of them requirement/comply/evidence. */
export function looksLikeHeader(labels: readonly string[]): boolean {
  if (!labels.every((l) => isLabel(l.trim()))) return false;
  const kinds = new Set(labels.map(labelKind).filter((k): k is string => k !== undefined));
  const core = ['requirement', 'comply', 'evidence'].filter((k) => kinds.has(k)).length;
  return labels.filter((l) => l.trim()).length >= 3 && kinds.size >= 3 && core >= 2;
}
