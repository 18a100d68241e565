import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAYS } from '../../src/cases/bank-holidays.js';
// @ts-expect-error: a plain .mjs script, no types
import { bankHolidayTable } from '../../scripts/cases/bank-holiday-table.mjs';

describe('the committed bank-holiday table', () => {
  it('matches date-holidays (GB, ENG and WLS, public): run scripts/cases/bank-holidays.mjs when it does not', () => {
    expect(BANK_HOLIDAYS.map(([d, n]) => [d, n])).toEqual(bankHolidayTable());
  });

  it('holds the one-off bank holidays of 2022 and 2023', () => {
    const dates = new Set(BANK_HOLIDAYS.map(([d]) => d));
    for (const d of ['2022-06-03', '2022-09-19', '2023-05-08']) expect(dates.has(d), d).toBe(true);
  });
});
