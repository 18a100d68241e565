/**
 * The five prose rules over the hand-labelled corpus (test/corpus/sentences.yaml): each sentence as the one
 * row of a form of its Code version, with its answer, in its column; precision and recall per rule. Used by
 * `npm run accuracy` and pinned by test/corpus/corpus.test.ts.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadCatalogue } from '../../src/catalogue/load.js';
import type { CodeVersion } from '../../src/catalogue/types.js';
import { rules } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run-rules.js';
import { assessment } from '../helpers/assessment.js';

export const PROSE_RULES = [
  'claim-contradicted',
  'future-claim',
  'no-compliance-date',
  'non-code-definition',
  'boilerplate-evidence',
] as const;

export interface CorpusSentence {
  text: string;
  comply: string;
  code: CodeVersion;
  provision: string;
  field: 'evidence' | 'commentary';
  source: string;
  fires: string[];
  note?: string;
}

export interface RuleFigures {
  rule: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** The sentences it got wrong: fired but should not (false), or should have but did not (missed). */
  wrong: { kind: 'false' | 'missed'; text: string }[];
}

export const loadCorpus = (): CorpusSentence[] =>
  (
    parse(readFileSync(new URL('./sentences.yaml', import.meta.url), 'utf8')) as {
      sentences: CorpusSentence[];
    }
  ).sentences;

/** The prose rules that fire on one sentence. */
export function firing(s: CorpusSentence): Set<string> {
  const catalogue = loadCatalogue(s.code);
  const id = catalogue.provisions.some((p) => p.id === s.provision) ? s.provision : catalogue.provisions[0]!.id;
  const row = { id, comply: s.comply, evidence: s.field === 'evidence' ? s.text : '', commentary: '' };
  if (s.field === 'commentary') row.commentary = s.text;
  const form = assessment(s.code, [row], { complete: false });
  const selected = rules.filter((r) => (PROSE_RULES as readonly string[]).includes(r.id));
  return new Set(runRules(form, catalogue, selected, {}).map((f) => f.rule));
}

export function evaluate(corpus: readonly CorpusSentence[] = loadCorpus()): RuleFigures[] {
  const fired = corpus.map((s) => firing(s));
  return PROSE_RULES.map((rule) => {
    const wrong: RuleFigures['wrong'] = [];
    let tp = 0;
    let fp = 0;
    let fn = 0;
    corpus.forEach((s, i) => {
      const want = s.fires.includes(rule);
      const got = fired[i]!.has(rule);
      if (want && got) tp++;
      else if (got) {
        fp++;
        wrong.push({ kind: 'false', text: s.text });
      } else if (want) {
        fn++;
        wrong.push({ kind: 'missed', text: s.text });
      }
    });
    return {
      rule,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
      wrong,
    };
  });
}
