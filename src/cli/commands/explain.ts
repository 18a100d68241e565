/** `assess explain <rule|provision>`: what a rule checks and how to fix it, or a provision's text in each version. */
import type { Command } from 'commander';
import { ancestors, mapProvision } from '../../catalogue/crosswalk.js';
import { loadAllCatalogues, loadCatalogue } from '../../catalogue/load.js';
import { rules, ruleById } from '../../rules/index.js';
import { UsageError } from '../exit-codes.js';
import { codeFlag } from '../options.js';
import type { RunContext } from '../run-context.js';
import type { CodeVersion } from '../../catalogue/types.js';
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
        if (only) out.write(ancestry(c.version, p.id));
        out.write('\n');
      }
    });
}

/** What a provision came from in each older version (`explain 6.14 --code 2024`), from the crosswalks. */
function ancestry(version: CodeVersion, id: string): string {
  const found = ancestors(version, id) ?? [];
  if (found.length === 0) return '';
  const lines: string[] = [];
  for (const m of found) {
    if (m.ids.length === 0) {
      lines.push(`  ${m.to}: none (new since the ${m.to} Code)`);
      continue;
    }
    const older = loadCatalogue(m.to);
    // What the ancestors became, as seen from them: split, merged, or both.
    const became = [...new Set(m.ids.flatMap((a) => mapProvision(m.to, version, a)?.ids ?? []))];
    const how =
      m.kind === 'one-to-one'
        ? ''
        : m.kind === 'one-to-many'
          ? ' (merged into this one)'
          : m.kind === 'many-to-one'
            ? ` (split: it became ${became.join(', ')})`
            : ` (together they became ${became.join(', ')})`;
    lines.push(`  ${m.to}: ${m.ids.join(', ')}${how}`);
    for (const ancestor of m.ids) {
      const text = older.provisions.find((p) => p.id === ancestor)?.text ?? '';
      lines.push(`    ${ancestor}  ${text}`);
    }
  }
  // The notes of the nearest step: what changed between the last version and this one.
  const notes = [...new Set((found[0]?.notes ?? []).map((n) => n.note))];
  for (const note of notes) lines.push(`  Changed since ${found[0]?.to ?? ''}: ${note}`);
  return `  Ancestors:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}
