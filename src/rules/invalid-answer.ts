import type { Rule } from './types.js';
import { at, isTextQuestion, provisionIndex, rowNamer } from './helpers.js';
import { quoted } from '../util/text.js';

export const invalidAnswer: Rule = {
  id: 'invalid-answer',
  severity: 'error',
  description: 'The Comply answer is not Yes, No, Partial or N/A.',
  docs: {
    why: 'Answers such as "*****", "Comply" or a "Yes/No" prompt left in place do not say whether the landlord complies.',
    fix: 'Replace the answer with Yes, No, Partial or N/A, and move any explanation to the commentary.',
    example: 'comply: "*****"',
  },
  check(assessment, catalogue) {
    const name = rowNamer(assessment, catalogue);
    const index = provisionIndex(catalogue);
    return assessment.provisions
      .filter((r) => r.comply === undefined && r.rawAnswer !== undefined && !isTextQuestion(index.get(r.id)))
      .map((r) => ({
        provision: r.id,
        message: `${name(r.id)} answer ${quoted(r.rawAnswer ?? '', 60)} is not Yes, No, Partial or N/A`,
        hint: 'answer Yes, No, Partial or N/A and put any explanation in the commentary',
        ...at(r),
      }));
  },
};
