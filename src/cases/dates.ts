/**
 * Dates as UK case logs hold them: 31/01/2025, 31-01-25, 31.01.2025, 31 Jan 2025, Friday 31 January 2025,
 * 2025-01-31 (with or without a time), Excel serial numbers (45688) and real spreadsheet date cells. Slashed
 * dates are day first. Nothing is guessed: a date that does not exist (31/02/2025, 29/02/2023) is `impossible`;
 * one with no day (Jan 2025), or text that is no date, is `unreadable`. A day-first date whose day and month
 * could be swapped (04/05/2025) is `swappable`: the log reader makes it `ambiguous` when the same column also
 * holds dates only month-first order can read (05/31/2025), i.e. when the export was in US order.
 */
import { dayNumber, type DayNumber } from './working-days.js';

export type DateRead =
  | { kind: 'empty' }
  | { kind: 'date'; day: DayNumber; swappable?: true }
  /** A numeric date valid only as month/day (the middle number is over 12): a sign of a US-order export. */
  | { kind: 'month-first'; day: DayNumber; text: string }
  | { kind: 'impossible' | 'unreadable'; text: string; why: string };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Excel's day 0 (1900 date system, with its 1900 leap-year bug: serials from 61 on are counted from here). */
const EXCEL_EPOCH = dayNumber(1899, 12, 30);
/** Serials read as dates: 1 January 2000 to 31 December 2099. A number outside is no date of a complaint. */
const SERIAL_MIN = dayNumber(2000, 1, 1) - EXCEL_EPOCH;
const SERIAL_MAX = dayNumber(2099, 12, 31) - EXCEL_EPOCH;

const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]m)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`, 'i');
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})${TIME}$`, 'i');
const WORDS = new RegExp(
  String.raw`^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{2}|\d{4})${TIME}$`,
  'i',
);
const NO_DAY = /^(?:[a-z]+\.?\s+\d{4}|\d{1,2}[/.-]\d{4}|\d{4}(?:-\d{1,2})?)$/i;

const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** The day, or why (year, month, day) is no date. */
function calendarDay(year: number, month: number, day: number): DayNumber | string {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day < 1 || day > last) return `${MONTH_NAMES[month - 1]} ${year} has no day ${day}`;
  return dayNumber(year, month, day);
}

const fromParts = (text: string, year: number, month: number, day: number): DateRead => {
  const n = calendarDay(year, month, day);
  return typeof n === 'string' ? { kind: 'impossible', text, why: n } : { kind: 'date', day: n };
};

/** A spreadsheet cell already holding a date: its calendar day as written (exceljs gives UTC midnight). */
export const dateOfCell = (value: Date): DateRead =>
  Number.isNaN(value.getTime())
    ? { kind: 'unreadable', text: String(value), why: 'an invalid date cell' }
    : { kind: 'date', day: dayNumber(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) };

export const dateOfSerial = (serial: number, text = String(serial)): DateRead => {
  const whole = Math.floor(serial);
  if (whole < SERIAL_MIN || whole > SERIAL_MAX)
    return { kind: 'unreadable', text, why: 'a number outside the Excel dates of 2000 to 2099' };
  return { kind: 'date', day: EXCEL_EPOCH + whole };
};

/** 31/01/2025 exactly (what most exports hold), read without a regular expression: a 100,000-row log has 400,000. */
function fastDayFirst(t: string): DateRead | undefined {
  if (t.length !== 10 || t.charCodeAt(2) !== 47 || t.charCodeAt(5) !== 47) return undefined;
  const digit = (i: number): number => {
    const c = t.charCodeAt(i) - 48;
    return c >= 0 && c <= 9 ? c : NaN;
  };
  const d = digit(0) * 10 + digit(1);
  const m = digit(3) * 10 + digit(4);
  const y = digit(6) * 1000 + digit(7) * 100 + digit(8) * 10 + digit(9);
  if (Number.isNaN(d + m + y) || m > 12) return undefined;
  const read = fromParts(t, y, m, d);
  return read.kind === 'date' && d <= 12 && d !== m ? { kind: 'date', day: read.day, swappable: true } : read;
}

export function readDate(raw: string): DateRead {
  const text = raw.trim();
  const fast = fastDayFirst(text);
  if (fast) return fast;
  if (text === '' || /^(?:-+|n\/?a|none|null|tbc|pending)$/i.test(text)) return { kind: 'empty' };
  let m = ISO.exec(text);
  if (m) return fromParts(text, Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), fullYear(m[3] as string)];
    if (b > 12 && a <= 12) {
      const us = calendarDay(year, a, b);
      if (typeof us === 'number') return { kind: 'month-first', day: us, text };
    }
    const read = fromParts(text, year, b, a);
    return read.kind === 'date' && a <= 12 && a !== b ? { ...read, swappable: true } : read;
  }
  m = WORDS.exec(text);
  if (m) {
    const month = monthOf(m[2] as string);
    if (month === undefined) return { kind: 'unreadable', text, why: `"${m[2]}" is not a month` };
    return fromParts(text, fullYear(m[3] as string), month, Number(m[1]));
  }
  if (/^\d+(?:\.\d+)?$/.test(text)) return dateOfSerial(Number(text), text);
  if (NO_DAY.test(text)) return { kind: 'unreadable', text, why: 'no day of the month' };
  return { kind: 'unreadable', text, why: 'not a date' };
}

/** "Jan", "January", "Sept" → 1, 1, 9: a month's name or its abbreviation, not any word starting with one. */
function monthOf(word: string): number | undefined {
  const w = word.toLowerCase() === 'sept' ? 'sep' : word.toLowerCase();
  if (w.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(w));
  return i === -1 ? undefined : i + 1;
}
