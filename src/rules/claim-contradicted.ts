import type { Rule } from './types.js';
import { at, provisionIndex, rowSentences, sourceName } from './helpers.js';
import { contradiction } from '../normalise/statements/claims.js';
import { quoted } from '../util/text.js';

export const claimContradicted: Rule = {
  id: 'claim-contradicted',
  severity: 'warning',
  description: 'A Yes whose own evidence or commentary says the requirement is not met.',
  summaryColumn: 'claims_contradicted',
  docs: {
    why: 'The Ombudsman\'s compliance checks find "Yes" answers that the landlord\'s own words take back: "the policy does not currently state this", "will need to be changed", "we do not yet". A governing body that approves such a form has approved a claim its own evidence denies.',
    fix: 'Answer Partial or No, explain what is missing, and give the action and the date by which it will be met; or change the policy first and cite the section that now meets the requirement.',
    example:
      '1.3 | Yes | Complaints policy | The policy does not currently state that complaints can be made by a third party.',
  },
  check(assessment, catalogue) {
    const index = provisionIndex(catalogue);
    return assessment.provisions.flatMap((r) => {
      if (r.comply !== 'yes') return [];
      const context = { requirements: [index.get(r.id)?.text, r.requirement] };
      for (const s of rowSentences(r)) {
        const admitted = contradiction(s.text, context);
        if (!admitted) continue;
        return [
          {
            provision: r.id,
            message: `provision ${r.id} is answered Yes but ${sourceName(s.source)} says it is not met ("${admitted.phrase}"): ${quoted(s.text, 120)}`,
            hint: 'answer Partial or No with the action and date, or cite the evidence that now meets it',
            ...at(r),
          },
        ];
      }
      return [];
    });
  },
};
