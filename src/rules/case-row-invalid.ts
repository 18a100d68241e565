import type { Rule } from './types.js';

/**
 * Raised by `assess cases` (src/cases/), which measures a complaint log, not by inspecting an assessment:
 * registered here so that `assess explain case-row-invalid`, SARIF's rule table and the configuration know it.
 */
export const caseRowInvalid: Rule = {
  id: 'case-row-invalid',
  severity: 'warning',
  description:
    'A case-log row that cannot be used: malformed, or a date that is impossible, ambiguous, unreadable or out of order.',
  docs: {
    why: 'A row whose dates cannot be read cannot be measured; guessing (is 04/05 the 4th of May or the 5th of April?) would make the figures wrong without anyone knowing. Every such row is reported with its line and left out of the figures.',
    fix: 'Fix the row in the export: dates day-first (31/01/2025) or ISO (2025-01-31), the events in order, one field a column.',
    example: 'line 14: stage 1 response "31/02/2025": February 2025 has no day 31',
  },
  check() {
    return [];
  },
};
