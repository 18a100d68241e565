/**
 * Evidence that names no evidence: "Detailed in policy", "See above", "Yes", "In place". Such a cell tells the
 * Ombudsman nothing it can check. Only cells that are nothing but such words count: any document title,
 * section, page, date, figure or link is a citation, however short ("Complaints Policy", "s.4.2").
 */
const EMPTY_CITATIONS = [
  /^(?:see|as|refer to)\s+(?:above|below|previous(?:\s+(?:row|answer|response|section))?|earlier|before|overleaf)$/,
  /^(?:as\s+)?(?:stated|detailed|set out|mentioned|noted|explained|described|outlined|per)\s+(?:above|below|previously|earlier)$/,
  /^(?:yes|no|y|n|n\/?a|ok|agreed|noted|complies|compliant|fully compliant|in place|done|confirmed|met|tbc|tba|ongoing)$/,
  /^(?:(?:this\s+is\s+|all\s+|fully\s+)?(?:detailed|covered|included|stated|set out|outlined|referenced|contained|documented|evidenced|shown|explained|written|mentioned|reflected)\s+(?:in|within)\s+(?:the\s+|our\s+)?(?:policy|procedure|policies|procedures|documents?|guidance)(?:\s+(?:and|&)\s+(?:policy|procedure|guidance))?)$/,
  /^(?:(?:the\s+|our\s+)?(?:policy|procedure|policies|procedures|documents?|guidance)(?:\s+(?:and|&)\s+(?:policy|procedure|guidance))?(?:\s+(?:covers|states|says|includes)\s+(?:this|it))?)$/,
  /^(?:as\s+per|see|refer to|in|within)\s+(?:the\s+|our\s+)?(?:policy|procedure|policies|procedures|guidance)(?:\s+(?:and|&)\s+(?:policy|procedure|guidance))?$/,
  /^(?:we\s+(?:do|comply|meet\s+this|follow\s+this))$/,
];

export const normaliseEvidence = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[‘’“”"'`]/g, '')
    .replace(/[.,;:!]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** "Yes - see above", "Yes, detailed in policy": the answer repeated before the evidence. */
const LEADING_ANSWER = /^(?:yes|y|compliant|complies)\s*[-–—,:;.]\s*/;

/** Whether the evidence text is nothing but words that cite no document, section, page or link. */
export function citesNothing(evidence: string): boolean {
  const text = normaliseEvidence(evidence);
  if (text === '' || /\d|https?:|www\.|\.pdf\b/.test(text)) return false;
  const rest = text.replace(LEADING_ANSWER, '');
  return EMPTY_CITATIONS.some((re) => re.test(text) || (rest !== text && rest !== '' && re.test(rest)));
}
