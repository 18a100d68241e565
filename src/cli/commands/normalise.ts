/** `assess normalise FILE`: the canonical assessment a DOCX, PDF or YAML form holds, as YAML or JSON. */
import { Option, type Command } from 'commander';
import { loadCommandForm, type FormFlags } from '../load-form.js';
import { toCanonical } from '../../normalise/to-canonical.js';
import { addBudgetFlags, addReadFlags } from '../options.js';
import type { RunContext } from '../run-context.js';

type NormaliseFlags = FormFlags & { format: 'yaml' | 'json' };

export function registerNormalise(program: Command, ctx: RunContext): void {
  const command = program
    .command('normalise')
    .alias('normalize')
    .description('print the canonical YAML (or JSON) assessment of a DOCX, PDF or YAML form')
    .argument('<file>', 'the form, or an http(s) URL of a published one');
  addBudgetFlags(addReadFlags(command))
    .addOption(new Option('-f, --format <format>', 'yaml or json').choices(['yaml', 'json']).default('yaml'))
    .option('-c, --config <path>', 'configuration file (for its expected Code version)')
    .option('--no-config', 'ignore any assess.config.yaml')
    .option('--user-agent <string>', 'the User-Agent sent when fetching a URL')
    .action(async (file: string, flags: NormaliseFlags) => {
      // As in `check`: a small text file in-process, anything else in a worker under the budget.
      const assessment = await loadCommandForm(ctx, file, flags);
      if (!assessment) return;
      const canonical = toCanonical(assessment);
      const { detection } = assessment;
      if (flags.format === 'json') {
        ctx.streams.stdout.write(`${JSON.stringify(canonical, null, 2)}\n`);
      } else {
        const how =
          detection.method === 'detected'
            ? `detected (${Math.round(detection.confidence * 100)}%: ${detection.signals.slice(0, 3).join('; ')})`
            : detection.method;
        const { toYamlText } = await import('../../report/yaml-text.js');
        ctx.streams.stdout.write(
          toYamlText(canonical, {
            quoteStrings: true,
            header: ` Normalised by assess from ${file}; Code version ${canonical.code} ${how}.`,
          }),
        );
      }
    });
}
