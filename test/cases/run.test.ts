import { describe, expect, it } from 'vitest';
import { percentile } from '../../src/cases/measure.js';
import { HEADER, rulesOf, runOn } from './helpers.js';

const LOG = [
  HEADER,
  // in time at both stage 1 windows
  'C1,06/01/2025,07/01/2025,20/01/2025,,,,,,',
  // acknowledged on the 6th working day
  'C2,06/01/2025,14/01/2025,24/01/2025,,,,,,',
  // stage 1 answered on day 19 with a 10-day extension: extended; stage 2 day 26: late
  'C3,10/01/2025,13/01/2025,07/02/2025,27/01/2025,10,10/02/2025,12/02/2025,20/03/2025,',
  // still open at stage 1 as of 2025-12-31: overdue
  'C4,01/12/2025,02/12/2025,,,,,,,',
  // still open, within the window
  'C5,22/12/2025,23/12/2025,,,,,,,',
].join('\n');

describe('assess cases: figures and findings', () => {
  it('counts each window', async () => {
    const run = await runOn(LOG);
    const figures = run.report.cases?.windows.map((w) => [
      w.window,
      w.cases,
      w.inTime,
      w.extended,
      w.late,
      w.open,
      w.overdue,
    ]);
    expect(figures).toEqual([
      ['stage1.acknowledge', 5, 4, 0, 1, 0, 0],
      ['stage1.respond', 5, 2, 1, 0, 1, 1],
      ['stage2.acknowledge', 1, 1, 0, 0, 0, 0],
      ['stage2.respond', 1, 0, 0, 1, 0, 0],
    ]);
    expect(run.report.cases).toMatchObject({ asOf: '2025-12-31', rowsRead: 5, rowsUnusable: 0 });
    // stage 1 responses answered: C1 9, C2 8, C3 19 working days.
    expect(run.report.cases?.windows[1]).toMatchObject({ medianWorkingDays: 9, p90WorkingDays: 19 });
  });

  it('is the same report for the same log', async () => {
    expect(JSON.stringify((await runOn(LOG)).report)).toBe(JSON.stringify((await runOn(LOG)).report));
  });

  it('measures the 2020 Code from receipt, with no stage 2 acknowledgement window', async () => {
    const run = await runOn(LOG, { code: '2020' });
    expect(run.report.cases?.windows.map((w) => w.window)).toEqual([
      'stage1.acknowledge',
      'stage1.respond',
      'stage2.respond',
    ]);
    // C2 from receipt 06/01 to 24/01 is 14 working days: late under 2020 (10 from receipt), in time under 2024.
    expect(rulesOf(run, 'case-late').some((m) => m.startsWith('3 C2: stage 1 response took 14'))).toBe(true);
  });

  it('keeps a bad row out of the figures but counts and reports it', async () => {
    const run = await runOn(
      `${HEADER}\nC1,06/01/2025,07/01/2025,20/01/2025,,,,,,\nC2,06/01/2025,05/01/2025,,,,,,,\nC3,x,,,,,,,,\n`,
    );
    expect(run.report.cases).toMatchObject({ rowsRead: 3, rowsUnusable: 2 });
    expect(run.report.cases?.windows[0]?.cases).toBe(1);
    expect(rulesOf(run, 'case-row-invalid')).toEqual([
      '3 C2: stage 1 acknowledgement (2025-01-05) is before the date received (2025-01-06)',
      '4 C3: date received "x": not a date',
    ]);
  });

  it('reports a case with no date received, which no window can be measured from', async () => {
    const run = await runOn(`${HEADER}\nC1,,07/01/2025,20/01/2025,,,,,,\n`);
    expect(rulesOf(run, 'case-row-invalid')).toEqual(['2 C1: no date received']);
    expect(run.report.cases).toMatchObject({ rowsRead: 1, rowsUnusable: 1 });
  });

  it('calls a swappable date ambiguous only when its column holds month-first dates', async () => {
    const uk = await runOn(`Ref,Date Received\nA,04/05/2025\nB,13/05/2025\n`);
    expect(rulesOf(uk, 'case-row-invalid')).toEqual([]);
    const us = await runOn(`Ref,Date Received\nA,04/05/2025\nB,05/13/2025\nC,05/05/2025\n`);
    expect(rulesOf(us, 'case-row-invalid')).toEqual([
      '2 A: date received 04/05/2025 is ambiguous: the column holds month-first dates too, so it may be 2025-04-05',
      '3 B: date received "05/13/2025" is no day-first date (13 is no month): the column looks month-first (US order)',
    ]);
    expect(us.report.cases).toMatchObject({ rowsRead: 3, rowsUnusable: 2 });
  });

  it('percentiles by nearest rank', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([7], 0.9)).toBe(7);
  });
});

describe('assess cases: the JSON report', () => {
  it('is valid against schemas/report.schema.json, figures included', async () => {
    const { readFileSync } = await import('node:fs');
    const { Ajv } = await import('ajv');
    const { json } = await import('../../src/report/formatters/json.js');
    const { buildReport } = await import('../../src/report/build-report.js');
    const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'));
    const run = await runOn(LOG);
    const report = JSON.parse(json(buildReport([run.report], '0.0.0'), { color: false, rules: [], cwd: '.' }));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.files[0].cases.windows).toHaveLength(4);
  });
});
