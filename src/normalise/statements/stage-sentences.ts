/** How many stages the landlord says its process has, and extra named stages ("stage 0"), from its own words. */
import { NEGATION } from './sentences.js';

const COUNT_WORDS: Record<string, number> = {
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
};

const STAGE_COUNT = [
  /\b(one|single|two|three|four|five|[1-5])[\s-]+stages?d?\s+(?:formal\s+|internal\s+)?(?:complaints?\s+)?(process|procedure|system|approach|policy|model|structure)\b/i,
  /\b(?:process|procedure|policy)\s+(?:has|with|of|comprising|comprises|consists of|includes)\s+(one|two|three|four|five|[1-5])\s+(?:formal\s+)?stages\b/i,
  /\b(one|two|three|four|five|[1-5])\s+stages\s+(?:to|in|of)\s+(?:our|the)\s+(?:complaints?\s+)?(?:process|procedure)\b/i,
];

export function stageCount(sentence: string): number | undefined {
  for (const re of STAGE_COUNT) {
    const m = re.exec(sentence);
    if (!m || !m[1]) continue;
    if (NEGATION.test(sentence.slice(0, m.index))) return undefined;
    return COUNT_WORDS[m[1].toLowerCase()];
  }
  return undefined;
}

const EXTRA_STAGE =
  /\b(stage\s*0|stage zero|pre[-\s]?complaint(?:\s+stage)?|informal\s+(?:complaints?\s+)?stage|informal complaints?(?=\s+(?:process|procedure|route|step))|stage\s+(?:1a|one a)\b)/i;

export function extraStage(sentence: string): string | undefined {
  const m = EXTRA_STAGE.exec(sentence);
  if (!m || !m[1]) return undefined;
  if (NEGATION.test(sentence)) return undefined;
  // Quoting the Code ("It is not appropriate to have extra named
  // stages (such as 'stage 0'...") is not the landlord's own stage.
  if (/\b(such as|e\.g\.|for example|appropriate|code)\b/i.test(sentence)) return undefined;
  return m[1];
}
