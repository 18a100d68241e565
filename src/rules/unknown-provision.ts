import type { Rule } from './types.js';
import { at, isSectionForm, provisionIndex } from './helpers.js';
import { inIncompleteSection, sectionById } from '../catalogue/sections.js';

export const unknownProvision: Rule = {
  id: 'unknown-provision',
  severity: 'warning',
  description: 'A provision id that is not in the catalogue of the Code version.',
  docs: {
    why: 'An id the Code version does not have is usually a typo, a row from another version of the form, or a Code paragraph that is not a row of the self-assessment.',
    fix: 'Correct the id, or check that the form is for the right Code version (pass --code to force it).',
  },
  check(assessment, catalogue) {
    const index = provisionIndex(catalogue);
    const sections = isSectionForm(assessment, catalogue);
    return (
      assessment.provisions
        // a section's row on a form laid out by section; an id in a section the catalogue does not list whole
        .filter(
          (r) =>
            !index.has(r.id) && !(sections && sectionById(catalogue, r.id)) && !inIncompleteSection(catalogue, r.id),
        )
        .map((r) => ({
          provision: r.id,
          message: `provision ${r.id} is not a row of the ${catalogue.name} form`,
          hint: `correct the id, or check the form is for the ${catalogue.name}`,
          ...at(r),
        }))
    );
  },
};
