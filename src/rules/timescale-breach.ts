import type { Rule } from './types.js';
import { describeDuration } from '../normalise/duration.js';
import { quoted } from '../util/text.js';

const KIND_WORDS = { acknowledge: 'acknowledgement', respond: 'response', extend: 'extension' } as const;

export const timescaleBreach: Rule = {
  id: 'timescale-breach',
  severity: 'error',
  description: 'A response window longer than the Code allows.',
  summaryColumn: 'timescale_breaches',
  docs: {
    why: 'A landlord may set shorter windows than the Code, never longer. A policy that gives itself 25 working days for a stage 2 response breaches the 20 the Code allows.',
    fix: 'Shorten the window in the policy (and the form) to the Code maximum or less.',
    example: 'commentary: "We respond to stage 2 complaints within 25 working days."',
  },
  check(assessment, catalogue) {
    return assessment.timescales.flatMap((t) => {
      const limit = catalogue.timescales.find((l) => l.key === `stage${t.stage}.${t.kind}`);
      if (!limit || t.duration.maxWorkingDays <= limit.workingDays) return [];
      const what = `stage ${t.stage} ${KIND_WORDS[t.kind]}`;
      const certain = t.duration.minWorkingDays > limit.workingDays;
      return [
        {
          ...(t.provision ? { provision: t.provision } : {}),
          message: `${what} window of ${describeDuration(t.duration)} ${certain ? 'exceeds' : 'can exceed'} the ${catalogue.name}'s ${limit.workingDays} working days${limit.provision ? ` (${limit.provision})` : ''}: ${quoted(t.quote, 100)}`,
          hint: `set the ${what} window to at most ${limit.workingDays} working days from ${limit.from}`,
          ...(t.location ? { location: t.location } : {}),
        },
      ];
    });
  },
};
