import type { Rule } from './types.js';
import { quoted } from '../util/text.js';

export const stageCount: Rule = {
  id: 'stage-count',
  severity: 'error',
  description: 'More complaint stages than the Code version allows.',
  docs: {
    why: 'The 2024 Code allows exactly two stages; the 2020 and 2022 Codes two, a third only with reasons, and never more than three. Extra stages make the process unduly long and delay access to the Ombudsman.',
    fix: 'Reduce the process to the stages the Code allows (two under the 2024 Code).',
  },
  check(assessment, catalogue) {
    const { expected, max, extraNeedsReasons, provision } = catalogue.stages;
    return assessment.stageCounts.flatMap((s) => {
      const where = {
        ...(s.provision ? { provision: s.provision } : {}),
        ...(s.location ? { location: s.location } : {}),
      };
      if (s.count > max) {
        return [
          {
            ...where,
            message: `a ${s.count}-stage process is more than the ${catalogue.name} allows (${max === expected ? `exactly ${max}` : `at most ${max}`}, ${provision}): ${quoted(s.quote, 100)}`,
            hint: `reduce the complaints process to ${expected} stages`,
          },
        ];
      }
      if (s.count > expected && extraNeedsReasons) {
        return [
          {
            ...where,
            severity: 'info' as const,
            message: `a ${s.count}-stage process: the ${catalogue.name} allows a third stage only with reasons set out in the self-assessment (${provision}): ${quoted(s.quote, 100)}`,
            hint: 'set out why the third stage is necessary, or move to two stages',
          },
        ];
      }
      return [];
    });
  },
};
