/**
 * Each case measured against each window, and the per-window figures. An extension counts only as far as the
 * Code allows it (an agreed 30 days on a stage 1 response still leaves it late after 10 + 10), and an extension
 * recorded with no length is taken at the Code's maximum: the most it could lawfully be.
 */
import type { CaseWindowFigures } from '../report/types.js';
import type { CaseRecord } from './cases.js';
import type { Window } from './windows.js';
import type { Calendar, DayNumber } from './working-days.js';

export type Status = 'in-time' | 'extended' | 'late' | 'open' | 'overdue';

export interface Measured {
  case: CaseRecord;
  window: Window;
  status: Status;
  start: DayNumber;
  /** The answer's date; absent while open. */
  end?: DayNumber;
  /** Working days taken (answered) or passed so far (open, to as-of). */
  workingDays: number;
  /** The extension agreed, in working days, as recorded (absent when none). */
  agreedExtension?: number;
  /** The extension counted: the agreed one capped at the Code's. */
  allowedExtension: number;
  /** The last day of the window with the allowed extension. */
  due: DayNumber;
}

export function measure(
  cases: readonly CaseRecord[],
  windows: readonly Window[],
  calendar: Calendar,
  asOf: DayNumber,
): Measured[] {
  const out: Measured[] = [];
  for (const window of windows) {
    const { spec, limit } = window;
    for (const c of cases) {
      const start = c.dates[window.from];
      if (start === undefined || start > asOf) continue;
      const ext = spec.extension;
      const max = window.extension?.workingDays ?? 0;
      const hasExtension =
        ext !== undefined && (c.dates[ext.date] !== undefined || c.extensionDays[ext.days] !== undefined);
      const agreed = hasExtension && ext ? (c.extensionDays[ext.days] ?? max) : undefined;
      const allowed = agreed === undefined ? 0 : Math.min(agreed, max);
      const due = calendar.add(start, limit.workingDays + allowed);
      const end = c.dates[spec.to];
      // One object literal per measurement (no spreads): a 100,000-case log makes 400,000 of them.
      let status: Status;
      let workingDays: number;
      if (end !== undefined) {
        workingDays = calendar.between(start, end);
        status =
          workingDays <= limit.workingDays
            ? 'in-time'
            : workingDays <= limit.workingDays + allowed
              ? 'extended'
              : 'late';
      } else {
        // Past due once the window's last day has gone by: on a Saturday after a Friday deadline, too.
        workingDays = calendar.between(start, asOf);
        status = asOf > due ? 'overdue' : 'open';
      }
      const m: Measured = { case: c, window, status, start, workingDays, allowedExtension: allowed, due };
      if (end !== undefined) m.end = end;
      if (agreed !== undefined) m.agreedExtension = agreed;
      out.push(m);
    }
  }
  return out;
}

/** The nearest-rank percentile of sorted values (p in 0..1). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] as number;
}

export function figures(measured: readonly Measured[], windows: readonly Window[]): CaseWindowFigures[] {
  return windows.map((window) => {
    const mine = measured.filter((m) => m.window === window);
    const count = (status: Status): number => mine.filter((m) => m.status === status).length;
    const taken = mine
      .filter((m) => m.end !== undefined)
      .map((m) => m.workingDays)
      .sort((a, b) => a - b);
    return {
      window: window.limit.key,
      stage: window.spec.stage,
      label: window.spec.label,
      provision: window.limit.provision ?? 'the Code',
      from: window.limit.from,
      limit: window.limit.workingDays,
      extensionLimit: window.extension?.workingDays ?? null,
      cases: mine.length,
      inTime: count('in-time'),
      extended: count('extended'),
      late: count('late'),
      open: count('open'),
      overdue: count('overdue'),
      medianWorkingDays: percentile(taken, 0.5),
      p90WorkingDays: percentile(taken, 0.9),
    };
  });
}
