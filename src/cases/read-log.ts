/**
 * A case log's rows, streamed: CSV through csv-parse (any of `,` `;` tab `|` as the delimiter, picked from the
 * header line; UTF-8 with or without a BOM, UTF-16 LE or BE with one), XLSX through exceljs (read-log-xlsx.ts).
 * The first non-empty row is the header. Every other row comes out with its line number (the row number in a
 * spreadsheet), or as a problem with its line when csv-parse cannot split it: a malformed row is reported,
 * never dropped in silence.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Transform } from 'node:stream';
import { parse, type Parser } from 'csv-parse';
import { caseFailure, ioFailure, type CaseFailure } from './failures.js';

/** A cell as read: text from CSV; text, a number or a date cell from XLSX; null when blank. */
export type CellValue = string | number | Date | null;

export type LogItem = { line: number; cells: CellValue[] } | { line: number; problem: string };

export interface LogSource {
  ok: true;
  format: 'csv' | 'xlsx';
  headers: string[];
  /** The rows in batches (one promise per batch, not per row). */
  rows: AsyncIterable<LogItem[]>;
}

const SAMPLE_BYTES = 64 * 1024;

type Encoding = { name: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: number };

function encodingOf(head: Buffer): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return { name: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { name: 'utf-16be', bom: 2 };
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { name: 'utf-8', bom: 3 };
  return { name: 'utf-8', bom: 0 };
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter of the header line: the candidate it holds most often outside quotes (a comma when none). */
export function delimiterOf(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** UTF-16 bytes to text for csv-parse, chunk by chunk (a character split across chunks is kept whole). */
const decoding = (encoding: Encoding['name']): Transform => {
  const decoder = new TextDecoder(encoding);
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
};

export async function readLog(path: string): Promise<LogSource | CaseFailure> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return caseFailure('not-a-file', 'is a directory');
    if (!info.isFile()) return caseFailure('not-a-file', 'is not a regular file');
    if (info.size === 0) return caseFailure('unreadable', 'empty file');
  } catch (e) {
    return ioFailure(e);
  }
  let head: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(SAMPLE_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (e) {
    return ioFailure(e);
  }
  // A zip is an XLSX whatever its name; an .xlsx that is not a zip is not one.
  const isZip = head[0] === 0x50 && head[1] === 0x4b;
  if (isZip) {
    const { readXlsx } = await import('./read-log-xlsx.js');
    return readXlsx(path);
  }
  if (['.xlsx', '.xlsm'].includes(extname(path).toLowerCase()))
    return caseFailure('unreadable', 'not an XLSX workbook (no zip signature)');
  if (['.xls', '.ods', '.numbers'].includes(extname(path).toLowerCase()))
    return caseFailure('unreadable', `${extname(path)} workbooks are not read; save it as .xlsx or .csv`);
  if (head.includes(0) && encodingOf(head).name === 'utf-8')
    return caseFailure('unreadable', 'binary, not a CSV (UTF-16 needs its byte-order mark)');
  return readCsv(path, head);
}

async function readCsv(path: string, head: Buffer): Promise<LogSource | CaseFailure> {
  const encoding = encodingOf(head);
  const sample = new TextDecoder(encoding.name).decode(head.subarray(encoding.bom));
  const delimiter = delimiterOf(sample.replace(/^\s+/, ''));
  const problems: LogItem[] = [];
  const parser = parse({
    delimiter,
    bom: false,
    info: true,
    relax_quotes: true,
    // Rows of the wrong length are reported below with a plain message, not csv-parse's.
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  });
  // A record csv-parse cannot split (a stray quote) is skipped with this event; it becomes a problem row.
  parser.on('skip', (err: unknown) => {
    problems.push({ line: (err as { lines?: number } | undefined)?.lines ?? 0, problem: csvProblem(err) });
  });
  const bytes = createReadStream(path, { start: encoding.bom });
  bytes.on('error', (e) => parser.destroy(e));
  // csv-parse reads UTF-8 bytes itself; UTF-16 is decoded to text first.
  (encoding.name === 'utf-8' ? bytes : bytes.pipe(decoding(encoding.name))).pipe(parser);
  const batches = recordBatches(parser);
  let first: IteratorResult<Parsed[]>;
  try {
    first = await batches.next();
  } catch (e) {
    return caseFailure('unreadable', `cannot read the CSV: ${(e as Error).message}`);
  }
  const head0 = first.done ? undefined : first.value.shift();
  if (!head0) return caseFailure('unreadable', 'no rows: not even a header');
  const headers = head0.record.map((h) => h.trim());
  const toItem = ({ record, info }: Parsed): LogItem =>
    record.length !== headers.length
      ? {
          line: info.lines,
          problem: `${record.length} field${record.length === 1 ? '' : 's'} where the header has ${headers.length}`,
        }
      : { line: info.lines, cells: record };
  // A row of bare delimiters (",,,,", what spreadsheets export for a blank row) is blank, not a case.
  const blank = ({ record }: Parsed): boolean => record.every((c) => c.trim() === '');
  async function* rows(): AsyncGenerator<LogItem[]> {
    let batch: Parsed[] = first.done ? [] : first.value;
    for (;;) {
      yield [...problems.splice(0), ...batch.filter((p) => !blank(p)).map(toItem)];
      let next: IteratorResult<Parsed[]>;
      try {
        next = await batches.next();
      } catch (e) {
        yield [
          ...problems.splice(0),
          { line: 0, problem: `the CSV could not be read past here: ${(e as Error).message}` },
        ];
        return;
      }
      if (next.done) {
        if (problems.length > 0) yield problems.splice(0);
        return;
      }
      batch = next.value;
    }
  }
  return { ok: true, format: 'csv', headers, rows: rows() };
}

type Parsed = { record: string[]; info: { lines: number } };

/**
 * The parser's records in batches of what it has ready, not one promise per record: a 100,000-row log spent a
 * third of its time in the per-record async iteration.
 */
async function* recordBatches(parser: Parser): AsyncGenerator<Parsed[]> {
  let ready: Parsed[] = [];
  let ended = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  parser.on('readable', () => {
    let r: Parsed | null;
    while ((r = parser.read() as Parsed | null) !== null) ready.push(r);
    wake?.();
  });
  parser.on('end', () => {
    ended = true;
    wake?.();
  });
  parser.on('error', (e: Error) => {
    failure = e;
    wake?.();
  });
  for (;;) {
    if (ready.length > 0) {
      const out = ready;
      ready = [];
      yield out;
      continue;
    }
    if (failure) throw failure;
    if (ended) return;
    await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
  }
}

/** csv-parse's message without its option dump: "Invalid Closing Quote: …". */
const csvProblem = (err: unknown): string => {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/^Invalid Record Length: /, '').replace(/,? ?at line \d+.*$/, '');
};
