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

/** A form read and checked, its findings after the suppressions; undefined when it could not be read. */
async function checkedForm(run: Run, file: string, options: CheckOptions): Promise<CheckedForm | undefined> {
  const loaded = await loadForm(run.ctx, file, options, run.budget, run.userAgent);
  if (!loaded.ok) {
    warn(run.ctx, `${file}: ${loaded.failure.message} (${failureHint(loaded.failure)})`);
    return undefined;
  }
  return checked(run, loaded.assessment, assessmentReport(loaded.assessment, options));
}

function checked(run: Run, assessment: Assessment, report: FileReport): CheckedForm {
  const [kept] = applyPolicy([report], {
    failOn: 'never',
    config: run.config,
    cwd: run.ctx.streams.cwd,
    version: run.ctx.version,
  }).report.files;
  return { assessment, catalogue: loadCatalogue(assessment.code), report: kept ?? report };
}

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

/** The case log's report, and the findings its figures give on the form's answers (added to the form's). */
async function withCases(
  run: Run,
  form: CheckedForm,
  flags: ReportCommandFlags,
): Promise<{ form: CheckedForm; log: FileReport }> {
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
  const report = { ...form.report, findings, counts: { ...form.report.counts, ...countBySeverity(findings) } };
  return { form: checked(run, form.assessment, report), log: checked(run, form.assessment, result.report).report };
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
  let form = await checkedForm(run, file, options);
  // The previous form is of whatever version it says it is: --code is about this year's form.
  const { code: _code, ...previousOptions } = options;
  const previous = flags.previous !== undefined ? await checkedForm(run, flags.previous, previousOptions) : undefined;
  if (!form || (flags.previous !== undefined && !previous)) {
    ctx.exitCode = EXIT.usage;
    return;
  }
  let log: FileReport | undefined;
  if (flags.cases !== undefined) ({ form, log } = await withCases(run, form, flags));
  const report = buildGoverningReport({
    ...form,
    tool: { name: TOOL_NAME, version: ctx.version },
    ...(previous ? { previous: { ...previous, ancestors: ancestry(form, previous) } } : {}),
    ...(log ? { cases: log } : {}),
  });
  const text = (await render())(report);
  if (flags.output !== undefined) {
    await writeFile(resolve(ctx.streams.cwd, flags.output), text);
    warn(ctx, `${flags.output}: ${format === 'html' ? 'HTML' : 'Markdown'} report of ${file} written`);
  } else {
    ctx.streams.stdout.write(text);
  }
}
