/** `assess codes [version]`: the catalogue versions, or every provision of one. */
import type { Command } from 'commander';
import { loadAllCatalogues, loadCatalogue } from '../../catalogue/load.js';
import { CODE_VERSIONS } from '../../catalogue/types.js';
import { clip } from '../../util/text.js';
import { codeFlag } from '../options.js';
import type { RunContext } from '../run-context.js';

export function registerCodes(program: Command, ctx: RunContext): void {
  program
    .command('codes')
    .description('list the Code versions, or every provision of one version')
    .argument('[version]', `a Code version: ${CODE_VERSIONS.join(', ')}`)
    .option('--json', 'as JSON')
    .action((version: string | undefined, flags: { json?: boolean }) => {
      const out = ctx.streams.stdout;
      const code = codeFlag(version);
      if (!code) {
        const rows = loadAllCatalogues().map((c) => ({
          version: c.version,
          title: c.title,
          effective: c.effective,
          provisions: c.provisions.length,
          must: c.provisions.filter((p) => p.obligation === 'must').length,
          should: c.provisions.filter((p) => p.obligation === 'should').length,
        }));
        if (flags.json) {
          out.write(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        for (const r of rows)
          out.write(
            `${r.version}  in force ${r.effective}  ${String(r.provisions).padStart(3)} provisions (${r.must} must, ${r.should} should)  ${r.title}\n`,
          );
        return;
      }
      const catalogue = loadCatalogue(code);
      if (flags.json) {
        out.write(`${JSON.stringify(catalogue.provisions, null, 2)}\n`);
        return;
      }
      const width = Math.max(...catalogue.provisions.map((p) => p.id.length));
      const sections = new Map(catalogue.sections.map((s) => [s.number, s.title]));
      let section = -1;
      for (const p of catalogue.provisions) {
        if (p.section !== section) {
          section = p.section;
          out.write(`\n${section} ${sections.get(section) ?? ''}\n`);
        }
        const stage = p.stage ? ` stage ${p.stage}` : '';
        out.write(`  ${p.id.padEnd(width)}  ${p.obligation.padEnd(6)}${stage.padEnd(8)}  ${clip(p.text, 90)}\n`);
      }
    });
}
