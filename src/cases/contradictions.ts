/**
 * `--form`: the self-assessment's answers set against the case log. A Yes to the provision that sets a window
 * (6.14 for the 2024 stage 2 response) is contradicted when more than CONTRADICTION_SHARE of the cases measured
 * against that window were late or are open past it. One finding on the form's row, with the figure.
 */
import type { Assessment } from '../normalise/assessment.js';
import type { CaseWindowFigures } from '../report/types.js';
import type { RuleResult } from '../rules/types.js';

/** Over a tenth of the cases late is no longer an exception: the Yes is contradicted. */
export const CONTRADICTION_SHARE = 0.1;

export function contradictedClaims(
  assessment: Assessment,
  windows: readonly CaseWindowFigures[],
  log: string,
): RuleResult[] {
  const out: RuleResult[] = [];
  for (const w of windows) {
    const missed = w.late + w.overdue;
    if (w.cases === 0 || missed / w.cases <= CONTRADICTION_SHARE) continue;
    const row = assessment.provisions.find((p) => p.id === w.provision && p.comply === 'yes');
    if (!row) continue;
    const share = Math.round((100 * missed) / w.cases);
    const overdue = w.overdue > 0 ? ` (${w.overdue} of them still open past the window)` : '';
    out.push({
      provision: w.provision,
      message: `${w.provision} answered Yes, but ${missed} of ${w.cases} ${w.label}s in ${log} (${share}%) were late${overdue}: limit ${w.limit} working days from ${w.from}`,
      ...(row.location ? { location: row.location } : {}),
    });
  }
  return out;
}
