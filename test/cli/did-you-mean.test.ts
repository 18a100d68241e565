import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/util/did-you-mean.js';

describe('did you mean', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('json', 'json')).toBe(0);
    expect(editDistance('jsn', 'json')).toBe(1);
    expect(editDistance('jsno', 'json')).toBe(1);
    expect(editDistance('sarif', 'stylish')).toBeGreaterThan(2);
  });

  it('suggests the nearest names only when they are near', () => {
    const formats = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'csv'];
    expect(closest('jsno', formats)).toEqual(['json']);
    expect(didYouMean('markdwon', formats)).toBe(' (did you mean markdown?)');
    expect(didYouMean('xml', formats)).toBe('');
    expect(didYouMean('missing-evidnce', ['missing-evidence', 'missing-answer'])).toBe(
      ' (did you mean missing-evidence?)',
    );
  });
});
