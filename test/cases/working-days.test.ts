import { describe, expect, it } from 'vitest';
import { dayNumber, dayOfIso, isoOf, makeCalendar } from '../../src/cases/working-days.js';

const day = (iso: string): number => {
  const n = dayOfIso(iso);
  if (n === undefined) throw new Error(iso);
  return n;
};
const cal = makeCalendar();

describe('working days in England and Wales', () => {
  it.each([
    // [from, n, the nth working day after it, why]
    ['2025-12-19', 5, '2025-12-30', 'Christmas Day and Boxing Day (Thu, Fri) skipped'],
    ['2021-12-24', 1, '2021-12-29', 'Christmas on a Saturday: substitutes Mon 27 and Tue 28'],
    ['2022-12-23', 1, '2022-12-28', 'Christmas on a Sunday: Boxing Day Mon 26, substitute Tue 27'],
    ['2020-12-24', 1, '2020-12-29', 'Boxing Day on a Saturday: substitute Mon 28'],
    ['2025-04-17', 1, '2025-04-22', 'Good Friday 18 and Easter Monday 21 April 2025'],
    ['2024-03-28', 1, '2024-04-02', 'Easter 2024: Good Friday 29 March, Easter Monday 1 April'],
    ['2022-06-01', 1, '2022-06-06', 'Spring bank holiday 2 June and Platinum Jubilee 3 June 2022'],
    ['2022-09-16', 1, '2022-09-20', "the Queen's funeral, Monday 19 September 2022"],
    ['2023-05-05', 1, '2023-05-09', 'the Coronation, Monday 8 May 2023'],
    ['2024-02-28', 1, '2024-02-29', 'leap day 2024 is a working day (Thursday)'],
    ['2024-02-28', 2, '2024-03-01', 'and the window goes on through it'],
    ['2025-12-29', 5, '2026-01-06', 'across New Year: 30, 31, (1 Jan), 2, 5, 6'],
    ['2025-01-31', 10, '2025-02-14', 'no holidays: two weeks'],
  ])('%s + %i working days = %s (%s)', (from, n, to) => {
    expect(isoOf(cal.add(day(from), n))).toBe(to);
    expect(cal.between(day(from), day(to))).toBe(n);
  });

  it('counts 0 for the same day or earlier, and a weekend answer as the working days before it', () => {
    expect(cal.between(day('2025-01-06'), day('2025-01-06'))).toBe(0);
    expect(cal.between(day('2025-01-06'), day('2025-01-03'))).toBe(0);
    // Friday 10 Jan is the 4th working day after Mon 6 Jan; Saturday 11 adds none.
    expect(cal.between(day('2025-01-06'), day('2025-01-11'))).toBe(4);
  });

  it('skips a landlord closure day given with --holidays', () => {
    const closed = makeCalendar(new Map([[day('2025-12-29'), 'office closed']]));
    expect(isoOf(closed.add(day('2025-12-24'), 1))).toBe('2025-12-30');
    expect(isoOf(cal.add(day('2025-12-24'), 1))).toBe('2025-12-29');
  });

  it('walks day by day outside the precomputed span, skipping weekends', () => {
    expect(cal.between(day('1990-01-01'), day('1990-01-08'))).toBe(5);
  });

  it('explains each day counted and each skipped, naming the holiday', () => {
    const days = makeCalendar(new Map([[day('2022-12-29'), 'office closed']])).explain(
      day('2022-12-23'),
      day('2022-12-30'),
    );
    expect(days.map((d) => [d.date, d.counted ?? d.skipped])).toEqual([
      ['2022-12-24', 'weekend'],
      ['2022-12-25', 'weekend (and Christmas Day)'],
      ['2022-12-26', 'bank holiday: Boxing Day'],
      ['2022-12-27', 'bank holiday: Christmas Day (substitute day)'],
      ['2022-12-28', 1],
      ['2022-12-29', 'closure day: office closed'],
      ['2022-12-30', 2],
    ]);
  });

  it('rejects impossible ISO dates', () => {
    expect(dayOfIso('2023-02-29')).toBeUndefined();
    expect(dayOfIso('2024-02-29')).toBe(day('2024-02-29'));
  });
});

describe('day numbers', () => {
  it('agree with Date.UTC over two centuries, leap years included', () => {
    for (let year = 1900; year <= 2100; year += 1)
      for (const [month, day] of [
        [1, 1],
        [2, 28],
        [2, 29],
        [3, 1],
        [12, 31],
      ] as const) {
        if (month === 2 && day === 29 && new Date(Date.UTC(year, 1, 29)).getUTCMonth() !== 1) continue;
        expect(dayNumber(year, month, day), `${year}-${month}-${day}`).toBe(
          Date.UTC(year, month - 1, day) / 86_400_000,
        );
      }
  });
});
