import type { Rule } from './types.js';

export const missingProvision: Rule = {
  id: 'missing-provision',
  severity: 'error',
  description: 'A provision of the Code version is absent from the form.',
  docs: {
    why: 'The Ombudsman expects the self-assessment to cover every provision of the form. A row left out reads as a provision the landlord has not assessed. Mandatory ("must") provisions are errors, best-practice ("should") ones warnings.',
    fix: 'Add a row for the provision, with its Comply answer, the evidence and any explanation.',
    example: 'A 2024 form whose section 6 table jumps from 6.13 to 6.15.',
  },
  group: {
    message: ({ count, ranges, sections }) => `${count} provisions of ${sections} are missing from the form: ${ranges}`,
    hint: 'the form may be cut short or published in parts; add a row for each (the JSON report lists them one by one)',
  },
  check(assessment, catalogue) {
    const present = new Set(assessment.provisions.map((p) => p.id));
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
