/** Case logs written to a scratch folder and run through `runCases`, as the command runs them. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeVersion } from '../../src/catalogue/types.js';
import { runCases, type CasesRun } from '../../src/cases/run.js';
import type { MappingFile } from '../../src/cases/columns.js';
import { dayOfIso, makeCalendar } from '../../src/cases/working-days.js';

export const HEADER =
  'Reference,Date Received,Stage 1 Acknowledgement Date,Stage 1 Response,Extension Agreed,Extension Length,Escalation Request Date,Stage 2 Acknowledged,S2 Response,S2 Extension Length';

export function writeTemp(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'assess-cases-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export async function runOn(
  csv: string | Buffer,
  options: { code?: CodeVersion; asOf?: string; mapping?: MappingFile; name?: string } = {},
): Promise<CasesRun> {
  const path = writeTemp(options.name ?? 'log.csv', csv);
  const run = await runCases(path, 'log.csv', {
    code: options.code ?? '2024',
    asOf: dayOfIso(options.asOf ?? '2025-12-31') as number,
    calendar: makeCalendar(),
    ...(options.mapping ? { mapping: options.mapping } : {}),
  });
  if (!run.ok) throw new Error(`${run.code}: ${run.message}`);
  return run;
}

export const rulesOf = (run: CasesRun, rule: string): string[] =>
  run.report.findings.filter((f) => f.rule === rule).map((f) => `${f.location?.line ?? '-'} ${f.message}`);
