/** `assess print-config`: the effective configuration, as YAML. */
import type { Command } from 'commander';
import { relative } from 'node:path';
import { rules } from '../../rules/index.js';
import { resolveConfig } from '../resolve-config.js';
import type { RunContext } from '../run-context.js';

export function registerPrintConfig(program: Command, ctx: RunContext): void {
  program
    .command('print-config')
    .description('show the effective configuration (file found, rule severities, paths, suppressions)')
    .option('-c, --config <path>', 'configuration file (default: nearest assess.config.yaml)')
    .option('--no-config', 'ignore any assess.config.yaml')
    .action(async (flags: { config?: string | boolean }) => {
      const config = await resolveConfig(ctx.streams.cwd, flags.config);
      const effective = {
        file: config.file ? relative(ctx.streams.cwd, config.file) || config.file : null,
        code: config.code ?? null,
        rules: Object.fromEntries(rules.map((r) => [r.id, config.rules[r.id] ?? r.severity])),
        paths: config.paths,
        ignore: config.ignore,
        suppressions: config.suppressions.map(({ location: _l, ...s }) => s),
      };
      const { toYamlText } = await import('../../report/yaml-text.js');
      ctx.streams.stdout.write(toYamlText(effective));
    });
}
