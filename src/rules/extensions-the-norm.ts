import type { Rule } from './types.js';

/**
 * Raised by `assess cases` (src/cases/), which measures a complaint log, not by inspecting an assessment:
 * registered here so that `assess explain extensions-the-norm`, SARIF's rule table and the configuration know it.
 */
export const extensionsTheNorm: Rule = {
  id: 'extensions-the-norm',
  severity: 'warning',
  description: 'Extensions were agreed on most cases of a stage (at least 5 cases and over half).',
  docs: {
    why: 'Extensions are for the exceptional case where a response cannot be given in time; used on most cases they become the real timescale, and the Ombudsman treats them as a sign the process is under-resourced.',
    fix: "Answer within the Code's window; review why extensions are needed and resource the stage.",
    example: 'stage 1 response: 34 of 52 cases (65%) had an extension',
  },
  check() {
    return [];
  },
};
