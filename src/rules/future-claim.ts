import type { Rule } from './types.js';
import { at, provisionIndex, rowSentences, sourceName, rowNamer } from './helpers.js';
import { futureClaim as readFutureClaim } from '../normalise/statements/claims.js';
import { quoted } from '../util/text.js';

export const futureClaim: Rule = {
  id: 'future-claim',
  severity: 'warning',
  description: 'A Yes that rests on something not yet in place.',
  summaryColumn: 'future_claims',
  docs: {
    why: 'A self-assessment says what is true now. The Ombudsman finds "Yes" answers resting on what "will be implemented from April", "the new policy will contain" or what is in place "once approved": until then the landlord does not comply.',
    fix: 'Answer Partial or No until it is in place, and give the date; answer Yes once it is, citing the document that shows it.',
    example:
      '3.2 | Yes | The new policy will contain our accessibility commitments and will be implemented from April.',
  },
  check(assessment, catalogue) {
    const name = rowNamer(assessment, catalogue);
    const index = provisionIndex(catalogue);
    return assessment.provisions.flatMap((r) => {
      if (r.comply !== 'yes') return [];
      const context = { requirements: [index.get(r.id)?.text, r.requirement] };
      for (const s of rowSentences(r)) {
        const claim = readFutureClaim(s.text, context);
        if (!claim) continue;
        return [
          {
            provision: r.id,
            message: `${name(r.id)} is answered Yes on something not yet in place (${sourceName(s.source)}: "${claim.phrase}"): ${quoted(s.text, 120)}`,
            hint: 'answer Partial or No with the date it will be in place; answer Yes once it is',
            ...at(r),
          },
        ];
      }
      return [];
    });
  },
};
