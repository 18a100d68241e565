/** Provision ids as forms print them: "6.14", "6.14.", "  6.14", "Provision 6.14", "6.14 (a)", "Q4.3". */

const PREFIX = String.raw`(?:(?:code\s+)?(?:provision|section|para(?:graph)?|clause|ref(?:erence)?)\s*(?:no\.?\s*)?)?`;
const CORE = String.raw`(q\s*)?(\d{1,2})\s*([.,])\s*(\d{1,3})(?![.,]?\d)`;
const SUFFIX = String.raw`\.?\s*(?:\(\s*[a-z]{1,3}\s*\)|[a-z](?![a-z]))?`;

const WHOLE = new RegExp(`^\\s*${PREFIX}${CORE}${SUFFIX}\\s*[.:]?\\s*$`, 'i');
const LEADING = new RegExp(`^\\s*${PREFIX}${CORE}${SUFFIX}(?=\\s|[.:–—-]|$)[\\s.:–—-]*`, 'i');

const tidy = (q: string | undefined, a: string, sep: string, b: string): string =>
  `${q ? 'Q' : ''}${Number(a)}${sep}${Number(b)}`;

/** The id when the whole cell is one, tidied; undefined otherwise. */
export function parseId(text: string): string | undefined {
  const m = WHOLE.exec(text.replace(/\s+/g, ' '));
  return m ? tidy(m[1], m[2] ?? '', m[3] ?? '.', m[4] ?? '') : undefined;
}

/** "6.14 Landlords must ..." → id "6.14" and the text after it; undefined when the text does not start with an id. */
export function splitLeadingId(text: string): { id: string; rest: string } | undefined {
  const trimmed = text.replace(/^\s+/, '');
  const m = LEADING.exec(trimmed);
  if (!m) return undefined;
  const rest = trimmed.slice(m[0].length);
  // "6.14" followed by a figure or a unit is a quantity, not an id ("1.5 days").
  if (/^(days?|weeks?|months?|years?|%|hours?)\b/i.test(rest)) return undefined;
  return { id: tidy(m[1], m[2] ?? '', m[3] ?? '.', m[4] ?? ''), rest };
}

/**
 * Id given to a row that matches no catalogue wording (the unknown-provision rule reports it): "Q3.?" (2020), "6.?".
 */
export const unmatchedId = (section: number | undefined, catalogue: { provisions: { id: string }[] }): string =>
  `${/^[A-Z]+/.exec(catalogue.provisions[0]?.id ?? '')?.[0] ?? ''}${section ?? '?'}.?`;
