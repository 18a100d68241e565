/** `assess init --code 2024`: a blank, schema-valid YAML form for one version. */
import type { Command } from 'commander';
import { loadCatalogue } from '../../catalogue/load.js';
import { CODE_VERSIONS } from '../../catalogue/types.js';
import { clip } from '../../util/text.js';
import { UsageError } from '../exit-codes.js';
import { codeFlag } from '../options.js';
import type { RunContext } from '../run-context.js';

export function registerInit(program: Command, ctx: RunContext): void {
  program
    .command('init')
    .description('print a blank YAML self-assessment for a Code version')
    .requiredOption('--code <version>', `the Code version (${CODE_VERSIONS.join(', ')})`)
    .option('--landlord <name>', 'the landlord name to fill in', 'Example Homes')
    .action(async (flags: { code: string; landlord: string }) => {
      // (the YAML writer is loaded by the commands that write YAML, not at every start)
      const { toYamlForm } = await import('../../report/yaml-text.js');
      const code = codeFlag(flags.code);
      if (!code) throw new UsageError('--code is required');
      const catalogue = loadCatalogue(code);
      const items = catalogue.provisions.map((p) => ({
        comment: ` ${p.id} (${p.obligation}): ${clip(p.text, 110)}`,
        value: { id: p.id, comply: '', evidence: '', commentary: '' },
      }));
      const header = [
        ` ${catalogue.title} self-assessment (${catalogue.provisions.length} provisions).`,
        ' comply: Yes | No | Partial | N/A. Explain every No or Partial in commentary; name evidence for every Yes.',
        ' Check it with: assess check <this file>',
      ].join('\n');
      const fields = { code, landlord: flags.landlord, period: '' };
      ctx.streams.stdout.write(toYamlForm(fields, ['code', 'period'], { key: 'provisions', items }, header));
    });
}
