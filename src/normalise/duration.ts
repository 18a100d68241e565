/**
 * Durations as landlords write them ("20 working days", "4 weeks", "28 calendar days", "one month"),
 * turned into the range of working days they can span, so a breach is only called when it is certain
 * or when the figure can exceed the limit ("one month" may be 23 working days).
 */
import type { Duration } from './assessment.js';

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  'twenty-one': 21,
  'twenty one': 21,
  'twenty-five': 25,
  'twenty five': 25,
  thirty: 30,
  forty: 40,
  a: 1,
  an: 1,
};

const NUMBER = String.raw`(\d{1,3}|twenty[- ](?:one|five)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|an?)`;
const UNIT = String.raw`(working|business|calendar|clear|school)?\s*(days?|weeks?|months?|wd|wds)\b`;

/** A duration anywhere in a text: number, optional "(10)" echo, qualifier, unit. */
const DURATION = String.raw`${NUMBER}(?:\s*\((?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\))?[\s-]*${UNIT}`;
export const DURATION_PATTERN = new RegExp(String.raw`\b${DURATION}`, 'gi');
const WHOLE_DURATION = new RegExp(String.raw`^${DURATION}$`, 'i');

/** Most working days N calendar days can hold. */
const maxWorkingInCalendar = (n: number): number => Math.floor(n / 7) * 5 + Math.min(n % 7, 5);
/** Fewest working days N calendar days can hold (ignoring bank holidays, which only lower it). */
const minWorkingInCalendar = (n: number): number => Math.floor(n / 7) * 5 + Math.max(0, (n % 7) - 2);

export function toDuration(amount: number, qualifier: string | undefined, unit: string, text: string): Duration {
  const u = unit.toLowerCase();
  const q = (qualifier ?? '').toLowerCase();
  if (u.startsWith('wd')) return { text, minWorkingDays: amount, maxWorkingDays: amount, converted: false };
  if (u.startsWith('day')) {
    if (q === 'calendar' || q === 'clear') {
      return {
        text,
        minWorkingDays: minWorkingInCalendar(amount),
        maxWorkingDays: maxWorkingInCalendar(amount),
        converted: true,
      };
    }
    // "working", "business", or bare "days": the Code itself counts bare days as working days.
    return { text, minWorkingDays: amount, maxWorkingDays: amount, converted: q === '' };
  }
  if (u.startsWith('week')) return { text, minWorkingDays: amount * 5, maxWorkingDays: amount * 5, converted: true };
  // Months: 28 to 31 calendar days each.
  return {
    text,
    minWorkingDays: minWorkingInCalendar(amount * 28),
    maxWorkingDays: maxWorkingInCalendar(Math.ceil(amount * 31)),
    converted: true,
  };
}

const amountOf = (word: string): number => {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return /^\d+$/.test(w) ? Number(w) : (WORDS[w] ?? NaN);
};

/** Parse a whole value such as "20 working days" or 20 (working days). Undefined when it is not a duration. */
export function parseDuration(value: string | number): Duration | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0
      ? { text: `${value} working days`, minWorkingDays: value, maxWorkingDays: value, converted: false }
      : undefined;
  }
  const text = value.trim();
  if (/^\d+$/.test(text)) return parseDuration(Number(text));
  const m = WHOLE_DURATION.exec(text);
  if (!m || !m[1] || !m[3]) return undefined;
  const amount = amountOf(m[1]);
  return Number.isNaN(amount) ? undefined : toDuration(amount, m[2], m[3], text);
}

/** Every duration stated in a sentence, with where it ends (for attributing it to nearby words). */
export function findDurations(sentence: string): { duration: Duration; index: number; end: number }[] {
  const found: { duration: Duration; index: number; end: number }[] = [];
  for (const m of sentence.matchAll(DURATION_PATTERN)) {
    if (!m[1] || !m[3]) continue;
    const amount = amountOf(m[1]);
    if (Number.isNaN(amount)) continue;
    // "a month" is a duration; "a day" in "a day-to-day" or "once a week" is not a window.
    if (/^an?$/i.test(m[1]) && !/month/i.test(m[3])) continue;
    found.push({
      duration: toDuration(amount, m[2], m[3], m[0].trim()),
      index: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  return found;
}

/** "20 working days", or "one month (up to 23 working days)" when converted. */
export function describeDuration(d: Duration): string {
  if (!d.converted) return d.text;
  const range = d.minWorkingDays === d.maxWorkingDays ? `${d.maxWorkingDays}` : `up to ${d.maxWorkingDays}`;
  return `${d.text} (read as ${range} working days)`;
}
