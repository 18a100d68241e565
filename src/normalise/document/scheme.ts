/**
 * Whose Code a document is a self-assessment against: the Housing Ombudsman's or the LGSCO's (Local Government and
 * Social Care Ombudsman's). Both number their provisions alike (the two Codes are aligned), so the scheme is told
 * first, from the ombudsman the document names and the wording only one scheme's catalogues recognise
 * (`recognise.phrases` and `headers`), and the version is then detected among that scheme's catalogues. A council's
 * Housing Ombudsman form may cite the LGSCO, and an LGSCO form may mention the Housing Ombudsman, so the LGSCO's
 * signals must far outweigh the Housing Ombudsman's.
 */
import type { Catalogue, Scheme } from '../../catalogue/types.js';
import type { DocumentModel } from '../../ingest/document.js';
import { forMatch, phraseCount, phrasesFound } from '../../util/text.js';

/** Names of each ombudsman, as documents print them (forMatch form). */
const NAMES: Record<Scheme, readonly string[]> = {
  hos: ['housing ombudsman'],
  lgsco: ['local government and social care ombudsman', 'local government ombudsman', 'lgsco', 'lgo org uk'],
};
/** The LGSCO's signals must be at least this many, and more than this many times the Housing Ombudsman's. */
const MIN_LGSCO = 3;
const OUTWEIGH = 2;

export interface SchemeSignals {
  /** The LGSCO named, and its catalogues' wording (each distinct phrase twice). */
  lgsco: number;
  /** The Housing Ombudsman named, and its catalogues' phrases found (those no LGSCO catalogue uses too). */
  hos: number;
}

/** Every text of the document, in forMatch form (lower case, no punctuation), padded with spaces. */
export function allText(doc: DocumentModel): string {
  const parts: string[] = [doc.title ?? ''];
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') parts.push(b.text);
    else for (const r of b.rows) for (const c of r.cells) parts.push(c.text);
  }
  return ` ${forMatch(parts.join(' '))} `;
}

/** Each catalogue's printed wording (its provisions and section titles) in forMatch form, made once. */
const printedText = new WeakMap<Catalogue, string>();
function printedOf(c: Catalogue): string {
  let text = printedText.get(c);
  if (text === undefined) {
    text = forMatch([...c.provisions.map((p) => p.text), ...c.sections.map((s) => s.title)].join(' | '));
    printedText.set(c, text);
  }
  return text;
}

/**
 * Each scheme's recognising wording, and the catalogues it was worked out from: the same for every document of a
 * run, and a search of every other catalogue's text for each phrase. Worked out again for other catalogues.
 */
const wordings = new Map<Scheme, { from: readonly Catalogue[]; wording: string[] }>();

/** A scheme's recognising wording (forMatch form), less what another scheme's catalogues also print. */
function wordingOf(scheme: Scheme, catalogues: Catalogue[]): string[] {
  const known = wordings.get(scheme);
  if (known && known.from.length === catalogues.length && known.from.every((c, i) => c === catalogues[i]))
    return known.wording;
  const wording = schemeWording(scheme, catalogues);
  wordings.set(scheme, { from: [...catalogues], wording });
  return wording;
}

function schemeWording(scheme: Scheme, catalogues: Catalogue[]): string[] {
  const mine = catalogues.filter((c) => c.scheme === scheme);
  const otherText = catalogues
    .filter((c) => c.scheme !== scheme)
    .map(printedOf)
    .join(' ');
  const needles = mine.flatMap((c) => [...c.recognise.phrases, ...c.recognise.headers]).map(forMatch);
  return [...new Set(needles)].filter((n) => n.length > 0 && !otherText.includes(n));
}

export function schemeSignals(text: string, catalogues: Catalogue[]): SchemeSignals {
  return {
    lgsco: phraseCount(text, NAMES.lgsco) + 2 * phrasesFound(text, wordingOf('lgsco', catalogues)),
    hos: phraseCount(text, NAMES.hos) + phrasesFound(text, wordingOf('hos', catalogues)),
  };
}

/** The scheme the signals point to: the LGSCO's when they far outweigh the Housing Ombudsman's. */
export const schemeOf = (s: SchemeSignals): Scheme =>
  s.lgsco >= MIN_LGSCO && s.lgsco > OUTWEIGH * s.hos ? 'lgsco' : 'hos';

/** Whose Code the document is a self-assessment against. */
export const documentScheme = (doc: DocumentModel, catalogues: Catalogue[]): Scheme =>
  schemeOf(schemeSignals(allText(doc), catalogues));
