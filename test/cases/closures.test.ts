import { describe, expect, it } from 'vitest';
import { parseClosures } from '../../src/cases/closures.js';
import { dayOfIso } from '../../src/cases/working-days.js';

describe('--holidays closure days', () => {
  it('reads one ISO date a line, with comments and labels', () => {
    const days = parseClosures(
      '\uFEFF# office closures 2025\n2025-12-29  # between Christmas and New Year\n\n2025-12-30\r\n',
    );
    expect(days).toEqual(
      new Map([
        [dayOfIso('2025-12-29'), 'between Christmas and New Year'],
        [dayOfIso('2025-12-30'), ''],
      ]),
    );
  });

  it('names the line of anything that is no ISO date', () => {
    expect(parseClosures('2025-12-29\n29/12/2025\n')).toBe('line 2: "29/12/2025" is not an ISO date (2025-12-29)');
    expect(parseClosures('2025-02-30')).toBe('line 1: "2025-02-30" is not an ISO date (2025-12-29)');
  });
});
