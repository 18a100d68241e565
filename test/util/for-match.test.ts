import { describe, expect, it } from 'vitest';
import { forMatch, wordSet } from '../../src/util/text.js';

/** forMatch as first written, step by step: what the one-pass version must give for every input. */
const stepwise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[‘’´`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('forMatch', () => {
  it.each([
    ['Landlords MUST accept a complaint', 'landlords must accept a complaint'],
    ['“Stage 1” – 10 working days.', 'stage 1 10 working days'],
    ['landlord’s\u00a0policy\n\t(see 5.2)', "landlord's policy see 5 2"],
    ['  ***  ', ''],
    ['it`s ´quoted´', "it's 'quoted'"],
  ])('%j reads as %j', (text, expected) => {
    expect(forMatch(text)).toBe(expected);
  });

  it('gives what the step-by-step clean-up gives, over random mixes of letters, quotes, spaces and marks', () => {
    const alphabet = [
      'a',
      'Z',
      '0',
      '9',
      "'",
      '‘',
      '’',
      '´',
      '`',
      '“',
      '”',
      '"',
      ' ',
      '\n',
      '\t',
      '\u00a0',
      '\u2003',
      'İ',
      'é',
      '-',
      '.',
      'ß',
      '\u200b',
      'K',
    ];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      const length = Math.floor(next() * 16);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(forMatch(text), JSON.stringify(text)).toBe(stepwise(text));
    }
  });

  it('leaves no stop word or one-letter word in a word set', () => {
    expect([...wordSet('The landlord must be fair, and a complaint is “any” expression')]).toEqual([
      'landlord',
      'fair',
      'complaint',
      'expression',
    ]);
  });
});
