/**
 * `--explain REF`: for one case, each window measured, then every day after its start event up to its answer
 * (or as-of): counted, or skipped and why. The officer can check the arithmetic against a calendar.
 */
import type { Measured } from './measure.js';
import { isoOf, weekdayOf, type Calendar } from './working-days.js';

const STATUS_TEXT: Record<Measured['status'], string> = {
  'in-time': 'in time',
  extended: 'within the agreed extension',
  late: 'late',
  open: 'open, still within the window',
  overdue: 'open and past the window',
};

export function explainCase(
  measured: readonly Measured[],
  calendar: Calendar,
  asOf: number,
  lineWord: 'line' | 'row' = 'line',
): string[] {
  const lines: string[] = [];
  const first = measured[0];
  if (!first) return lines;
  lines.push(`${first.case.reference} (${lineWord} ${first.case.line})`);
  for (const m of measured) {
    const end = m.end ?? asOf;
    const ext =
      m.agreedExtension === undefined
        ? ''
        : `, + ${m.allowedExtension} extension${m.agreedExtension > m.allowedExtension ? ` (of ${m.agreedExtension} agreed)` : ''}`;
    lines.push(
      '',
      `${m.window.spec.label} (${m.window.limit.provision ?? 'the Code'}): ${m.window.limit.workingDays} working days${ext} from ${m.window.limit.from}`,
      `  from ${isoOf(m.start)} (${weekdayOf(m.start)}) to ${isoOf(end)} (${weekdayOf(end)}${m.end === undefined ? ', as of: not answered' : ''}); due by ${isoOf(m.due)}`,
    );
    for (const day of calendar.explain(m.start, end))
      lines.push(
        `  ${day.date} ${day.weekday.slice(0, 3)}  ${day.counted !== undefined ? `working day ${day.counted}` : `skipped: ${day.skipped}`}`,
      );
    lines.push(`  ${m.workingDays} working days: ${STATUS_TEXT[m.status]}`);
  }
  return lines;
}
