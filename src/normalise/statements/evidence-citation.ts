/**
 * Whether a row's evidence cites anything a reader can check: a document by name, a section, paragraph or page,
 * or a link. The Ombudsman asks for evidence it can check; "Detailed in policy", "See above", "Yes", or a bare
 * account of practice ("We acknowledge all complaints within five days", "Went to board July 2022", "logged on
 * our housing system") cites nothing. A named document counts even without a section ("Included in the Annual
 * Report", "the tenancy management policy"); a system, a meeting, a team or a person does not, nor does a
 * document that is only planned ("the new policy will ...").
 *
 * Sentences worded as the Code itself (a form, or its PDF text, that puts the requirement beside the answer)
 * are not the landlord's evidence and are passed over.
 */
import { containment, wordSet } from '../../util/text.js';
import { proseSentences } from './sentences.js';

export const normaliseEvidence = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[‘’“”"'`]/g, '')
    .replace(/[.,;:!]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A web address, a domain or a file name. */
const LINK =
  /https?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:org|gov|co|com|net|ac|nhs|info)(?:\.uk)?\b|\.(?:pdf|docx?|xlsx?|html?)\b/i;

/**
 * A numbered place in a document: "section 3.2", "para 4", "page 6", "p. 6", "appendix 2", "minute 23/114", "item
 * 7", "appendix A", or a dotted number on its own ("Policy 6.2/6.3", "s.4.2", "EIA of 19.08.22"). A figure alone
 * ("within 10 days", "stage 2", "July 2022") is no citation.
 */
const REFERENCE =
  /\b(?:sections?|s\.|§|paragraphs?|paras?\.?|pages?|pp?\.|clauses?|appendix|appendices|annex(?:es)?|items?|chapters?|minutes?|schedule|article|ref(?:erence)?\.?)\s*(?:no\.?\s*)?\(?(?:\d|[ivx]+\b)|\b(?:appendix|annex)\s+[a-z]\b|\b\d+\.\d+/i;

/** What a landlord publishes and can be cited by name: its policy, its annual report, its leaflet. */
const DOCUMENT_NOUN =
  'policy|procedure|strategy|report|handbook|charter|leaflet|booklet|guide|guidance|guidelines|manual|plan|framework|protocol|script|assessment|statement|minutes|agreement|terms of reference|newsletter|code of conduct|standards|template|form|letter|notice|poster';

/**
 * Words before a document noun that do not name it: "the policy", "our procedure", "in the new policy", "the
 * relevant guidance". Any other word names it ("Complaints Policy", "compensation policy", "Annual Report",
 * "interviewer script", "persistent complainant's policy").
 */
const NOT_A_NAME = new Set(
  [
    'the our a an this that these those its their his her my your in into within of to per see as and or',
    'by on with for from under relevant current new revised updated draft proposed existing same above',
    'below each every all any appropriate separate written formal latest future next detailed covered',
    'included stated set out outlined contained documented referenced is are was were be been has have',
    'will would which whole full re regarding about usual standard generic general',
  ]
    .join(' ')
    .split(' '),
);

const DOCUMENT = new RegExp(`(?<![\\w-])(${DOCUMENT_NOUN})(?![\\w-])`, 'gi');

/** A document named by the word before its noun ("Customer Feedback policy", "Annual Report"). */
function namesADocument(text: string): boolean {
  for (const m of text.matchAll(DOCUMENT)) {
    const before = /([\p{L}][\p{L}’'&-]*)[\s(]*$/u.exec(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index));
    const word = (before?.[1] ?? '').toLowerCase().replace(/['’]s$/, '');
    if (word !== '' && !NOT_A_NAME.has(word)) return true;
  }
  return false;
}

/** Whether the text cites a named document, a numbered place in one, or a link. */
export const citesSomething = (text: string): boolean =>
  LINK.test(text) || REFERENCE.test(text) || namesADocument(text);

/** A sentence made of a Code provision's words (5 words or more, 85% of them the provision's). */
const wordedAsCode = (sentence: string, codeTexts: readonly Set<string>[]): boolean => {
  const words = wordSet(sentence);
  return words.size >= 5 && codeTexts.some((code) => containment(words, code) >= 0.85);
};

/**
 * Whether the evidence, apart from any sentence worded as the Code, says something and cites nothing. `codeTexts`:
 * the content words of the Code's provisions (its catalogue's texts).
 */
export function citesNothing(evidence: string, codeTexts: readonly Set<string>[] = []): boolean {
  if (normaliseEvidence(evidence) === '') return false;
  const own = proseSentences(evidence).filter((s) => !wordedAsCode(s, codeTexts));
  return own.length > 0 && !own.some(citesSomething);
}
