/**
 * Evidence that names no evidence: "Detailed in policy", "See above", "Yes", "In place". Such a cell tells the
 * Ombudsman nothing it can check. Only cells that are nothing but such words count: any document title,
 * section, page, date, figure or link is a citation, however short ("Complaints Policy", "s.4.2").
 */
const EMPTY_CITATIONS = [
  /^(?:see|as)\s+(?:above|below|previous(?:\s+(?:row|answer|response|section))?|earlier|before|overleaf)$/,
  /^(?:yes|no|y|n|n\/?a|ok|agreed|noted|complies|compliant|fully compliant|in place|done|confirmed|met|tbc|tba|ongoing)$/,
  /^(?:(?:this\s+is\s+)?(?:detailed|covered|included|stated|set out|outlined|referenced|contained|documented|evidenced|shown|explained|written|mentioned)\s+in\s+(?:the\s+|our\s+)?(?:policy|procedure|policies|procedures|documents?|guidance))$/,
  /^(?:(?:the\s+|our\s+)?(?:policy|procedure|policies|procedures|documents?|guidance)(?:\s+(?:covers|states|says|includes)\s+(?:this|it))?)$/,
  /^(?:as\s+per|see|refer to|in)\s+(?:the\s+|our\s+)?(?:policy|procedure|policies|procedures|guidance)$/,
  /^(?:we\s+(?:do|comply|meet\s+this|follow\s+this))$/,
];

export const normaliseEvidence = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[‘’“”"'`]/g, '')
    .replace(/[.,;:!]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Whether the evidence text is nothing but words that cite no document, section, page or link. */
export function citesNothing(evidence: string): boolean {
  const text = normaliseEvidence(evidence);
  if (text === '' || /\d|https?:|www\.|\.pdf\b/.test(text)) return false;
  return EMPTY_CITATIONS.some((re) => re.test(text));
}
