/**
 * Each claim pattern and each group of date patterns is read only where its cue is found
 * (src/normalise/statements/claims.ts, compliance-date.ts): the cue must be in every sentence the pattern
 * matches, or a finding would be lost. Checked over every sentence the repository
 * holds: the hand-labelled corpus, the fixtures' expected readings and the Code catalogues' requirements, each
 * as it is and as its words are split on whitespace (a cue must not rest on a single space).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONTRADICTIONS, FUTURE_CLAIMS } from '../../src/normalise/statements/claims.js';
import { DATE_PATTERNS } from '../../src/normalise/statements/compliance-date.js';
import { sentences } from '../../src/normalise/statements/sentences.js';

const root = join(import.meta.dirname, '..', '..');

function texts(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) texts(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) texts(v, out);
  return out;
}

const yamlTexts = (dir: string): string[] =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => texts(parse(readFileSync(join(root, dir, f), 'utf8')), []));

const corpus = [
  ...yamlTexts('test/corpus'),
  ...yamlTexts('fixtures/expected'),
  ...yamlTexts('fixtures/forms'),
  ...yamlTexts('codes'),
].flatMap((t) => sentences(t));

const patterns = [
  ...CONTRADICTIONS.map((p, i) => ({ name: `contradiction ${i + 1}`, ...p })),
  ...FUTURE_CLAIMS.map((p, i) => ({ name: `future claim ${i + 1}`, ...p })),
  ...DATE_PATTERNS.flatMap(({ cue, patterns: group }, g) =>
    group.map((re, i) => ({
      name: `date group ${g + 1} pattern ${i + 1}`,
      cue,
      re: new RegExp(re.source, re.flags.replace('g', '')),
    })),
  ),
];

describe('prose pattern cues', () => {
  it('reads a corpus of real sentences, many of them matched by the patterns', () => {
    expect(corpus.length).toBeGreaterThan(3000);
    const matched = corpus.filter((s) => patterns.some((p) => p.re.test(s)));
    expect(matched.length).toBeGreaterThan(100);
  });

  it.each(patterns)('$name: every sentence it matches has its cue', ({ re, cue }) => {
    for (const s of corpus) {
      for (const variant of [s, s.replace(/ /g, '\n  ')]) {
        if (re.test(variant)) expect(cue.test(variant), variant).toBe(true);
      }
    }
  });
});
