import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { restoreLostZero } from '../../src/normalise/document/lost-zero.js';

const c2024 = loadCatalogue('2024');
const text = (id: string): string => c2024.provisions.find((p) => p.id === id)!.text;

describe('restoreLostZero: an id a spreadsheet stored as a number ("6.10" → 6.1)', () => {
  it.each([
    ['6.1', text('6.10'), '6.10'],
    ['6.2', text('6.20'), '6.20'],
    ['5.1', text('5.10'), '5.10'],
  ])('%s worded as %s… is %s', (printed, requirement, want) => {
    expect(restoreLostZero(printed, requirement, c2024)).toBe(want);
  });

  it.each([
    ['6.1 worded as 6.1', '6.1', text('6.1')],
    ['no requirement text (a form without the Code column)', '6.1', ''],
    ['a few words only', '6.1', 'See policy'],
    ['no longer id in the Code (9.8 has no 9.80)', '9.8', text('9.8')],
    ['two digits already', '6.12', text('6.12')],
    ['a wording that matches neither', '6.1', 'Our complaints team meets every Tuesday to review open cases.'],
  ])('%s: kept', (_what, printed, requirement) => {
    expect(restoreLostZero(printed, requirement, c2024)).toBe(printed);
  });
});
