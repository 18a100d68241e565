/**
 * The prose rules over the hand-labelled corpus (sentences.yaml, from the reference forms and written hard
 * cases): precision 100% and recall at least 80% per rule, the targets of `npm run accuracy`.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, loadCorpus, PROSE_RULES } from './evaluate.js';

const corpus = loadCorpus();
const figures = evaluate(corpus);

describe('the labelled corpus', () => {
  it('holds at least 150 sentences, with cases that must fire and cases that must not for every rule', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    for (const rule of PROSE_RULES) {
      expect(corpus.filter((s) => s.fires.includes(rule)).length, rule).toBeGreaterThanOrEqual(10);
    }
    expect(corpus.filter((s) => s.fires.length === 0).length).toBeGreaterThanOrEqual(50);
  });

  it.each(figures.map((f) => [f.rule, f] as const))('%s: precision 100%, recall at least 80%', (_rule, f) => {
    const wrong = f.wrong.map((w) => `${w.kind}: ${w.text.slice(0, 160)}`);
    expect(f.falsePositives, `false findings:\n${wrong.filter((w) => w.startsWith('false')).join('\n')}`).toBe(0);
    expect(f.recall, `missed:\n${wrong.join('\n')}`).toBeGreaterThanOrEqual(0.8);
  });
});
