import { SCHEME_NAMES } from '../catalogue/types.js';
import type { Rule } from './types.js';

/**
 * A form of one ombudsman's Code checked against the other's catalogue: the Housing Ombudsman's and the LGSCO's
 * Codes number their provisions alike, so the rows would read and every other rule would run, but its findings
 * would be about the wrong Code. The scheme the form shows is its detection's (a YAML's declared version's scheme,
 * or what a document names and how it is worded).
 */
export const wrongScheme: Rule = {
  id: 'wrong-scheme',
  severity: 'error',
  description: "A form of one ombudsman's Complaint Handling Code checked against the other's.",
  docs: {
    why: "The Housing Ombudsman's Code (social landlords) and the LGSCO's (councils) are separate but aligned: they share sections and most provision numbers, so a form of one reads as the other's and could pass without a word. Its findings then hold it to requirements it does not claim to meet, and miss those it does.",
    fix: "Check the form against its own Code: leave out --code (and the configuration's `code`) to detect it, or pass a version of its scheme (`assess codes` lists them). A council assessing both publishes two forms; check each against its own Code.",
    example: 'assess check council-lgsco.docx --code 2024',
  },
  check(assessment, catalogue) {
    const shown = assessment.detection.scheme;
    if (shown === undefined || shown === catalogue.scheme) return [];
    return [
      {
        message: `this is a self-assessment against ${SCHEME_NAMES[shown]} Complaint Handling Code, checked against the ${catalogue.name}, which is ${SCHEME_NAMES[catalogue.scheme]}: its findings are about the wrong Code`,
        hint: 'check it against its own Code: leave out --code to detect it, or pass one of its versions (`assess codes` lists them)',
      },
    ];
  },
};
