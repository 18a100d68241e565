/**
 * The complaint definition a landlord quotes, against the Code's (the catalogue's `definition`): the elements
 * it leaves out, and whether it is an older version's wording. A sentence is read as a definition only when it
 * presents one: "we define a complaint as ...", "a complaint is an expression of dissatisfaction ...",
 * "Policy 6.2: 'An expression of dissatisfaction ...'". Words that only use the phrase ("staff are trained to
 * recognise an expression of dissatisfaction", "any expression of dissatisfaction is treated as a complaint")
 * quote no definition. A definition may run on into the next sentences of the same cell, so the elements are
 * looked for there too.
 */
import type { CatalogueDefinition, CodeVersion } from '../../catalogue/types.js';

export interface DefinitionReading {
  /** Elements of the Code's definition the quoted one leaves out, by name. */
  missing: string[];
  /** The older version whose wording it quotes, if it does. */
  older?: CodeVersion;
}

/** The Code's own words for a complaint. */
const CORE = /\b(?:an?\s+|any\s+)?expressions?\s+of\s+dis-?satisfaction\b/i;
/**
 * The same in the singular, as a definition of "a complaint" opens: a sentence opening "Expressions of
 * dissatisfaction with Government policies ..." lists what is not one.
 */
const CORE_ONE = /\b(?:an?\s+|any\s+)?expression\s+of\s+dis-?satisfaction\b/i;
/** A sentence that says it gives a definition: "we define a complaint as ...", "a complaint is defined as ...". */
const EXPLICIT =
  /\bdefin(?:e|es|ed)\s+(?:a\s+)?complaints?\s+as\b|\bcomplaints?\s+(?:is|are)\s+defined\s+as\b|\bdefinitions?\s+of\s+(?:a\s+)?complaints?\s*(?:is|as|:|-|–)|\b(?:says|states|defines|sets out)\s+(?:that\s+)?an?\s+complaint\s+(?:is|means)\s*[:"'“‘]/i;
/** "A complaint is an expression of dissatisfaction", "a complaint means any expression of dissatisfaction". */
const COMPLAINT_IS = new RegExp(
  `\\bcomplaints?\\s+(?:is|are|means?|shall mean|is described as|is regarded as)\\s*[:"'“‘]*\\s*${CORE.source}`,
  'i',
);
/** Opening a quotation or a policy extract: "'An expression ...", "6.2. An expression ...", "Definition: an ...". */
const OPENS_WITH = new RegExp(
  `^[\\s"'“‘(]*(?:(?:policy\\s+)?(?:section\\s+|s\\.?\\s*|para(?:graph)?\\s+)?\\d+(?:\\.\\d+)*\\.?\\s*[:\\-–]?\\s*)?(?:definition\\s*[:\\-–]\\s*)?[\\s"'“‘]*${CORE_ONE.source}`,
  'i',
);
/** A quotation mark or a "definition" label directly before the Code's words. */
const QUOTED = new RegExp(
  `(?:["“‘]|'(?=\\s*an?\\b)|\\bdefinition\\b[^.]{0,40}?[:\\-–]\\s*["'“‘]?)\\s*${CORE_ONE.source}`,
  'i',
);

/** "as set out in the Code", "as per the Ombudsman's definition": a reference, not a quotation. */
const REFERS_TO_CODE =
  /\bas\s+(?:per|in|set out in|defined (?:in|by)|given in|stated in)\s+(?:the\s+)?(?:housing\s+)?(?:code|ombudsman|hos\b|complaint handling code)/i;

/** Quoting a definition in order to say what is not a complaint is no definition of one. */
const NOT_A_DEFINITION =
  /\b(?:is|are)\s+not\s+(?:defined|treated|considered|classed|regarded|dealt with)\s+as\s+(?:a\s+)?complaints?\b|\b(?:is|are)\s+not\s+(?:a\s+)?complaints?\b|\b(?:will|would)\s+not\s+be\s+(?:treated|considered|classed|regarded|dealt with)\s+as\s+(?:a\s+)?complaints?\b/i;

const normalise = (s: string): string =>
  s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

/** "Our definition of a complaint is set out in section 3", "... is in line with the Code": where, not what. */
const POINTS_ELSEWHERE =
  /\b(?:is|are)\s+(?:set out|found|given|contained|included|stated|detailed|shown|published|available)\s+(?:in|at|on|within)\b|\b(?:is|are)\s+(?:the same as|consistent with|in line with|aligned with|in accordance with|taken from)\b|\b(?:mirrors|matches|follows|uses|adopts|reflects)\b|\b(?:code['’]s|ombudsman['’]s)\s+definition\b/i;

/** What the landlord does with an expression of dissatisfaction: "... is treated as a complaint and logged". */
const PRACTICE = new RegExp(
  `${CORE.source}[^.;]*?\\b(?:is|are|will be|must be|should be|can be)\\s+(?:always\\s+)?(?:treated|logged|recorded|handled|dealt with|considered|regarded|accepted|taken|raised|made)\\b`,
  'i',
);

/** Whether a sentence presents a definition of a complaint (at the definition's own provision, `atDefinition`). */
function presentsDefinition(sentence: string, atDefinition: boolean): boolean {
  if (!CORE.test(sentence)) return EXPLICIT.test(sentence) && !POINTS_ELSEWHERE.test(sentence);
  if (EXPLICIT.test(sentence) || COMPLAINT_IS.test(sentence)) return true;
  if (!atDefinition) return false;
  if (QUOTED.test(sentence)) return true;
  return OPENS_WITH.test(sentence) && !PRACTICE.test(sentence);
}

/**
 * The reading of a sentence that quotes a definition of a complaint; undefined when it quotes none. At the
 * definition's own provision (`atDefinition`) a quotation or extract of the Code's words suffices; elsewhere
 * the sentence must say that it defines a complaint. `following` is the rest of the cell after the sentence.
 */
export function readDefinition(
  sentence: string,
  definition: CatalogueDefinition,
  atDefinition: boolean,
  following = '',
): DefinitionReading | undefined {
  if (!presentsDefinition(sentence, atDefinition)) return undefined;
  if (NOT_A_DEFINITION.test(sentence) || REFERS_TO_CODE.test(sentence)) return undefined;
  const text = normalise(`${sentence} ${following}`);
  const missing = definition.elements.filter((e) => !e.match.some((m) => text.includes(m))).map((e) => e.name);
  const older = definition.older?.match.some((m) => text.includes(m)) ? definition.older.version : undefined;
  return { missing, ...(older ? { older } : {}) };
}
