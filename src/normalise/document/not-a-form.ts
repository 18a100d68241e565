/**
 * Why a readable document gave no provisions: what it looks like instead, so the message says whether the file is
 * the wrong document or a Housing Ombudsman form whose layout could not be read. In order:
 * - a complaints policy or procedure (its title or headings say so, and not "self-assessment");
 * - a self-assessment against the LGSCO's (Local Government and Social Care Ombudsman's) Complaint Handling Code
 *   whose rows could not be read: the LGSCO named, or its catalogue's wording ("an individual or group of
 *   individuals"), more than the Housing Ombudsman (scheme.ts);
 * - the Housing Ombudsman's Code itself: paragraphs that print a provision id and the Code's wording for it, with no
 *   answers;
 * - a Housing Ombudsman self-assessment that could not be read (its phrases, labels or name are there);
 * - anything else.
 * Every case is the failure code `not-a-form`; only the message differs.
 */
import { failed, type Failed } from '../../failure/failure.js';
import type { Catalogue } from '../../catalogue/types.js';
import type { DocumentModel } from '../../ingest/document.js';
import { forMatch, phraseCount, phrasesFound } from '../../util/text.js';
import { splitLeadingId } from './ids.js';
import { ownMatch } from './match-text.js';
import { allText, schemeSignals } from './scheme.js';

const HO_NAMES = ['housing ombudsman'];
/** Words that mark a Housing Ombudsman self-assessment even when its rows cannot be read. */
const HO_FORM_WORDING = [
  'complaint handling code',
  'self assessment',
  'code provision',
  'code requirement',
  'comply yes no',
  'evidence commentary and any explanations',
  'commentary explanation',
];

/** A text that names itself a complaints policy or procedure. */
const POLICY_TITLE =
  /\b(complaints?|feedback|compliments?)\b.*\b(policy|procedure|process)\b|\b(policy|procedure)\b.*\bcomplaints?\b/;
const SELF_ASSESSMENT = /\bself assessment\b/;
/** How many paragraphs of the document's opening may be its title, and how long a title is at most. */
const HEAD_PARAGRAPHS = 3;
const TITLE_LENGTH = 120;
/** Paragraphs printing the Code's provisions with its wording: at least this many make the Code's text. */
const MIN_CODE_PARAGRAPHS = 3;
/** A printed text this close to a provision's wording is that provision's. */
const CODE_WORDING = 0.5;

/** The title, the top headings and the short lines that open it: where a document says what it is. */
function headText(doc: DocumentModel): string {
  const paragraphs = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : []));
  const heads = [
    doc.title ?? '',
    ...paragraphs
      .slice(0, HEAD_PARAGRAPHS)
      .filter((p) => p.text.length <= TITLE_LENGTH)
      .map((p) => p.text),
    ...paragraphs.filter((p) => p.heading !== undefined && p.heading <= 2).map((p) => p.text),
  ];
  return forMatch(heads.join(' \n '));
}

/** Catalogue versions whose wording at least MIN_CODE_PARAGRAPHS paragraphs print beside the provision's id. */
function codeTextVersion(doc: DocumentModel, catalogues: Catalogue[]): string | undefined {
  const hits = new Map<string, number>();
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    const lead = splitLeadingId(b.text);
    if (!lead) continue;
    for (const c of catalogues) {
      if ((ownMatch(lead.id, lead.rest, c) ?? 0) >= CODE_WORDING) hits.set(c.version, (hits.get(c.version) ?? 0) + 1);
    }
  }
  const [best] = [...hits].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]));
  return best && best[1] >= MIN_CODE_PARAGRAPHS ? best[0] : undefined;
}

interface Signals {
  text: string;
  saw: string;
  selfAssessment: boolean;
  /** The LGSCO named, and its Code's own wording. */
  lgsco: number;
  /** The Housing Ombudsman named, and its forms' phrases. */
  hos: number;
  named: number;
  phrases: number;
}

function signals(doc: DocumentModel, catalogues: Catalogue[]): Signals {
  const tables = doc.blocks.filter((b) => b.kind === 'table').length;
  const text = allText(doc);
  return {
    text,
    saw: `saw ${tables} tables, ${doc.blocks.length - tables} paragraphs`,
    selfAssessment: SELF_ASSESSMENT.test(headText(doc)),
    ...schemeSignals(text, catalogues),
    named: phraseCount(text, HO_NAMES),
    phrases: phrasesFound(text, [
      ...new Set(catalogues.filter((c) => c.scheme === 'hos').flatMap((c) => c.recognise.phrases.map(forMatch))),
    ]),
  };
}

function lgscoFailure(s: Signals): Failed {
  const what = s.selfAssessment || s.text.includes(' do we follow the code ') ? 'a self-assessment against ' : '';
  return failed(
    'not-a-form',
    `this looks like ${what}the LGSCO's (Local Government and Social Care Ombudsman's) Complaint Handling Code, but no provision or section with its answer could be read from its layout (${s.saw})`,
  );
}

/** The `not-a-form` failure for a document in which no provision was found, saying what it looks like. */
export function notAForm(doc: DocumentModel, catalogues: Catalogue[]): Failed {
  const s = signals(doc, catalogues);
  const { saw } = s;

  if (POLICY_TITLE.test(headText(doc)) && !s.selfAssessment) {
    return failed(
      'not-a-form',
      `this looks like a complaints policy, not a self-assessment form: no provisions with Comply answers found (${saw})`,
    );
  }

  if (s.lgsco >= 2 && s.lgsco > s.hos) return lgscoFailure(s);

  const code = codeTextVersion(doc, catalogues);
  if (code) {
    return failed(
      'not-a-form',
      `this looks like the text of the Housing Ombudsman's ${code} Complaint Handling Code, not a self-assessment form: its provisions are printed with no answers (${saw})`,
    );
  }

  // Named, or worded like a form of the Code (one phrase alone, "best practice", is anybody's).
  if (s.named > 0 || s.phrases >= 2 || phrasesFound(s.text, HO_FORM_WORDING) >= 2) {
    return failed(
      'not-a-form',
      `no Housing Ombudsman provisions found: the document looks like a Complaint Handling Code self-assessment, but no provision with its answer could be read from its layout (${saw})`,
    );
  }
  return failed(
    'not-a-form',
    `no Housing Ombudsman provisions found (${saw}): this does not look like a Complaint Handling Code self-assessment`,
  );
}
