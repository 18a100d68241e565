import type { Rule } from './types.js';
import { obligationOf } from '../catalogue/sections.js';
import { isSectionForm } from './helpers.js';

export const missingProvision: Rule = {
  id: 'missing-provision',
  severity: 'error',
  description: 'A provision of the Code version is absent from the form.',
  docs: {
    why: 'The Ombudsman expects the self-assessment to cover every provision of the form. A row left out reads as a provision the landlord has not assessed. Mandatory ("must") provisions are errors, best-practice ("should") ones warnings (every provision of the LGSCO\'s Code is "should"). A form laid out one row per Code section (councils\' LGSCO self-assessments) must have a row for each section instead.',
    fix: 'Add a row for the provision, with its Comply answer, the evidence and any explanation.',
    example: 'A 2024 form whose section 6 table jumps from 6.13 to 6.15.',
  },
  group: {
    message: ({ count, ranges, sections }) => `${count} provisions of ${sections} are missing from the form: ${ranges}`,
    hint: 'the form may be cut short or published in parts; add a row for each (the JSON report lists them one by one)',
  },
  check(assessment, catalogue) {
    const present = new Set(assessment.provisions.map((p) => p.id));
    if (isSectionForm(assessment, catalogue)) {
      return catalogue.sections
        .filter((s) => !present.has(String(s.number)))
        .map((s) => {
          const obligation = obligationOf(catalogue, String(s.number)) ?? 'should';
          return {
            provision: String(s.number),
            severity: obligation === 'must' ? 'error' : 'warning',
            message: `section ${s.number} (${s.title}) is missing from the form`,
            hint: `add a row for section ${s.number}, "${s.title}", with its answer and explanation`,
          };
        });
    }
    return catalogue.provisions
      .filter((p) => !present.has(p.id))
      .map((p) => ({
        provision: p.id,
        severity: p.obligation === 'must' ? 'error' : 'warning',
        message: `provision ${p.id} (${p.obligation}) is missing from the form`,
        hint: `add a row for ${p.id}: "${p.text.length > 80 ? `${p.text.slice(0, 79)}…` : p.text}"`,
      }));
  },
};
