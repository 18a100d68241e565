import type { Rule } from './types.js';

/**
 * Raised by `assess cases --form` (src/cases/), which sets a form's answers against a complaint log: registered
 * here so that `assess explain claim-contradicted-by-cases`, SARIF's rule table and the configuration know it.
 */
export const claimContradictedByCases: Rule = {
  id: 'claim-contradicted-by-cases',
  severity: 'error',
  description:
    'The self-assessment answers Yes to a timescale provision that the case log shows is not met (over 10% of its cases late or overdue).',
  docs: {
    why: "A Yes to 6.14 (stage 2 responses within 20 working days) is a claim of fact about the landlord's practice; the case log is the evidence for or against it.",
    fix: 'Answer No or Partial with the figure and a date for compliance, or correct the log if it is wrong.',
    example: '6.14 answered Yes, but 18 of 60 stage 2 responses (30%) were late',
  },
  check() {
    return [];
  },
};
