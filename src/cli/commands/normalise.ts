/** `assess normalise FILE`: the canonical assessment a DOCX, PDF or YAML form holds, as YAML or JSON. */
import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { abortsCheck } from '../../failure/failure.js';
import { loadAssessment } from '../../pipeline/load-assessment.js';
import { toCanonical } from '../../normalise/to-canonical.js';
import { toYamlText } from '../../report/yaml-text.js';
import { fileAt } from '../../report/location-text.js';
import { EXIT } from '../exit-codes.js';
import { addReadFlags, readOptions, type ReadFlags } from '../options.js';
import { resolveConfig } from '../resolve-config.js';
import { warn, type RunContext } from '../run-context.js';

export function registerNormalise(program: Command, ctx: RunContext): void {
  const command = program
    .command('normalise')
    .alias('normalize')
    .description('print the canonical YAML (or JSON) assessment of a DOCX, PDF or YAML form')
    .argument('<file>', 'the form');
  addReadFlags(command)
    .addOption(new Option('-f, --format <format>', 'yaml or json').choices(['yaml', 'json']).default('yaml'))
    .option('-c, --config <path>', 'configuration file (for its expected Code version)')
    .option('--no-config', 'ignore any assess.config.yaml')
    .action(async (file: string, flags: ReadFlags & { format: 'yaml' | 'json'; config?: string | boolean }) => {
      const config = await resolveConfig(ctx.streams.cwd, flags.config);
      const loaded = await loadAssessment(resolve(ctx.streams.cwd, file), file, readOptions(flags, config.code));
      if (!loaded.ok) {
        warn(ctx, `${fileAt(file, loaded.failure.location)}: ${loaded.failure.message}`);
        ctx.exitCode = abortsCheck(loaded.failure) ? EXIT.usage : EXIT.findings;
        return;
      }
      const canonical = toCanonical(loaded.assessment);
      const { detection } = loaded.assessment;
      if (flags.format === 'json') {
        ctx.streams.stdout.write(`${JSON.stringify(canonical, null, 2)}\n`);
      } else {
        const how =
          detection.method === 'detected'
            ? `detected (${Math.round(detection.confidence * 100)}%: ${detection.signals.slice(0, 3).join('; ')})`
            : detection.method;
        ctx.streams.stdout.write(
          toYamlText(canonical, {
            quoteStrings: true,
            header: ` Normalised by assess from ${file}; Code version ${canonical.code} ${how}.`,
          }),
        );
      }
    });
}
