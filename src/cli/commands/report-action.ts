/** What `assess report` does once its flags are parsed (src/cli/commands/report.ts registers it). */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { mapProvision, sameScheme } from '../../catalogue/crosswalk.js';
import { loadCatalogue } from '../../catalogue/load.js';
import { failureHint } from '../../failure/failure.js';
import type { Assessment } from '../../normalise/assessment.js';
import { assessmentReport } from '../../pipeline/check-file.js';
import type { CheckOptions } from '../../pipeline/options.js';
import { applyPolicy } from '../../policy/policy.js';
import { TOOL_NAME } from '../../report/build-report.js';
import { countBySeverity, sortAndDedupe } from '../../report/findings.js';
import type { CheckedForm } from '../../report/governing/answers.js';
import { buildGoverningReport } from '../../report/governing/build-governing.js';
import type { ComparedForm } from '../../report/governing/compare-forms.js';
import { reportRenderers } from '../../report/governing/index.js';
import type { FileReport } from '../../report/types.js';
import type { Config } from '../../config/config.js';
import type { Budget } from '../../workers/budget.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { loadForm } from '../load-form.js';
import { budgetOptions, readOptions } from '../options.js';
import { resolveConfig } from '../resolve-config.js';
import { warn, type RunContext } from '../run-context.js';
import type { ReportCommandFlags } from './report.js';

interface Run {
  ctx: RunContext;
  config: Config;
  budget: Budget;
  userAgent?: string;
}

/** A form read and its rules run (before the policy stage); undefined, with one line said, when it cannot be read. */
async function readChecked(
  run: Run,
  file: string,
  options: CheckOptions,
): Promise<{ assessment: Assessment; report: FileReport } | undefined> {
  const loaded = await loadForm(run.ctx, file, options, run.budget, run.userAgent);
  if (!loaded.ok) {
    warn(run.ctx, `${file}: ${loaded.failure.message} (${failureHint(loaded.failure)})`);
    return undefined;
  }
  return { assessment: loaded.assessment, report: assessmentReport(loaded.assessment, options) };
}

/** A file's report through the policy stage (the configuration's suppressions), once. */
const afterPolicy = (run: Run, report: FileReport): FileReport =>
  applyPolicy([report], { failOn: 'never', config: run.config, cwd: run.ctx.streams.cwd, version: run.ctx.version })
    .report.files[0] ?? report;

const settled = (run: Run, read: { assessment: Assessment; report: FileReport }): CheckedForm => ({
  assessment: read.assessment,
  catalogue: loadCatalogue(read.assessment.code),
  report: afterPolicy(run, read.report),
});

/**
 * Which of the previous form's provisions each provision of the current Code descends from: itself within one
 * version, else its counterparts through the crosswalks (codes/crosswalk-*.yaml).
 */
function ancestry(current: CheckedForm, previous: CheckedForm): ComparedForm['ancestors'] {
  const now = current.catalogue.version;
  const then = previous.catalogue.version;
  if (now === then) return (id) => [id];
  if (!sameScheme(now, then)) {
    throw new UsageError(
      `${previous.report.file} is a form of the ${previous.catalogue.name}, ${current.report.file} of the ${current.catalogue.name}: no crosswalk joins the two schemes' Codes`,
    );
  }
  return (id) => mapProvision(now, then, id)?.ids ?? [];
}

/**
 * The case log's report, and the form's report with the findings the log's figures give on its answers added
 * (both before the policy stage).
 */
async function withCases(
  run: Run,
  form: { assessment: Assessment; report: FileReport },
  flags: ReportCommandFlags,
): Promise<{ form: FileReport; log: FileReport }> {
  const log = flags.cases as string;
  const { caseSettings, contradictionFindings } = await import('./cases-action.js');
  const { runCases } = await import('../../cases/run.js');
  const settings = await caseSettings(run.ctx, flags);
  const result = await runCases(resolve(run.ctx.streams.cwd, log), log, {
    code: form.assessment.code,
    rules: run.config.rules,
    ...settings,
  });
  if (!result.ok) throw new UsageError(`${log}: ${result.message} (${result.hint})`);
  const more = contradictionFindings(form.report.file, form.assessment, result.report, run.config.rules);
  const findings = sortAndDedupe([...form.report.findings, ...more]);
  return {
    form: { ...form.report, findings, counts: { ...form.report.counts, ...countBySeverity(findings) } },
    log: result.report,
  };
}

export async function runReportCommand(ctx: RunContext, file: string, flags: ReportCommandFlags): Promise<void> {
  const format =
    flags.format ?? (flags.output !== undefined && /\.(md|markdown)$/i.test(flags.output) ? 'markdown' : 'html');
  const render = reportRenderers[format];
  if (!render) throw new UsageError(`unknown --format "${format}"`);
  const config = await resolveConfig(ctx.streams.cwd, flags.config);
  const options = { ...readOptions(flags, config.code), rules: config.rules };
  const run: Run = {
    ctx,
    config,
    budget: budgetOptions(flags),
    ...(flags.userAgent !== undefined ? { userAgent: flags.userAgent } : {}),
  };
  const read = await readChecked(run, file, options);
  // The previous form is of whatever version it says it is: --code is about this year's form.
  const { code: _code, ...previousOptions } = options;
  const earlier = flags.previous !== undefined ? await readChecked(run, flags.previous, previousOptions) : undefined;
  if (!read || (flags.previous !== undefined && !earlier)) {
    ctx.exitCode = EXIT.usage;
    return;
  }
  const withLog = flags.cases !== undefined ? await withCases(run, read, flags) : undefined;
  const form = settled(run, { assessment: read.assessment, report: withLog?.form ?? read.report });
  const previous = earlier ? settled(run, earlier) : undefined;
  const report = buildGoverningReport({
    ...form,
    tool: { name: TOOL_NAME, version: ctx.version },
    ...(previous ? { previous: { ...previous, ancestors: ancestry(form, previous) } } : {}),
    ...(withLog ? { cases: afterPolicy(run, withLog.log) } : {}),
  });
  const text = (await render())(report);
  if (flags.output !== undefined) {
    await writeFile(resolve(ctx.streams.cwd, flags.output), text);
    warn(ctx, `${flags.output}: ${format === 'html' ? 'HTML' : 'Markdown'} report of ${file} written`);
  } else {
    ctx.streams.stdout.write(text);
  }
}
