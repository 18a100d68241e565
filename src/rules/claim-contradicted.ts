import type { Rule } from './types.js';
import type { Catalogue } from '../catalogue/types.js';
import type { Assessment, ProvisionRecord } from '../normalise/assessment.js';
import { describeDuration } from '../normalise/duration.js';
import { at, provisionIndex, rowSentences, sourceName, rowNamer } from './helpers.js';
import { contradiction } from '../normalise/statements/claims.js';
import { quoted } from '../util/text.js';

const KIND_WORDS = { acknowledge: 'acknowledgement', respond: 'response', extend: 'extension' } as const;

/**
 * A practice the row's own words state and the row's own provision forbids: a window longer than the one this
 * provision sets ("Stage 1 complaints are currently acknowledged within ten working days" at 6.2), a named
 * extra stage at the provision that forbids them, more stages than allowed at the one that counts them. The
 * readers behind timescale-breach, extra-stage and stage-count find these; here they take back this row's Yes.
 * Only a certain breach counts ("10 days" may be 10 working days), and only at the provision it breaches.
 */
function statedBreach(
  assessment: Assessment,
  catalogue: Catalogue,
  r: ProvisionRecord,
  timescales: ReadonlyMap<string, Assessment['timescales']>,
): { source: 'evidence' | 'commentary'; what: string; quote: string } | undefined {
  for (const t of timescales.get(r.id) ?? []) {
    if (t.source === 'timescales') continue;
    const limit = catalogue.timescales.find((l) => l.key === `stage${t.stage}.${t.kind}`);
    if (!limit || limit.provision !== r.id || t.duration.minWorkingDays <= limit.workingDays) continue;
    return {
      source: t.source,
      what: `a stage ${t.stage} ${KIND_WORDS[t.kind]} window of ${describeDuration(t.duration)}, longer than the Code's ${limit.workingDays} working days`,
      quote: t.quote,
    };
  }
  if (catalogue.extraStageProvision === r.id) {
    const s = assessment.extraStages.find((e) => e.provision === r.id);
    if (s) return { source: s.source, what: `an extra stage "${s.name}"`, quote: s.quote };
  }
  if (catalogue.stages.provision === r.id) {
    const s = assessment.stageCounts.find((c) => c.provision === r.id && c.count > catalogue.stages.max);
    if (s && s.source !== 'timescales') return { source: s.source, what: `a ${s.count}-stage process`, quote: s.quote };
  }
  return undefined;
}

export const claimContradicted: Rule = {
  id: 'claim-contradicted',
  severity: 'warning',
  description: 'A Yes whose own evidence or commentary says the requirement is not met.',
  summaryColumn: 'claims_contradicted',
  docs: {
    why: 'The Ombudsman\'s compliance checks find "Yes" answers that the landlord\'s own words take back: "the policy does not currently state this", "will need to be changed", "we do not yet", or a practice the provision forbids ("stage 1 complaints are acknowledged within ten working days"). A governing body that approves such a form has approved a claim its own evidence denies.',
    fix: 'Answer Partial or No, explain what is missing, and give the action and the date by which it will be met; or change the policy first and cite the section that now meets the requirement.',
    example:
      '1.3 | Yes | Complaints policy | The policy does not currently state that complaints can be made by a third party.',
  },
  check(assessment, catalogue) {
    const name = rowNamer(assessment, catalogue);
    const index = provisionIndex(catalogue);
    // Each row's stated windows, found once: a form may state thousands of them (one pass, not one per row).
    const timescales = new Map<string, Assessment['timescales']>();
    for (const t of assessment.timescales) {
      const list = timescales.get(t.provision ?? '');
      if (list) list.push(t);
      else timescales.set(t.provision ?? '', [t]);
    }
    const hint = 'answer Partial or No with the action and date, or cite the evidence that now meets it';
    return assessment.provisions.flatMap((r) => {
      if (r.comply !== 'yes') return [];
      const context = { requirements: [index.get(r.id)?.text, r.requirement], maxStages: catalogue.stages.max };
      for (const s of rowSentences(r)) {
        const admitted = contradiction(s.text, context);
        if (!admitted) continue;
        return [
          {
            provision: r.id,
            message: `${name(r.id)} is answered Yes but ${sourceName(s.source)} says it is not met ("${admitted.phrase}"): ${quoted(s.text, 120)}`,
            hint,
            ...at(r),
          },
        ];
      }
      const breach = statedBreach(assessment, catalogue, r, timescales);
      if (!breach) return [];
      return [
        {
          provision: r.id,
          message: `${name(r.id)} is answered Yes but ${sourceName(breach.source)} states ${breach.what}: ${quoted(breach.quote, 120)}`,
          hint,
          ...at(r),
        },
      ];
    });
  },
};
