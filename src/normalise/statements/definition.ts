/**
 * The complaint definition a landlord quotes, against the Code's (the catalogue's `definition`): the elements
 * it leaves out, and whether it is an older version's wording. A sentence is read as a definition only when it
 * says so: "an expression of dissatisfaction ...", "we define a complaint as ...", "a complaint is ...".
 */
import type { CatalogueDefinition, CodeVersion } from '../../catalogue/types.js';

export interface DefinitionReading {
  /** Elements of the Code's definition the quoted one leaves out, by name. */
  missing: string[];
  /** The older version whose wording it quotes, if it does. */
  older?: CodeVersion;
}

/** The Code's own words for a complaint: a sentence with them quotes a definition. */
const CORE = /\bexpressions?\s+of\s+dis-?satisfaction\b/i;
/** A sentence that says it gives a definition: "we define a complaint as ...", "a complaint is defined as ...". */
const EXPLICIT =
  /\bdefin(?:e|es|ed)\s+(?:a\s+)?complaints?\s+as\b|\bcomplaints?\s+(?:is|are)\s+defined\s+as\b|\bdefinition\s+of\s+a\s+complaint\s+(?:is|as)\b/i;
/** "as set out in the Code", "as per the Ombudsman's definition": a reference, not a quotation. */
const REFERS_TO_CODE =
  /\bas\s+(?:per|in|set out in|defined (?:in|by)|given in|stated in)\s+(?:the\s+)?(?:housing\s+)?(?:code|ombudsman|hos\b|complaint handling code)/i;

/** Quoting a definition in order to say what is not a complaint is no definition of one. */
const NOT_A_DEFINITION = /\b(?:is|are)\s+not\s+(?:defined|treated|considered|classed)\s+as\s+(?:a\s+)?complaints?\b/i;

const normalise = (s: string): string =>
  s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

/**
 * The reading of a sentence that quotes a definition of a complaint; undefined when it quotes none. At the
 * definition's own provision (`atDefinition`) the Code's words suffice; elsewhere the sentence must say it
 * defines a complaint.
 */
export function readDefinition(
  sentence: string,
  definition: CatalogueDefinition,
  atDefinition: boolean,
): DefinitionReading | undefined {
  const quotes = EXPLICIT.test(sentence) || (atDefinition && CORE.test(sentence));
  if (!quotes || NOT_A_DEFINITION.test(sentence) || REFERS_TO_CODE.test(sentence)) return undefined;
  const text = normalise(sentence);
  const missing = definition.elements.filter((e) => !e.match.some((m) => text.includes(m))).map((e) => e.name);
  const older = definition.older?.match.some((m) => text.includes(m)) ? definition.older.version : undefined;
  return { missing, ...(older ? { older } : {}) };
}
