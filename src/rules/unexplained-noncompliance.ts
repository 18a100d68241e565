import type { Rule } from './types.js';
import { at, rowNamer } from './helpers.js';

export const unexplainedNoncompliance: Rule = {
  id: 'unexplained-noncompliance',
  severity: 'error',
  description: 'A No or Partial answer has no explanation.',
  summaryColumn: 'unexplained_noncompliance',
  docs: {
    why: 'The Code requires an explanation wherever a requirement is not met: what the landlord does instead, and why, or what it will do and by when.',
    fix: 'Explain in the commentary why the provision is not (fully) met and what is being done about it.',
    example: '9.3 | Partial | Policy section 20.1 | (no commentary)',
  },
  check(assessment, catalogue) {
    const name = rowNamer(assessment, catalogue);
    // Forms with one combined "Evidence, commentary and any
    // explanations" column (2022) put the explanation in evidence.
    const combined = catalogue.evidence !== 'separate';
    return assessment.provisions
      .filter((r) => r.comply === 'no' || r.comply === 'partial')
      .filter((r) => {
        const extra = r.rawAnswer
          ? r.rawAnswer.replace(/^\W*(no|partial(ly)?|part(ly)?|not compliant|non[-\s]?compliant)\b\W*/i, '')
          : '';
        return r.commentary.trim() === '' && extra.trim() === '' && !(combined && r.evidence.trim() !== '');
      })
      .map((r) => ({
        provision: r.id,
        message: `${name(r.id)} is answered ${r.comply === 'no' ? 'No' : 'Partial'} with no explanation`,
        hint: 'explain in the commentary why it is not fully met and what will be done, by when',
        ...at(r),
      }));
  },
};
