import { catalogueWords, provisionWords } from '../catalogue/words.js';
import type { Rule, RuleResult } from './types.js';
import { at, provisionIndex } from './helpers.js';
import { clip, containment, wordSet } from '../util/text.js';

/** Below this share of the printed words found in the provision's own text, the row is suspect. */
const OWN_LOW = 0.5;
/** At or above this share found in another provision's text, the row is that provision's. */
const OTHER_HIGH = 0.8;
/** Printed texts shorter than this (in distinct content words) are too short to judge. */
const MIN_WORDS = 6;

export const requirementMismatch: Rule = {
  id: 'requirement-mismatch',
  severity: 'warning',
  description: "The requirement text printed for a row is another provision's, or another version's.",
  docs: {
    why: 'A row copied from the row above, or a form built from an older Code, answers a different requirement from the one its id names, so the answer cannot be relied on.',
    fix: "Replace the row's requirement text with the provision's own wording from the current form, and re-check the answer against it.",
  },
  check(assessment, catalogue) {
    const index = provisionIndex(catalogue);
    const out: RuleResult[] = [];
    for (const r of assessment.provisions) {
      const own = provisionWords(catalogue, r.id)?.words;
      // a provision whose text the catalogue has only in part cannot be told from another's
      if (!own || !r.requirement || index.get(r.id)?.partial) continue;
      const printed = wordSet(r.requirement);
      if (printed.size < MIN_WORDS) continue;
      const ownScore = containment(printed, own);
      if (ownScore >= OWN_LOW) continue;
      let best: { id: string; score: number } | undefined;
      for (const { p, words: other } of catalogueWords(catalogue)) {
        if (p.id === r.id) continue;
        const score = containment(printed, other);
        if (!best || score > best.score) best = { id: p.id, score };
      }
      const quote = clip(r.requirement, 80);
      if (best && best.score >= OTHER_HIGH && index.get(best.id)?.text !== index.get(r.id)?.text) {
        out.push({
          provision: r.id,
          message: `the requirement printed for ${r.id} is the text of ${best.id}: "${quote}"`,
          hint: `replace it with the wording of ${r.id} and check the answer still holds`,
          ...at(r),
        });
      } else {
        out.push({
          provision: r.id,
          message: `the requirement printed for ${r.id} does not match the ${catalogue.name}'s wording: "${quote}"`,
          hint: `check the row is from the ${catalogue.name} form and use the provision's own wording`,
          ...at(r),
        });
      }
    }
    return out;
  },
};
