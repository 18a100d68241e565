import type { Rule } from './types.js';
import { at, rowNamer } from './helpers.js';

export const needsReview: Rule = {
  id: 'needs-review',
  severity: 'info',
  description:
    'A provision carries a review note: its answer was carried over from another version and wants reading again.',
  docs: {
    why: '`assess migrate` carries a form forward to a newer Code version. Where a provision maps one-to-one and its wording did not change materially, the answer stands; where rows were merged or split, or the requirement changed (a should that became a must, a window counted from another event), the old answer was copied with a `review:` note saying where from and what changed. Each such row is listed until the note is removed.',
    fix: "Read the answer, evidence and commentary against this version's requirement, correct them, then delete the row's `review:` line.",
    example:
      'review: "carried over from 2022 5.13 (split into 6.14 and 6.15): the stage 2 response ... is now counted from the acknowledgement"',
  },
  check(assessment, catalogue) {
    const name = rowNamer(assessment, catalogue);
    return assessment.provisions
      .filter((r) => r.review)
      .map((r) => ({
        provision: r.id,
        message: `${name(r.id)} is marked for review: ${r.review ?? ''}`,
        hint: "check the answer against this version's requirement, then delete the review: line",
        ...at(r),
      }));
  },
};
