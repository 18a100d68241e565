/**
 * `--holidays extra.txt`: a landlord's own closure days, one ISO date a line, `#` starting a comment (after a date
 * it labels the day in `--explain`). A line that is no date is an error naming its line: a typo must not silently
 * turn a closure day into a working day.
 */
import { dayOfIso, type DayNumber } from './working-days.js';

export function parseClosures(text: string): Map<DayNumber, string> | string {
  const days = new Map<DayNumber, string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (const [i, raw] of lines.entries()) {
    const hash = raw.indexOf('#');
    const body = (hash === -1 ? raw : raw.slice(0, hash)).trim();
    const note = hash === -1 ? '' : raw.slice(hash + 1).trim();
    if (body === '') continue;
    const day = dayOfIso(body);
    if (day === undefined) return `line ${i + 1}: "${body}" is not an ISO date (2025-12-29)`;
    days.set(day, note);
  }
  return days;
}
