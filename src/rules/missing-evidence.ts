import type { Rule } from './types.js';
import { at, isTextQuestion, provisionIndex, rowNamer } from './helpers.js';

export const missingEvidence: Rule = {
  id: 'missing-evidence',
  severity: 'warning',
  description:
    'A Yes answer has no evidence at all (info when only the Evidence cell is empty but commentary is given).',
  docs: {
    why: 'Landlords must support every statement in the self-assessment with evidence (the 2024 form says so in its preamble). A bare "Yes" cannot be scrutinised.',
    fix: 'Name the evidence: the policy section, procedure, report or minutes that shows compliance.',
    example: '6.16 | Yes | (no evidence) | (no commentary)',
  },
  check(assessment, catalogue) {
    const name = rowNamer(assessment, catalogue);
    // Forms with no evidence column per row (the 2020 question form) cannot be asked for one.
    if (catalogue.evidence === 'none') return [];
    const index = provisionIndex(catalogue);
    return assessment.provisions
      .filter((r) => r.comply === 'yes' && index.has(r.id) && !isTextQuestion(index.get(r.id)))
      .filter((r) => r.evidence.trim() === '')
      .map((r) => {
        const explained = r.commentary.trim() !== '' || (r.rawAnswer ?? '').replace(/^\W*yes\W*/i, '').trim() !== '';
        return explained
          ? {
              provision: r.id,
              severity: 'info' as const,
              message: `${name(r.id)} is answered Yes with an empty Evidence cell (only commentary)`,
              hint: 'name the document that shows compliance in the Evidence column',
              ...at(r),
            }
          : {
              provision: r.id,
              message: `${name(r.id)} is answered Yes with no evidence`,
              hint: 'name the policy section, procedure, report or minutes that shows compliance',
              ...at(r),
            };
      });
  },
};
