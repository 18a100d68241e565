/**
 * `assess report FORM`: the document a governing body reads. A self-contained HTML report (or Markdown for a
 * repository or a job summary): answers per Code section, the Ombudsman's compliance-check layout, the actions,
 * and with `--previous` what changed since last year's form, with `--cases` the case log's figures.
 */
import { Option, type Command } from 'commander';
import { reportFormatNames } from '../../report/governing/index.js';
import { addBudgetFlags, addReadFlags, type BudgetFlags, type ReadFlags } from '../options.js';
import type { RunContext } from '../run-context.js';
import type { CasesFlags } from './cases.js';
import { addConfigFlags } from './check.js';

/** `report`'s flags; `--as-of`, `--map` and `--holidays` are those of `assess cases`. */
export interface ReportCommandFlags extends ReadFlags, BudgetFlags, Pick<CasesFlags, 'asOf' | 'map' | 'holidays'> {
  format?: string;
  output?: string;
  previous?: string;
  cases?: string;
  userAgent?: string;
  config?: string | boolean;
}

export function registerReport(program: Command, ctx: RunContext): void {
  const command = program
    .command('report')
    .description('write the governing-body report of a self-assessment (HTML, or Markdown)')
    .argument('<file>', 'the self-assessment (any input `check` reads, or an http(s) URL of a published form)')
    .addOption(
      new Option(
        '-f, --format <name>',
        `${reportFormatNames.join(' or ')} (default: html, markdown for -o *.md)`,
      ).choices(reportFormatNames),
    )
    .option('-o, --output <file>', 'write the report to this file instead of standard output')
    .option('--previous <file>', "last year's form (any version, any input): what changed since")
    .option('--cases <log>', 'the complaint case log (CSV or XLSX, as `assess cases` reads): its figures')
    .option('--as-of <date>', 'with --cases: measure open cases to this day (ISO, default today)')
    .option('--map <file>', "with --cases: YAML mapping of fields to the log's column headings")
    .option('--holidays <file>', 'with --cases: extra closure days, one ISO date a line')
    .option('--user-agent <string>', 'the User-Agent sent when fetching a URL');
  addConfigFlags(addBudgetFlags(addReadFlags(command))).action(async (file: string, flags: ReportCommandFlags) => {
    const { runReportCommand } = await import('./report-action.js');
    await runReportCommand(ctx, file, flags);
  });
}
