import type { Rule } from './types.js';

/**
 * Raised by `assess cases` (src/cases/), which measures a complaint log, not by inspecting an assessment:
 * registered here so that `assess explain extension-too-long`, SARIF's rule table and the configuration know it.
 */
export const extensionTooLong: Rule = {
  id: 'extension-too-long',
  severity: 'warning',
  description: 'An extension agreed for longer than the Code allows.',
  docs: {
    why: "The 2024 Code allows a stage 1 response to be extended by no more than 10 working days and a stage 2 response by no more than 20, without good reason (6.4, 6.15). Only the Code's maximum is counted as extension time.",
    fix: "Keep extensions within the Code's maximum, or record the good reason; the case is measured as if the extension were the Code's maximum.",
    example: 'REF-7: stage 1 extension of 15 working days, more than the 10 the 2024 Code allows (6.4)',
  },
  check() {
    return [];
  },
};
