import type { Rule } from './types.js';
import { at, isAnswered, provisionIndex, rowNamer } from './helpers.js';

export const missingAnswer: Rule = {
  id: 'missing-answer',
  severity: 'error',
  description: 'A provision has no Comply answer.',
  summaryColumn: 'missing_answers',
  docs: {
    why: 'Every row of the self-assessment must say whether the landlord complies. A blank answer leaves the governing body and the Ombudsman to guess.',
    fix: 'Write Yes, No, Partial or N/A in the Comply column. In a PDF a blank may be a merged cell: check the row above.',
  },
  check(assessment, catalogue) {
    const name = rowNamer(assessment, catalogue);
    const index = provisionIndex(catalogue);
    return assessment.provisions
      .filter((r) => index.has(r.id) && r.rawAnswer === undefined && !isAnswered(r, index.get(r.id)))
      .map((r) => ({
        provision: r.id,
        message: `${name(r.id)} has no Comply answer`,
        hint: `write Yes, No, Partial or N/A in the Comply column${assessment.format === 'pdf' ? ' (if the cell looks merged with the row above in the PDF, answer each row on its own)' : ''}`,
        ...at(r),
      }));
  },
};
