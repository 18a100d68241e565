/** What `assess cases` does once its flags are parsed (src/cli/commands/cases.ts registers it). */
import type { CasesFlags } from './cases.js';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseClosures } from '../../cases/closures.js';
import { parseMapping, type MappingFile } from '../../cases/columns.js';
import { contradictedClaims } from '../../cases/contradictions.js';
import { explainCase } from '../../cases/explain.js';
import { asFindings, runCases } from '../../cases/run.js';
import { dayOfIso, makeCalendar, type Calendar, type DayNumber } from '../../cases/working-days.js';
import type { CodeVersion } from '../../catalogue/types.js';
import type { Config } from '../../config/config.js';
import type { Assessment } from '../../normalise/assessment.js';
import { failureHint } from '../../failure/failure.js';
import { assessmentReport } from '../../pipeline/check-file.js';
import { loadAssessment } from '../../pipeline/load-assessment.js';
import { DEFAULT_READ_OPTIONS } from '../../pipeline/options.js';
import { countBySeverity } from '../../report/findings.js';
import type { FileReport } from '../../report/types.js';
import type { RuleSettings } from '../../rules/run-rules.js';
import type { Finding } from '../../rules/types.js';
import { UsageError } from '../exit-codes.js';
import { codeFlag } from '../options.js';
import { parseOutputs } from '../output.js';
import { failOnFlag, maxWarningsFlag } from '../report-policy.js';
import { resolveConfig } from '../resolve-config.js';
import type { RunContext } from '../run-context.js';
import { finishRun } from './check.js';

/** Today in the UK as a day number: the date an officer would write, not UTC's (they differ in BST after 23:00). */
function today(): DayNumber {
  const text = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  return dayOfIso(text) as DayNumber;
}

async function readText(ctx: RunContext, file: string, what: string): Promise<string> {
  try {
    return await readFile(resolve(ctx.streams.cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${file}: cannot read the ${what} (${code === 'ENOENT' ? 'file not found' : (code ?? 'read error')})`,
    );
  }
}

/** What `--as-of`, `--map` and `--holidays` say (`assess cases`, and `assess report --cases`). */
export async function caseSettings(
  ctx: RunContext,
  flags: Pick<CasesFlags, 'asOf' | 'map' | 'holidays'>,
): Promise<{ asOf: DayNumber; mapping?: MappingFile; calendar: Calendar }> {
  let asOf = today();
  if (flags.asOf !== undefined) {
    const day = dayOfIso(flags.asOf);
    if (day === undefined) throw new UsageError(`--as-of must be an ISO date (2025-03-31), not "${flags.asOf}"`);
    asOf = day;
  }
  let mapping: MappingFile | undefined;
  if (flags.map !== undefined) {
    const parsed = parseMapping(await readText(ctx, flags.map, 'column mapping'));
    if (typeof parsed === 'string') throw new UsageError(`${flags.map}: ${parsed}`);
    mapping = parsed;
  }
  let closures = new Map<DayNumber, string>();
  if (flags.holidays !== undefined) {
    const parsed = parseClosures(await readText(ctx, flags.holidays, 'closure days'));
    if (typeof parsed === 'string') throw new UsageError(`${flags.holidays}: ${parsed}`);
    closures = parsed;
  }
  return { asOf, calendar: makeCalendar(closures), ...(mapping ? { mapping } : {}) };
}

/**
 * `codeGiven`: --code was on the command line. Without it, a --form's own version (as `check` detects it) sets the
 * windows, so a 2022 form is held against the 2022 Code's; with it, the form is read as that version.
 */
export async function runCasesCommand(
  ctx: RunContext,
  log: string,
  flags: CasesFlags,
  codeGiven: boolean,
): Promise<void> {
  const forced = codeFlag(flags.code) ?? '2024';
  parseOutputs(flags.format, flags.output, 'stylish');
  failOnFlag(flags.failOn);
  maxWarningsFlag(flags.maxWarnings);
  const { asOf, mapping, calendar } = await caseSettings(ctx, flags);
  const config = await resolveConfig(ctx.streams.cwd, flags.config);
  const assessment =
    flags.form !== undefined ? await loadForm(ctx, flags.form, codeGiven ? forced : undefined) : undefined;
  const code = codeGiven ? forced : (assessment?.code ?? forced);
  const run = await runCases(resolve(ctx.streams.cwd, log), log, {
    code,
    asOf,
    calendar,
    rules: config.rules,
    ...(mapping ? { mapping } : {}),
  });
  if (!run.ok)
    throw new UsageError(`${flags.map && run.code === 'bad-mapping' ? flags.map : log}: ${run.message} (${run.hint})`);

  if (flags.explain !== undefined) {
    const ref = flags.explain.trim().toLowerCase();
    const mine = run.measured.filter((m) => m.case.reference.toLowerCase() === ref);
    if (mine.length === 0) {
      const known = run.set.cases.find((c) => c.reference.toLowerCase() === ref);
      const bad = run.set.issues.find((i) => i.reference?.toLowerCase() === ref);
      throw new UsageError(
        known
          ? `${log}: ${flags.explain} (line ${known.line}) has no dated start event for any window`
          : bad
            ? `${log}: ${flags.explain} (line ${bad.line}) could not be used: ${bad.message}`
            : `${log}: no case "${flags.explain}"`,
      );
    }
    ctx.streams.stdout.write(
      `${explainCase(mine, calendar, asOf, run.format === 'xlsx' ? 'row' : 'line').join('\n')}\n`,
    );
    return;
  }

  const reports: FileReport[] = [run.report];
  if (flags.form !== undefined && assessment) reports.push(formReport(flags.form, assessment, run.report, config));
  await finishRun(ctx, reports, flags, 'stylish', false, config);
}

async function loadForm(ctx: RunContext, form: string, code: CodeVersion | undefined): Promise<Assessment> {
  const loaded = await loadAssessment(resolve(ctx.streams.cwd, form), form, {
    ...DEFAULT_READ_OPTIONS,
    ...(code ? { code } : {}),
  });
  if (!loaded.ok) throw new UsageError(`${form}: ${loaded.failure.message} (${failureHint(loaded.failure)})`);
  return loaded.assessment;
}

/** The self-assessment's report holding only the answers the cases contradict. */
function formReport(form: string, assessment: Assessment, log: FileReport, config: Config): FileReport {
  const base = assessmentReport(assessment, { rules: config.rules });
  const findings = contradictionFindings(form, assessment, log, config.rules);
  return { ...base, findings, counts: { ...base.counts, ...countBySeverity(findings) } };
}

/** The form's answers a case log's figures contradict, as findings about the form. */
export const contradictionFindings = (
  form: string,
  assessment: Assessment,
  log: FileReport,
  rules: RuleSettings,
): Finding[] =>
  asFindings(
    'claim-contradicted-by-cases',
    contradictedClaims(assessment, log.cases?.windows ?? [], log.file),
    form,
    rules,
  );
