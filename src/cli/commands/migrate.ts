/**
 * `assess migrate FORM --to 2024`: a form of an older Code version (any input `check` reads) carried forward to
 * a newer version's canonical YAML through the crosswalks (normalise/migrate.ts), on stdout or `-o file`.
 */
import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isCodeVersion } from '../../catalogue/load.js';
import { versionChain } from '../../catalogue/crosswalk.js';
import { CODE_VERSIONS } from '../../catalogue/types.js';

/** The versions a form can migrate to: each scheme's versions after its first. */
const TARGETS = (): string[] => CODE_VERSIONS.filter((v) => versionChain(v).indexOf(v) > 0);
import { canMigrate, migrateAssessment, type Migrated } from '../../normalise/migrate.js';
import { loadCommandForm, type FormFlags } from '../load-form.js';
import { UsageError } from '../exit-codes.js';
import { addBudgetFlags, addReadFlags } from '../options.js';
import type { RunContext } from '../run-context.js';

type MigrateFlags = FormFlags & { to: string; output?: string };

const ids = (list: readonly string[]): string => (list.length > 0 ? `: ${list.join(', ')}` : '');

/** The YAML's opening comment: where it came from and what wants doing. */
function header(file: string, from: string, how: string, m: Migrated, period: string | undefined): string {
  const lines = [
    ` Migrated by assess from ${file} (${from} Code, ${how}) to the ${m.canonical.code} Code: a draft to complete.`,
    ` ${m.carried.length} provisions carried over one-to-one (a comment above one says what changed in its wording);`,
    ` ${m.review.length} carried over with a review: note (merged or split, or an answer that is no answer to the`,
    ` requirement: read each against its requirement, then delete the note); ${m.blank.length} left blank`,
    ` (new in ${m.canonical.code}, or not answered in the form)${ids(m.blank)}.`,
  ];
  if (m.dropped.length > 0)
    lines.push(` Answers not carried (no ${m.canonical.code} counterpart): ${from} ${m.dropped.join(', ')}.`);
  if (m.unknown.length > 0) lines.push(` Rows that are no ${from} provision, not carried: ${m.unknown.join(', ')}.`);
  if (period) lines.push(` The form's period (${period}) is left out: set this form's own.`);
  lines.push(` Check it with: assess check <this file>`);
  return lines.join('\n');
}

export function registerMigrate(program: Command, ctx: RunContext): void {
  const command = program
    .command('migrate')
    .description("carry a form of an older Code version forward to a newer version's canonical YAML")
    .argument('<file>', 'the form (YAML, DOCX, PDF, ..., or an http(s) URL)');
  addBudgetFlags(addReadFlags(command))
    .requiredOption(
      '--to <version>',
      "the Code version to migrate to (a newer version of the form's own Code: `assess codes` lists them)",
    )
    .option('-o, --output <file>', 'write the YAML to this file instead of stdout')
    .option('-c, --config <path>', 'configuration file (for its expected Code version)')
    .option('--no-config', 'ignore any assess.config.yaml')
    .action(async (file: string, flags: MigrateFlags) => {
      if (!isCodeVersion(flags.to)) {
        throw new UsageError(`unknown --to "${flags.to}" (one of: ${TARGETS().join(', ')})`);
      }
      const to = flags.to;
      // As in `check`: a small text file in-process, anything else in a worker under the budget; a URL fetched.
      const assessment = await loadCommandForm(ctx, file, flags);
      if (!assessment) return;
      if (!canMigrate(assessment.code, to)) {
        const newer = CODE_VERSIONS.filter((v) => canMigrate(assessment.code, v));
        throw new UsageError(
          newer.length > 0
            ? `${file} is a ${assessment.code} form: --to must be a newer version (${newer.join(', ')})`
            : `${file} is a ${assessment.code} form, of the newest Code: there is no newer version to migrate it to`,
        );
      }
      const migrated = migrateAssessment(assessment, to);
      const { detection } = assessment;
      const how =
        detection.method === 'detected' ? `detected ${Math.round(detection.confidence * 100)}%` : detection.method;
      const { toYamlText } = await import('../../report/yaml-text.js');
      const text = toYamlText(migrated.canonical, {
        quoteStrings: true,
        header: header(file, assessment.code, how, migrated, assessment.period),
        itemComments: { key: 'provisions', comments: migrated.comments },
      });
      if (flags.output === undefined) {
        ctx.streams.stdout.write(text);
        return;
      }
      const target = resolve(ctx.streams.cwd, flags.output);
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
      } catch (e) {
        throw new UsageError(
          `cannot write ${flags.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        );
      }
    });
}
