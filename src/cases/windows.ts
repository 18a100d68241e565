/**
 * The windows a case log is measured against, with the catalogue's `timescales` as the only source of the limits
 * and of the event each is counted from: the 2024 Code counts the stage 1 response from the acknowledgement,
 * the 2020 Code from receipt, the 2022 Code from logging (the acknowledgement's date: logging is how it is
 * acknowledged). A window the version does not set (a stage 2 acknowledgement before 2024) is not measured.
 */
import type { Catalogue, TimescaleKey, TimescaleLimit } from '../catalogue/types.js';
import type { DateField, NumberField } from './columns.js';

export interface WindowSpec {
  key: TimescaleKey;
  stage: 1 | 2;
  /** "stage 1 response": what is counted. */
  label: string;
  /** The event that ends the window. */
  to: DateField;
  /** The extension the Code allows on this window, and where the log records one. */
  extension?: { key: TimescaleKey; date: DateField; days: NumberField };
}

export const WINDOW_SPECS: readonly WindowSpec[] = [
  { key: 'stage1.acknowledge', stage: 1, label: 'stage 1 acknowledgement', to: 'stage1Acknowledged' },
  {
    key: 'stage1.respond',
    stage: 1,
    label: 'stage 1 response',
    to: 'stage1Response',
    extension: { key: 'stage1.extend', date: 'stage1Extension', days: 'stage1ExtensionDays' },
  },
  { key: 'stage2.acknowledge', stage: 2, label: 'stage 2 acknowledgement', to: 'stage2Acknowledged' },
  {
    key: 'stage2.respond',
    stage: 2,
    label: 'stage 2 response',
    to: 'stage2Response',
    extension: { key: 'stage2.extend', date: 'stage2Extension', days: 'stage2ExtensionDays' },
  },
];

/** The catalogue's `from` wording → the log field holding that event's date; the first pattern that matches wins. */
const FROM_EVENTS: readonly [RegExp, DateField][] = [
  [/acknowledgement of the stage 2|stage 2 request/i, 'stage2Acknowledged'],
  [/escalat/i, 'escalated'],
  [/acknowledgement of the complaint|being logged|logging/i, 'stage1Acknowledged'],
  [/receipt of the complaint/i, 'received'],
];

export const fromEvent = (limit: TimescaleLimit): DateField | undefined =>
  FROM_EVENTS.find(([pattern]) => pattern.test(limit.from))?.[1];

export interface Window {
  spec: WindowSpec;
  limit: TimescaleLimit;
  from: DateField;
  /** The longest extension the Code allows, in working days; absent when the window has none. */
  extension?: TimescaleLimit;
}

/** The windows `catalogue` sets, in stage order. */
export function windowsOf(catalogue: Catalogue): Window[] {
  return WINDOW_SPECS.flatMap((spec) => {
    const limit = catalogue.timescales.find((t) => t.key === spec.key);
    if (!limit) return [];
    const from = fromEvent(limit);
    if (!from) throw new Error(`${catalogue.version} Code: no log field for "${limit.from}" (${limit.key})`);
    const extension = spec.extension ? catalogue.timescales.find((t) => t.key === spec.extension?.key) : undefined;
    return [{ spec, limit, from, ...(extension ? { extension } : {}) }];
  });
}
