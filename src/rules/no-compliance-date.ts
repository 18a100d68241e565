import type { Rule } from './types.js';
import { at, fallsShort, shortfallWords, rowNamer } from './helpers.js';
import { hasComplianceDate } from '../normalise/statements/compliance-date.js';
import { quoted } from '../util/text.js';

export const noComplianceDate: Rule = {
  id: 'no-compliance-date',
  severity: 'warning',
  description:
    'A No or Partial that is explained but gives no date or timescale for compliance (an error under the 2024 Code).',
  summaryColumn: 'no_compliance_dates',
  docs: {
    why: 'Where a landlord does not comply, the 2024 Code asks for the date by which it intends to, and the Ombudsman finds "No" and "Partial" answers with no action and no date. An explanation without a date is a promise nobody can hold the landlord to.',
    fix: 'Say what will be done and by when: "the policy will be amended by March 2025", "within the next quarter".',
    example: '6.11 | Partial | Extensions are not always agreed with the resident; we are reviewing this.',
  },
  check(assessment, catalogue) {
    const name = rowNamer(assessment, catalogue);
    // On the 2020 form a No falls short only where Yes is the compliant answer (fallsShort).
    return assessment.provisions.flatMap((r) => {
      if (!fallsShort(catalogue, r)) return [];
      const { explanation, documents } = shortfallWords(catalogue, r);
      // No explanation at all is unexplained-noncompliance's finding.
      if (explanation === '' || hasComplianceDate(explanation, documents)) return [];
      return [
        {
          provision: r.id,
          ...(catalogue.statutory === true ? { severity: 'error' as const } : {}),
          message: `${name(r.id)} is answered ${r.comply === 'no' ? 'No' : 'Partial'} with no date for compliance: ${quoted(explanation, 120)}`,
          hint: 'say what will be done and by when (a date or a timescale)',
          ...at(r),
        },
      ];
    });
  },
};
