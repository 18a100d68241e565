import type { Rule } from './types.js';

export const blankCopy: Rule = {
  id: 'blank-copy',
  severity: 'info',
  description: 'A blank copy of the form, printed beside the filled one, was left out.',
  docs: {
    why: 'A report to the governing body often carries the blank form as one appendix and the completed form as another. Read as it stands, the blank copy would be a second, unanswered row for every provision; it is left out only when every one of its provisions is answered elsewhere in the document, and this says so, so nobody wonders where a table went.',
    fix: 'Nothing to fix. If the table was meant to be part of the assessment, fill it in; if it is a leftover template, remove it from the published document.',
  },
  check(assessment) {
    return (assessment.leftOut ?? []).map((t) => ({
      message: `left out ${t.rows} unanswered rows: ${t.reason}`,
      hint: 'remove the blank template from the published document, or fill it in if it belongs to the assessment',
      ...(t.location ? { location: t.location } : {}),
    }));
  },
};
