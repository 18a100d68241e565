/** `assess explain <rule|provision>`: what a rule checks and how to fix it, or a provision's text in each version. */
import type { Command } from 'commander';
import { loadAllCatalogues } from '../../catalogue/load.js';
import { rules, ruleById } from '../../rules/index.js';
import { UsageError } from '../exit-codes.js';
import { codeFlag } from '../options.js';
import type { RunContext } from '../run-context.js';
import { didYouMean } from '../../util/did-you-mean.js';

export function registerExplain(program: Command, ctx: RunContext): void {
  program
    .command('explain')
    .description('explain a rule (e.g. missing-answer) or a provision (e.g. 6.14)')
    .argument('[topic]', 'a rule id or a provision id; none lists the rules')
    .option('--code <version>', 'only this Code version (for a provision)')
    .action((topic: string | undefined, flags: { code?: string }) => {
      const out = ctx.streams.stdout;
      if (!topic) {
        for (const r of rules) out.write(`${r.id.padEnd(26)} ${r.severity.padEnd(8)} ${r.description}\n`);
        return;
      }
      const rule = ruleById(topic);
      if (rule) {
        out.write(
          `${rule.id} (default severity: ${rule.severity})\n\n${rule.description}\n\nWhy: ${rule.docs.why}\n\nFix: ${rule.docs.fix}\n`,
        );
        if (rule.docs.example) out.write(`\nExample: ${rule.docs.example}\n`);
        return;
      }
      const only = codeFlag(flags.code);
      const hits = loadAllCatalogues()
        .filter((c) => !only || c.version === only)
        .flatMap((c) => c.provisions.filter((p) => p.id.toLowerCase() === topic.toLowerCase()).map((p) => ({ c, p })));
      if (hits.length === 0) {
        throw new UsageError(
          `"${topic}" is neither a rule nor a provision${only ? ` of the ${only} Code` : ''}${didYouMean(
            topic,
            rules.map((r) => r.id),
          )} (rules: ${rules.map((r) => r.id).join(', ')})`,
        );
      }
      for (const { c, p } of hits) {
        const section = c.sections.find((s) => s.number === p.section)?.title ?? '';
        out.write(
          `${p.id} — ${c.version} Code, section ${p.section} ${section}${p.stage ? `, stage ${p.stage}` : ''} (${p.obligation})\n`,
        );
        out.write(`  ${p.text}\n`);
        for (const key of p.timescales ?? []) {
          const limit = c.timescales.find((t) => t.key === key);
          if (limit) out.write(`  Timescale: ${key} at most ${limit.workingDays} working days from ${limit.from}\n`);
        }
        out.write('\n');
      }
    });
}
