/**
 * Which column of a case log holds which field. Exports name their columns every which way ("Date Received",
 * "Stage 1 Acknowledgement Date", "S2 Response", "Ack. date (stage one)"), so a header is reduced to a key: its
 * words lower-cased, synonyms folded (s1 → stage1, acknowledgement → ack, replied → response), filler dropped
 * (date, of, the, complaint, request), and sorted, so the order of the words does not matter. A mapping file
 * (`--map columns.yaml`, `field: "Column heading"`) names the columns no synonym reaches.
 */
import { parse } from 'yaml';

export const DATE_FIELDS = [
  'received',
  'stage1Acknowledged',
  'stage1Response',
  'stage1Extension',
  'escalated',
  'stage2Acknowledged',
  'stage2Response',
  'stage2Extension',
] as const;
export const NUMBER_FIELDS = ['stage1ExtensionDays', 'stage2ExtensionDays'] as const;
export const TEXT_FIELDS = ['reference', 'category', 'outcome'] as const;

export type DateField = (typeof DATE_FIELDS)[number];
export type NumberField = (typeof NUMBER_FIELDS)[number];
export type TextField = (typeof TEXT_FIELDS)[number];
export type Field = DateField | NumberField | TextField;
export const FIELDS: readonly Field[] = [...TEXT_FIELDS, ...DATE_FIELDS, ...NUMBER_FIELDS];

/** What each field is, for messages and the README. */
export const FIELD_LABELS: Record<Field, string> = {
  reference: 'case reference',
  category: 'category',
  outcome: 'outcome',
  received: 'date received',
  stage1Acknowledged: 'stage 1 acknowledgement',
  stage1Response: 'stage 1 response',
  stage1Extension: 'stage 1 extension agreed',
  stage1ExtensionDays: 'stage 1 extension length (working days)',
  escalated: 'escalation request',
  stage2Acknowledged: 'stage 2 acknowledgement',
  stage2Response: 'stage 2 response',
  stage2Extension: 'stage 2 extension agreed',
  stage2ExtensionDays: 'stage 2 extension length (working days)',
};

/** Word → the one word it is folded to. */
const SYNONYMS: Record<string, string> = {
  s1: 'stage1',
  st1: 'stage1',
  s2: 'stage2',
  st2: 'stage2',
  ack: 'ack',
  acked: 'ack',
  acknowledge: 'ack',
  acknowledged: 'ack',
  acknowledgement: 'ack',
  acknowledgment: 'ack',
  response: 'response',
  responded: 'response',
  respond: 'response',
  reply: 'response',
  replied: 'response',
  received: 'received',
  receipt: 'received',
  recieved: 'received',
  logged: 'received',
  opened: 'received',
  escalation: 'escalated',
  escalated: 'escalated',
  escalate: 'escalated',
  extension: 'extension',
  extended: 'extension',
  ext: 'extension',
  length: 'days',
  days: 'days',
  wd: 'days',
  ref: 'reference',
  reference: 'reference',
  id: 'reference',
  number: 'reference',
  no: 'reference',
  type: 'category',
  category: 'category',
  subject: 'category',
  decision: 'outcome',
  outcome: 'outcome',
  result: 'outcome',
};
// Not "by": "Logged by" and "Responded by" hold people, not dates.
const FILLER = new Set([
  'date',
  'dt',
  'of',
  'the',
  'on',
  'complaint',
  'case',
  'request',
  'requested',
  'sent',
  'issued',
  'working',
  'to',
  'was',
  'in',
  'at',
  'and',
]);

/** The key a header reduces to: "Stage 1 Acknowledgement Date" and "Date acknowledged (S1)" are both "ack stage1". */
export function headerKey(header: string): string {
  const words = header
    .toLowerCase()
    .replace(/\bstage\s*(one|1)\b/g, 'stage1')
    .replace(/\bstage\s*(two|2)\b/g, 'stage2')
    .replace(/\b(first|1st) stage\b/g, 'stage1')
    .replace(/\b(second|2nd) stage\b/g, 'stage2')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => SYNONYMS[w] ?? w)
    .filter((w) => !FILLER.has(w));
  return [...new Set(words)].sort().join(' ');
}

/** Keys for each field; a header whose key is one of these is that field. */
const KEYS: Record<Field, string[]> = {
  reference: ['reference'],
  category: ['category', 'area service', 'service'],
  outcome: ['outcome', 'upheld'],
  received: ['received', 'received stage1'],
  stage1Acknowledged: ['ack', 'ack stage1'],
  stage1Response: ['response', 'response stage1'],
  stage1Extension: ['extension', 'extension stage1', 'agreed extension', 'agreed extension stage1'],
  stage1ExtensionDays: ['days extension', 'days extension stage1'],
  escalated: ['escalated', 'escalated stage2', 'stage2', 'received stage2', 'escalated received'],
  stage2Acknowledged: ['ack stage2', 'ack escalated'],
  stage2Response: ['response stage2', 'final response'],
  stage2Extension: ['extension stage2', 'agreed extension stage2'],
  stage2ExtensionDays: ['days extension stage2'],
};
const FIELD_OF_KEY = new Map<string, Field>(
  Object.entries(KEYS).flatMap(([field, keys]) => keys.map((k) => [k, field as Field] as const)),
);

export type ColumnMap = Partial<Record<Field, number>>;

/** A mapping file: field → the column heading it is in. */
export type MappingFile = Partial<Record<Field, string>>;

/** The mapping file's fields, or why it cannot be used (the caller names the file). */
export function parseMapping(text: string): MappingFile | string {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    return `not valid YAML: ${(e as Error).message.split('\n')[0]}`;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return 'expected `field: "Column heading"` lines, e.g. `received: "Date In"`';
  const out: MappingFile = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!(FIELDS as readonly string[]).includes(key)) return `unknown field "${key}" (fields: ${FIELDS.join(', ')})`;
    if (typeof value !== 'string' || value.trim() === '') return `${key}: give the column heading as text`;
    out[key as Field] = value;
  }
  return out;
}

/**
 * Each field's column: the mapping file's first, then the recognised headers (the first column of a field wins).
 * A mapped heading the log does not have is an error (returned as text), never a silently empty field.
 */
export function resolveColumns(headers: readonly string[], mapping: MappingFile = {}): ColumnMap | string {
  const columns: ColumnMap = {};
  const plain = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  for (const [field, heading] of Object.entries(mapping) as [Field, string][]) {
    const i = headers.findIndex((h) => plain(h) === plain(heading));
    if (i === -1) return `${field}: no column "${heading}" (columns: ${headers.map((h) => `"${h}"`).join(', ')})`;
    columns[field] = i;
  }
  const taken = new Set(Object.values(columns));
  headers.forEach((h, i) => {
    const field = FIELD_OF_KEY.get(headerKey(h));
    if (field && columns[field] === undefined && !taken.has(i)) columns[field] = i;
  });
  return columns;
}
