import { describe, expect, it } from 'vitest';
import { delimiterOf, readLog, type LogItem } from '../../src/cases/read-log.js';
import { writeTemp } from './helpers.js';

async function items(path: string): Promise<{ headers: string[]; rows: LogItem[] }> {
  const source = await readLog(path);
  if (!source.ok) throw new Error(source.message);
  const rows: LogItem[] = [];
  for await (const batch of source.rows) rows.push(...batch);
  return { headers: source.headers, rows };
}

const TEXT = 'Ref,Date Received\nA1,31/01/2025\nA2,"1 Feb 2025"\n';

describe('reading case logs (CSV)', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()])],
    ['semicolons', Buffer.from(TEXT.replace(/,/g, ';'))],
    ['tabs, CRLF', Buffer.from(TEXT.replace(/,/g, '\t').replace(/\n/g, '\r\n'))],
  ])('%s', async (_name, bytes) => {
    const { headers, rows } = await items(writeTemp('log.csv', bytes));
    expect(headers).toEqual(['Ref', 'Date Received']);
    expect(rows).toEqual([
      { line: 2, cells: ['A1', '31/01/2025'] },
      { line: 3, cells: ['A2', '1 Feb 2025'] },
    ]);
  });

  it('reads UTF-16 text split across chunks (a 100 KB log) whole', async () => {
    const body = Array.from({ length: 3000 }, (_, i) => `R${i},é ${i} Jan 2025`).join('\n');
    const text = `Ref,Date Received\n${body}\n`;
    const { rows } = await items(
      writeTemp('log.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
    );
    expect(rows).toHaveLength(3000);
    expect(rows[2999]).toEqual({ line: 3001, cells: ['R2999', 'é 2999 Jan 2025'] });
  });

  it('keeps a comma inside quotes, and reports a row of the wrong length with its line', async () => {
    const { rows } = await items(
      writeTemp(
        'log.csv',
        'Ref,Date Received,Category\nA1,"31/01/2025","Repairs, damp"\nA2,01/02/2025\n\nA3,02/02/2025,x,y\n',
      ),
    );
    expect(rows).toEqual([
      { line: 2, cells: ['A1', '31/01/2025', 'Repairs, damp'] },
      { line: 3, problem: '2 fields where the header has 3' },
      { line: 5, problem: '4 fields where the header has 3' },
    ]);
  });

  it('reports an unclosed quote as a problem row, not a crash', async () => {
    const { rows } = await items(
      writeTemp('log.csv', 'Ref,Date Received\nA1,31/01/2025\nA2,"01/02/2025\nA3,02/02/2025\n'),
    );
    expect(rows[0]).toEqual({ line: 2, cells: ['A1', '31/01/2025'] });
    expect(rows.some((r) => 'problem' in r)).toBe(true);
  });

  it('refuses what is no log, with one message', async () => {
    expect(await readLog(writeTemp('log.csv', ''))).toMatchObject({
      ok: false,
      code: 'unreadable',
      message: 'empty file',
    });
    expect(await readLog('/nonexistent/log.csv')).toMatchObject({ ok: false, code: 'not-found' });
    expect(await readLog(writeTemp('log.xlsx', 'Ref,Date\n'))).toMatchObject({ ok: false, code: 'unreadable' });
    expect(await readLog(writeTemp('log.csv', Buffer.from([1, 0, 2, 0, 3])))).toMatchObject({
      ok: false,
      code: 'unreadable',
    });
  });

  it('passes over a blank row of bare delimiters (a blank spreadsheet row exported)', async () => {
    const { rows } = await items(writeTemp('log.csv', 'Ref,Date Received\nA1,31/01/2025\n,\n ; \nA2,01/02/2025\n'));
    expect(rows).toEqual([
      { line: 2, cells: ['A1', '31/01/2025'] },
      { line: 4, problem: '1 field where the header has 2' },
      { line: 5, cells: ['A2', '01/02/2025'] },
    ]);
  });

  it('refuses a damaged XLSX with one message, not a crash', async () => {
    const damaged = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect(await readLog(writeTemp('log.xlsx', damaged))).toMatchObject({ ok: false, code: 'unreadable' });
  });

  it('picks the delimiter from the header line, outside quotes', () => {
    expect(delimiterOf('a;b;c\n1,2;3')).toBe(';');
    expect(delimiterOf('"a;b",c,d')).toBe(',');
    expect(delimiterOf('a\tb\tc')).toBe('\t');
    expect(delimiterOf('single')).toBe(',');
  });
});
