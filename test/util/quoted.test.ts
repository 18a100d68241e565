import { describe, expect, it } from 'vitest';
import { clip, quoted } from '../../src/util/text.js';

describe('quoted: words quoted in a message', () => {
  it.each([
    ['Detailed in policy', '"Detailed in policy"'],
    ['"An expression of dissatisfaction."', '"An expression of dissatisfaction."'],
    ['“An expression of dissatisfaction”.', '"An expression of dissatisfaction."'],
    ["'As above'", '"As above"'],
    ['  spaced   out  ', '"spaced out"'],
    // Quote marks inside the words are theirs and stay.
    ['Policy 2.1: "A complaint is ..."', '"Policy 2.1: "A complaint is ...""'],
    // Only a quotation's own marks are dropped: "it's" keeps its apostrophe.
    ["We said it's done", `"We said it's done"`],
  ])('%j → %s', (text, want) => {
    expect(quoted(text)).toBe(want);
  });

  it('clips long words, after dropping their own opening mark', () => {
    const long = `"${'word '.repeat(60)}"`;
    const q = quoted(long, 40);
    expect(q).toBe(`"${clip('word '.repeat(60), 40)}"`);
    expect(q.startsWith('""')).toBe(false);
  });
});
