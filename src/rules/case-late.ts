import type { Rule } from './types.js';

/**
 * Raised by `assess cases` (src/cases/), which measures a complaint log, not by inspecting an assessment:
 * registered here so that `assess explain case-late`, SARIF's rule table and the configuration know it.
 */
export const caseLate: Rule = {
  id: 'case-late',
  severity: 'error',
  description: "A case answered after the Code's window (and after any extension the Code allows).",
  docs: {
    why: "The Code's timescales are limits, not targets: a self-assessment that says they are met is only as true as the case log behind it, and the Ombudsman reads both.",
    fix: "Answer within the window or agree an extension with the resident before it ends (within the Code's maximum). If the log is wrong, correct the dates; if the practice is, say so in the self-assessment with a date for compliance.",
    example: 'REF-123: stage 2 response took 27 working days (limit 20)',
  },
  check() {
    return [];
  },
};
