import type { Rule } from './types.js';
import { quoted } from '../util/text.js';

export const extraStage: Rule = {
  id: 'extra-stage',
  severity: 'warning',
  description: 'A named extra stage such as "stage 0", "informal complaint" or "pre-complaint".',
  docs: {
    why: 'The Code says extra named stages cause unnecessary confusion and delay; early resolution belongs inside stage 1.',
    fix: 'Remove the extra stage: log the complaint at stage 1 and resolve it early there.',
  },
  check(assessment, catalogue) {
    return assessment.extraStages.map((s) => ({
      ...(s.provision ? { provision: s.provision } : {}),
      message: `names an extra stage "${s.name}"${catalogue.extraStageProvision ? ` (the Code says not to, ${catalogue.extraStageProvision})` : ''}: ${quoted(s.quote, 100)}`,
      hint: 'log it as a stage 1 complaint and resolve it early within stage 1',
      ...(s.location ? { location: s.location } : {}),
    }));
  },
};
