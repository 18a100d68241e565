/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays (the generated table in
 * bank-holidays.ts) and any closure days a landlord gives (`--holidays`). Days are plain day numbers (days since
 * 1970-01-01, UTC), so a case log of 100,000 rows is counted with array look-ups, never Date objects.
 *
 * How a window is counted: the day of the event (receipt, acknowledgement, escalation) is day 0 and the next
 * working day is day 1, so "within 5 working days of receipt" is met by an answer on the 5th working day after
 * it. An answer sent on a weekend or holiday has taken the working days passed up to it: a Saturday answer after
 * Friday's 5th working day took 5.
 */
import { BANK_HOLIDAYS, BANK_HOLIDAY_YEARS } from './bank-holidays.js';

/** Days since 1970-01-01 (UTC). */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/**
 * The day number of a real calendar date, by Howard Hinnant's days_from_civil (no Date object: a case log reads
 * hundreds of thousands of dates). Valid dates only: dates.ts checks the day against the month first.
 */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export const isoOf = (day: DayNumber): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** `2025-01-31` to its day number; undefined when the text is not a real ISO calendar date. */
export function dayOfIso(text: string): DayNumber | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const n = dayNumber(y, mo, d);
  return isoOf(n) === text ? n : undefined;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** 1970-01-01 was a Thursday. */
export const weekdayOf = (day: DayNumber): (typeof WEEKDAY_NAMES)[number] =>
  WEEKDAY_NAMES[(((day + 4) % 7) + 7) % 7] as (typeof WEEKDAY_NAMES)[number];

export interface DayExplained {
  date: string;
  weekday: string;
  /** The working day's number in the window (1, 2, …); absent for a day skipped. */
  counted?: number;
  /** Why the day was not counted: "weekend", "bank holiday: Boxing Day", "closure day: …". */
  skipped?: string;
}

export interface Calendar {
  isWorkingDay(day: DayNumber): boolean;
  /** Working days after `from` up to and including `to`: 0 when `to` is on or before `from`. */
  between(from: DayNumber, to: DayNumber): number;
  /** The date of the `n`th working day after `from` (the last day of a window of n working days). */
  add(from: DayNumber, n: number): DayNumber;
  /** Every day after `from` up to and including `to`, counted or skipped and why. */
  explain(from: DayNumber, to: DayNumber): DayExplained[];
  /** The years the bank-holiday table covers; outside them only weekends are skipped. */
  readonly years: { first: number; last: number };
}

/** The span with a precomputed running count; outside it the calendar walks day by day. */
const SPAN_FIRST = dayNumber(BANK_HOLIDAY_YEARS.first - 5, 1, 1);
const SPAN_LAST = dayNumber(BANK_HOLIDAY_YEARS.last + 5, 12, 31);

/** A calendar with the bank holidays of England and Wales and `closures` (ISO date → a label, e.g. its source line). */
export function makeCalendar(closures: ReadonlyMap<DayNumber, string> = new Map()): Calendar {
  const holidays = new Map<DayNumber, string>();
  for (const [date, name] of BANK_HOLIDAYS) holidays.set(dayOfIso(date) as DayNumber, name);
  const isWeekend = (day: DayNumber): boolean => {
    const w = (((day + 4) % 7) + 7) % 7;
    return w === 0 || w === 6;
  };
  const isWorkingDay = (day: DayNumber): boolean => !isWeekend(day) && !holidays.has(day) && !closures.has(day);
  // running[i]: working days in [SPAN_FIRST, SPAN_FIRST + i].
  const running = new Int32Array(SPAN_LAST - SPAN_FIRST + 1);
  // nth[k]: the day of the (k+1)th working day of the span, so a deadline is one look-up, not a walk.
  const nth = new Int32Array(running.length);
  let count = 0;
  for (let i = 0; i < running.length; i++) {
    if (isWorkingDay(SPAN_FIRST + i)) nth[count++] = SPAN_FIRST + i;
    running[i] = count;
  }
  const inSpan = (day: DayNumber): boolean => day >= SPAN_FIRST && day <= SPAN_LAST;
  const between = (from: DayNumber, to: DayNumber): number => {
    if (to <= from) return 0;
    if (inSpan(from) && inSpan(to))
      return (running[to - SPAN_FIRST] as number) - (running[from - SPAN_FIRST] as number);
    let n = 0;
    for (let d = from + 1; d <= to; d++) if (isWorkingDay(d)) n++;
    return n;
  };
  const add = (from: DayNumber, n: number): DayNumber => {
    if (n > 0 && inSpan(from)) {
      const k = (running[from - SPAN_FIRST] as number) + n - 1;
      if (k < count) return nth[k] as number;
    }
    let d = from;
    let left = n;
    while (left > 0) {
      d++;
      if (isWorkingDay(d)) left--;
    }
    return d;
  };
  const explain = (from: DayNumber, to: DayNumber): DayExplained[] => {
    const days: DayExplained[] = [];
    let n = 0;
    for (let d = from + 1; d <= to; d++) {
      const base = { date: isoOf(d), weekday: weekdayOf(d) };
      const holiday = holidays.get(d);
      const closure = closures.get(d);
      // A bank holiday on a weekend (Christmas Day on a Sunday) is named too: its substitute day follows.
      if (isWeekend(d)) days.push({ ...base, skipped: holiday ? `weekend (and ${holiday})` : 'weekend' });
      else if (holiday) days.push({ ...base, skipped: `bank holiday: ${holiday}` });
      else if (closure !== undefined) days.push({ ...base, skipped: `closure day${closure ? `: ${closure}` : ''}` });
      else days.push({ ...base, counted: ++n });
    }
    return days;
  };
  return { isWorkingDay, between, add, explain, years: { ...BANK_HOLIDAY_YEARS } };
}
