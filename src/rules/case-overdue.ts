import type { Rule } from './types.js';

/**
 * Raised by `assess cases` (src/cases/), which measures a complaint log, not by inspecting an assessment:
 * registered here so that `assess explain case-overdue`, SARIF's rule table and the configuration know it.
 */
export const caseOverdue: Rule = {
  id: 'case-overdue',
  severity: 'warning',
  description: 'A case still open after its window has ended, as of --as-of.',
  docs: {
    why: 'An open case past its window is already late: it will be reported as such when it is answered, and the resident is waiting now.',
    fix: "Respond, or agree an extension within the Code's maximum and keep the resident informed (2024 Code 5.9).",
    example: 'REF-124: stage 1 response still open after 14 working days (limit 10)',
  },
  check() {
    return [];
  },
};
