import type { RuleResult, Rule } from './types.js';
import { at, rowNamer } from './helpers.js';

export const duplicateProvision: Rule = {
  id: 'duplicate-provision',
  severity: 'warning',
  description: 'The same provision appears more than once (an error when the answers conflict).',
  docs: {
    why: 'A section pasted twice, or a row numbered wrongly, leaves two answers for one provision; when they differ nobody can tell which the governing body approved.',
    fix: 'Keep one row per provision; if the rows were meant for different provisions, correct the id.',
  },
  check(assessment, catalogue) {
    const name = rowNamer(assessment, catalogue);
    const seen = new Map<string, typeof assessment.provisions>();
    for (const r of assessment.provisions) seen.set(r.id, [...(seen.get(r.id) ?? []), r]);
    const out: RuleResult[] = [];
    for (const [id, rows] of seen) {
      if (rows.length < 2) continue;
      const answers = new Set(rows.map((r) => r.comply ?? r.rawAnswer ?? ''));
      const conflict = answers.size > 1;
      for (const r of rows.slice(1)) {
        out.push({
          provision: id,
          ...(conflict ? { severity: 'error' as const } : {}),
          message: conflict
            ? `${name(id)} appears ${rows.length} times with conflicting answers (${[...answers].map((a) => a || 'blank').join(' / ')})`
            : `${name(id)} appears ${rows.length} times`,
          hint: 'keep one row per provision, or correct the id of the copied row',
          ...at(r),
        });
      }
    }
    return out;
  },
};
