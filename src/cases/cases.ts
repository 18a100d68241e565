/**
 * Log rows to cases: each field's cell read (dates through dates.ts), each problem a row issue with its line.
 * A row with any issue is kept out of the figures (its dates cannot be trusted) but is counted and reported,
 * never dropped in silence. A day-first date whose day and month could be swapped is ambiguous, and an issue,
 * only when the same column also holds a date only month-first order can read: an export in US order.
 */
import { dateOfCell, dateOfSerial, readDate, type DateRead } from './dates.js';
import {
  DATE_FIELDS,
  FIELD_LABELS,
  NUMBER_FIELDS,
  type ColumnMap,
  type DateField,
  type NumberField,
} from './columns.js';
import type { CellValue, LogItem } from './read-log.js';
import { isoOf, type DayNumber } from './working-days.js';

export interface CaseRecord {
  line: number;
  reference: string;
  category?: string;
  outcome?: string;
  dates: Partial<Record<DateField, DayNumber>>;
  /** Agreed extension lengths, in working days. */
  extensionDays: Partial<Record<NumberField, number>>;
}

export interface RowIssue {
  line: number;
  reference?: string;
  message: string;
}

export interface CaseSet {
  /** Data rows read (not the header), usable or not. */
  rowsRead: number;
  /** Rows with no issue, in log order. */
  cases: CaseRecord[];
  /** Sorted by line. */
  issues: RowIssue[];
  /** Rows kept out of the figures (each has at least one issue). */
  unusable: number;
}

/** Pairs that must come in this order in one case: a later event dated before an earlier one is an issue. */
const ORDER: readonly [DateField, DateField][] = [
  ['received', 'stage1Acknowledged'],
  ['received', 'stage1Response'],
  ['stage1Acknowledged', 'stage1Response'],
  ['stage1Response', 'escalated'],
  ['escalated', 'stage2Acknowledged'],
  ['escalated', 'stage2Response'],
  ['stage2Acknowledged', 'stage2Response'],
];

const text = (cell: CellValue | undefined): string =>
  cell === null || cell === undefined
    ? ''
    : cell instanceof Date
      ? cell.toISOString().slice(0, 10)
      : String(cell).trim();

const dateRead = (cell: CellValue | undefined): DateRead =>
  cell === null || cell === undefined
    ? { kind: 'empty' }
    : cell instanceof Date
      ? dateOfCell(cell)
      : typeof cell === 'number'
        ? dateOfSerial(cell)
        : readDate(cell);

/** "10", "10 days", "10 working days", "10 WD": a whole number of working days; undefined when blank. */
function workingDays(cell: CellValue | undefined): number | undefined | string {
  const t = text(cell);
  if (t === '') return undefined;
  const m = /^(\d{1,3})(?:\.0+)?\s*(?:(?:working\s+)?days?|wd)?$/i.exec(t);
  return m ? Number(m[1]) : `"${t}" is not a number of working days`;
}

export async function readCases(batches: AsyncIterable<LogItem[]>, columns: ColumnMap): Promise<CaseSet> {
  const cases: (CaseRecord & { bad?: true })[] = [];
  const issues: RowIssue[] = [];
  let problemRows = 0;
  /** Per date field: the cases whose value could be read month-first too, and whether the column is month-first. */
  const swappable = new Map<DateField, number[]>();
  const monthFirst = new Set<DateField>();
  for await (const batch of batches)
    for (const item of batch) {
      if ('problem' in item) {
        issues.push({ line: item.line, message: `malformed row: ${item.problem}` });
        problemRows++;
        continue;
      }
      const cell = (i: number | undefined): CellValue | undefined => (i === undefined ? undefined : item.cells[i]);
      const reference = text(cell(columns.reference)) || `line ${item.line}`;
      const record: CaseRecord & { bad?: true } = { line: item.line, reference, dates: {}, extensionDays: {} };
      const category = text(cell(columns.category));
      if (category) record.category = category;
      const outcome = text(cell(columns.outcome));
      if (outcome) record.outcome = outcome;
      const issue = (message: string): void => {
        issues.push({ line: item.line, reference, message });
        record.bad = true;
      };
      for (const field of DATE_FIELDS) {
        const read = dateRead(cell(columns[field]));
        if (read.kind === 'empty') continue;
        if (read.kind === 'date') {
          record.dates[field] = read.day;
          if (read.swappable) {
            const list = swappable.get(field);
            if (list) list.push(cases.length);
            else swappable.set(field, [cases.length]);
          }
        } else if (read.kind === 'month-first') {
          monthFirst.add(field);
          issue(
            `${FIELD_LABELS[field]} "${read.text}" is no day-first date (${read.text.split(/[/.-]/)[1]} is no month): the column looks month-first (US order)`,
          );
        } else issue(`${FIELD_LABELS[field]} "${read.text}": ${read.why}`);
      }
      // Every window starts from receipt or from a later event: a case with no date received cannot be checked.
      if (record.dates.received === undefined && !record.bad) issue(`no ${FIELD_LABELS.received}`);
      for (const field of NUMBER_FIELDS) {
        const days = workingDays(cell(columns[field]));
        if (typeof days === 'number') record.extensionDays[field] = days;
        else if (typeof days === 'string') issue(`${FIELD_LABELS[field]}: ${days}`);
      }
      for (const [before, after] of ORDER) {
        const a = record.dates[before];
        const b = record.dates[after];
        if (a !== undefined && b !== undefined && b < a)
          issue(`${FIELD_LABELS[after]} (${isoOf(b)}) is before the ${FIELD_LABELS[before]} (${isoOf(a)})`);
      }
      cases.push(record);
    }
  for (const field of monthFirst) {
    for (const i of swappable.get(field) ?? []) {
      const record = cases[i] as CaseRecord & { bad?: true };
      const day = record.dates[field] as DayNumber;
      issues.push({
        line: record.line,
        reference: record.reference,
        message: `${FIELD_LABELS[field]} ${isoOf(day).split('-').reverse().join('/')} is ambiguous: the column holds month-first dates too, so it may be ${monthFirstReading(day)}`,
      });
      record.bad = true;
    }
  }
  issues.sort((a, b) => a.line - b.line || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  const usable = cases.filter((c) => !c.bad);
  return {
    rowsRead: cases.length + problemRows,
    cases: usable.map(({ bad: _bad, ...c }) => c),
    issues,
    unusable: cases.length - usable.length + problemRows,
  };
}

/** 2025-05-04 read day-first as 04/05 is, month-first, 5 April 2025. */
function monthFirstReading(day: DayNumber): string {
  const [y, m, d] = isoOf(day).split('-');
  return `${y}-${d}-${m}`;
}
