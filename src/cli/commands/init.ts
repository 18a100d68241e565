/** `assess init --code 2024`: a blank, schema-valid YAML form for one version. */
import type { Command } from 'commander';
import { loadCatalogue } from '../../catalogue/load.js';
import { CODE_VERSIONS } from '../../catalogue/types.js';
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
      const { Document, Scalar, YAMLMap, YAMLSeq } = await import('yaml');
      const quoted = (value: string) => {
        const s = new Scalar(value);
        s.type = 'QUOTE_DOUBLE';
        return s;
      };
      const code = codeFlag(flags.code);
      if (!code) throw new UsageError('--code is required');
      const catalogue = loadCatalogue(code);
      const doc = new Document({});
      const root = doc.contents as InstanceType<typeof YAMLMap>;
      root.set('code', quoted(code));
      root.set('landlord', flags.landlord);
      root.set('period', quoted(''));
      const provisions = new YAMLSeq();
      for (const p of catalogue.provisions) {
        const item = new YAMLMap();
        item.set('id', quoted(p.id));
        item.set('comply', quoted(''));
        item.set('evidence', quoted(''));
        item.set('commentary', quoted(''));
        item.commentBefore = ` ${p.id} (${p.obligation}): ${p.text.length > 110 ? `${p.text.slice(0, 109)}…` : p.text}`;
        provisions.items.push(item);
      }
      root.set('provisions', provisions);
      doc.commentBefore = ` ${catalogue.title} self-assessment (${catalogue.provisions.length} provisions).\n comply: Yes | No | Partial | N/A. Explain every No or Partial in commentary; name evidence for every Yes.\n Check it with: assess check <this file>`;
      ctx.streams.stdout.write(doc.toString({ lineWidth: 0 }));
    });
}
