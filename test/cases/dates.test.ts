import { describe, expect, it } from 'vitest';
import { dateOfCell, readDate } from '../../src/cases/dates.js';
import { isoOf } from '../../src/cases/working-days.js';

const iso = (text: string): string => {
  const r = readDate(text);
  return r.kind === 'date' || r.kind === 'month-first' ? isoOf(r.day) : r.kind;
};

describe('UK dates in case logs', () => {
  it.each([
    ['31/01/2025', '2025-01-31'],
    ['31-01-25', '2025-01-31'],
    ['31.01.2025', '2025-01-31'],
    ['1/2/2025', '2025-02-01'],
    ['31/01/2025 14:32', '2025-01-31'],
    ['31 Jan 2025', '2025-01-31'],
    ['31-Jan-2025', '2025-01-31'],
    ['Friday 31 January 2025', '2025-01-31'],
    ['Fri, 31st January 2025', '2025-01-31'],
    ['3 Sept 2024', '2024-09-03'],
    ['2025-01-31', '2025-01-31'],
    ['2025-01-31T09:00:00Z', '2025-01-31'],
    ['29/02/2024', '2024-02-29'],
    ['45688', '2025-01-31'],
    ['45351', '2024-02-29'],
    ['', 'empty'],
    ['n/a', 'empty'],
    ['31/02/2025', 'impossible'],
    ['29/02/2023', 'impossible'],
    ['2025-13-01', 'impossible'],
    ['32 Jan 2025', 'impossible'],
    ['Jan 2025', 'unreadable'],
    ['31 Marching 2025', 'unreadable'],
    ['soon', 'unreadable'],
    ['12', 'unreadable'],
  ])('%s → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('says why a date is impossible', () => {
    expect(readDate('29/02/2023')).toMatchObject({ why: 'February 2023 has no day 29' });
    expect(readDate('01/13/2025')).toMatchObject({ kind: 'month-first' });
  });

  it('marks day-first dates that could be read month-first, and only those', () => {
    expect(readDate('04/05/2025')).toMatchObject({ kind: 'date', swappable: true });
    expect(readDate('05/05/2025')).not.toHaveProperty('swappable');
    expect(readDate('13/05/2025')).not.toHaveProperty('swappable');
    expect(readDate('05/31/2025')).toMatchObject({ kind: 'month-first' });
  });

  it('reads a spreadsheet date cell as its calendar day', () => {
    const r = dateOfCell(new Date(Date.UTC(2024, 1, 29)));
    expect(r.kind === 'date' && isoOf(r.day)).toBe('2024-02-29');
  });
});
