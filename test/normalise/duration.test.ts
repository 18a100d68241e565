import { describe, expect, it } from 'vitest';
import { findDurations, parseDuration } from '../../src/normalise/duration.js';

describe('parseDuration', () => {
  it.each([
    ['20 working days', 20, 20, false],
    ['5 WD', 5, 5, false],
    ['ten business days', 10, 10, false],
    ['20 days', 20, 20, true],
    ['4 weeks', 20, 20, true],
    ['28 calendar days', 20, 20, true],
    ['30 calendar days', 20, 22, true],
    ['one month', 20, 23, true],
    ['twenty-five working days', 25, 25, false],
    ['10 (ten) working days', 10, 10, false],
  ] as const)('%s → %i..%i working days', (text, min, max, converted) => {
    expect(parseDuration(text)).toEqual({ text, minWorkingDays: min, maxWorkingDays: max, converted });
  });

  it('reads a bare number as working days', () => {
    expect(parseDuration(20)).toMatchObject({ minWorkingDays: 20, maxWorkingDays: 20, converted: false });
    expect(parseDuration('15')).toMatchObject({ maxWorkingDays: 15 });
  });

  it('rejects what is not a duration', () => {
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration('20 working days and more')).toBeUndefined();
    expect(parseDuration(2.5)).toBeUndefined();
  });
});

describe('findDurations', () => {
  it('finds each duration in a sentence with its position', () => {
    const found = findDurations('We acknowledge within 5 working days and respond within 10 working days.');
    expect(found.map((f) => f.duration.text)).toEqual(['5 working days', '10 working days']);
    expect(found[0]!.index).toBeLessThan(found[1]!.index);
  });
  it('ignores "once a week"-style phrases', () => {
    expect(findDurations('The team meets once a week.')).toEqual([]);
  });
});
