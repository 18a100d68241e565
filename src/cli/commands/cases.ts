/**
 * `assess cases LOG`: a complaint log (CSV or XLSX) measured against the Code's windows in working days; the
 * per-window figures and the cases that breached, in the formats of `check`, with its exit codes. `--form` adds
 * the self-assessment's answers the cases contradict; `--explain REF` shows one case's days.
 */
import { Option, type Command } from 'commander';
import { addConfigFlags, addOutputFlags, type FinishFlags } from './check.js';
import type { RunContext } from '../run-context.js';

/** `cases`' own flags, and the output, exit-policy and config flags of `check` (no baselines). */
export interface CasesFlags extends Omit<FinishFlags, 'baseline' | 'writeBaseline'> {
  code: string;
  asOf?: string;
  map?: string;
  holidays?: string;
  explain?: string;
  form?: string;
  config?: string | boolean;
}

export function registerCases(program: Command, ctx: RunContext): void {
  const command = program
    .command('cases')
    .description("measure a complaint case log (CSV or XLSX) against the Code's timescales in working days")
    .argument('<log>', 'the case log: .csv (any delimiter, UTF-8 or UTF-16) or .xlsx')
    .addOption(new Option('--code <version>', 'the Code version whose timescales apply').default('2024'))
    .option('--as-of <date>', 'measure open cases to this day (ISO, default today)')
    .option('--map <file>', 'YAML mapping of fields to the log\'s column headings (`received: "Date In"`)')
    .option('--holidays <file>', 'extra closure days, one ISO date a line (# comments)')
    .option('--explain <reference>', 'list the days counted and skipped for one case, and stop')
    .option('--form <file>', 'the self-assessment (any input `check` reads): report the answers the cases contradict');
  addConfigFlags(addOutputFlags(command))
    // The case-log reader (csv-parse, and exceljs for XLSX) is loaded only when `cases` runs, not for `check`.
    .action(async (log: string, flags: CasesFlags, command: Command) => {
      const { runCasesCommand } = await import('./cases-action.js');
      await runCasesCommand(ctx, log, flags, command.getOptionValueSource('code') === 'cli');
    });
}
