import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { readStatements } from '../../src/normalise/statements/read-statements.js';
import { record } from '../helpers/assessment.js';

/**
 * Input sizes that were quadratic: each duration of a sentence looked for its nearest stage and kind word by
 * scanning all of them (100,000 durations took over 100 s). Now a binary search: this runs in about a second.
 */
describe('reading timescales stays linear in the size of a sentence', () => {
  it('one sentence of 100,000 durations, with stage and kind words among them, reads each one in its clause', () => {
    const parts = Array.from({ length: 100_000 }, (_, i) =>
      i % 2 === 0 ? `stage 1 responses within ${(i % 9) + 1} working days` : `stage 2 replies within 20 working days`,
    );
    const evidence = `We respond to complaints: ${parts.join(', ')}.`;
    const s = readStatements([record({ id: '5.1', comply: 'Yes', evidence })], loadCatalogue('2024'));
    expect(s.timescales).toHaveLength(100_000);
    expect(s.timescales[0]).toMatchObject({ stage: 1, kind: 'respond' });
    expect(s.timescales[1]).toMatchObject({ stage: 2, kind: 'respond' });
    expect(s.timescales[99_999]).toMatchObject({ stage: 2, kind: 'respond' });
  });
});
