/**
 * The generator's logs (scripts/cases/generate-log.mjs), whose every case's status is known by construction from
 * its own working-day count over date-holidays: the tool must measure each case the same way, from CSV and XLSX.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, no types
import { expectedOf, generateLog, logCsv, logXlsx } from '../../scripts/cases/generate-log.mjs';
import { runCases, type CasesRun } from '../../src/cases/run.js';
import { dayOfIso, makeCalendar } from '../../src/cases/working-days.js';
import { writeTemp } from './helpers.js';

type Expected = Record<string, Record<string, string>>;

const AS_OF = '2025-12-31';
const cases = generateLog({ count: 400, seed: 11, asOf: AS_OF }) as unknown[];
const expected = expectedOf(cases) as Expected;

async function run(path: string): Promise<CasesRun> {
  const r = await runCases(path, 'log', { code: '2024', asOf: dayOfIso(AS_OF) as number, calendar: makeCalendar() });
  if (!r.ok) throw new Error(r.message);
  return r;
}

const statuses = (r: CasesRun): Expected => {
  const out: Expected = {};
  for (const m of r.measured) (out[m.case.reference] ??= {})[m.window.limit.key] = m.status;
  return out;
};

describe('generated case logs', () => {
  it('CSV: every case measured as the generator built it (Christmas, Easter, 2022/2023 one-offs, leap day)', async () => {
    const r = await run(writeTemp('log.csv', logCsv(cases) as string));
    expect(r.report.cases).toMatchObject({ rowsRead: 400, rowsUnusable: 0 });
    expect(statuses(r)).toEqual(expected);
    const late = Object.values(expected)
      .flatMap((e) => Object.values(e))
      .filter((s) => s === 'late').length;
    expect(late).toBeGreaterThan(20);
    expect(r.report.findings.filter((f) => f.rule === 'case-late')).toHaveLength(
      Math.min(late, 100) + (late > 100 ? 1 : 0),
    );
  });

  it('XLSX (date cells and Excel serials): the same figures as the CSV', async () => {
    const csv = await run(writeTemp('log.csv', logCsv(cases) as string));
    const xlsx = await run(writeTemp('log.xlsx', (await logXlsx(cases)) as Buffer));
    expect(statuses(xlsx)).toEqual(expected);
    expect(xlsx.report.cases).toEqual(csv.report.cases);
  });
});
