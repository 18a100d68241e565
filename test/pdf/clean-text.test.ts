import { describe, expect, it } from 'vitest';
import { cleanChars, furnitureKey, isPageNumber, joinLines } from '../../src/ingest/pdf/clean-text.js';

describe('clean-text', () => {
  it('spells out ligatures, keeps curly quotes, plain spaces for odd ones', () => {
    expect(cleanChars('\uFB01nal \uFB02ow e\uFB00ect o\uFB03ce ba\uFB04e')).toBe('final flow effect office baffle');
    expect(cleanChars('\u2018must\u2019 \u201Cshould\u201D')).toBe('\u2018must\u2019 \u201Cshould\u201D');
    expect(cleanChars('a\u00A0b\u00ADc')).toBe('a bc');
  });

  it('joins wrapped lines with the separator, or with nothing after a word broken at a hyphen', () => {
    expect(joinLines(['Board minutes 2024-03-', '02'], '\n')).toBe('Board minutes 2024-03-02');
    expect(joinLines(['2024-', '03-', '02'], '\n')).toBe('2024-03-02');
    expect(joinLines(['template TL-', '04'], '\n')).toBe('template TL-04');
    expect(joinLines(['cross-', 'referenced'], ' ')).toBe('cross-referenced');
    expect(joinLines(['The policy', 'applies'], ' ')).toBe('The policy applies');
    expect(joinLines(['The policy', 'applies'], '\n')).toBe('The policy\napplies');
    // Not a broken word: a dash after a space, or a capital after the hyphen.
    expect(joinLines(['Stage 1 -', 'early resolution'], ' ')).toBe('Stage 1 - early resolution');
    expect(joinLines(['non-', 'Ombudsman'], ' ')).toBe('non- Ombudsman');
    expect(joinLines(['  a ', '', ' b'], ' ')).toBe('a b');
  });

  it('recognises page-number lines', () => {
    for (const t of ['Page 3 of 12', 'page 3', '3', '12 / 40', '- 4 -', 'Page 3of 12'])
      expect(isPageNumber(t), t).toBe(true);
    for (const t of ['6.13', 'Page three', 'Section 3', '2024-25']) expect(isPageNumber(t), t).toBe(false);
  });

  it('compares running lines with numbers blanked', () => {
    expect(furnitureKey('Self-assessment 2024 | Page 2')).toBe(furnitureKey('Self-assessment  2025 | page 3'));
  });
});
