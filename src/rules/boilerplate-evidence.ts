import type { Rule, RuleResult } from './types.js';
import { at, rowNamer } from './helpers.js';
import { citesNothing, normaliseEvidence } from '../normalise/statements/evidence-citation.js';
import { catalogueWords } from '../catalogue/words.js';
import { quoted } from '../util/text.js';

/** The same evidence on at least this share of the rows with evidence, and on at least MIN_REPEATS rows. */
const MOST = 0.5;
const MIN_REPEATS = 5;

/** The hint of a row whose evidence cites nothing (the findings stylish groups). */
const CITES_NOTHING_HINT = 'name the document and the section, page or link that shows it';

export const boilerplateEvidence: Rule = {
  id: 'boilerplate-evidence',
  severity: 'info',
  description: 'The same evidence on most rows, or evidence that cites no document, section, page or link.',
  summaryColumn: 'boilerplate_evidence',
  docs: {
    why: 'Evidence lets the Ombudsman and the governing body check a claim. "Detailed in policy" on every row, "See above" or "Yes" in the Evidence column, or an account of practice ("We acknowledge all complaints within five days"), cite nothing that can be checked.',
    fix: 'Name the document and the section, page or link that shows each provision is met: "Complaints Policy s.4.2 (p. 6)".',
    example: '5.4 | Yes | Detailed in policy',
  },
  group: {
    when: (f) => f.hint === CITES_NOTHING_HINT,
    message: ({ count, ranges }) => `${count} rows' evidence cites no document, section, page or link: ${ranges}`,
    hint: 'name for each the document and the section, page or link that shows it (the JSON report lists them one by one)',
  },
  check(assessment, catalogue) {
    const name = rowNamer(assessment, catalogue);
    const codeTexts = catalogueWords(catalogue).map((p) => p.words);
    const withEvidence = assessment.provisions.filter((r) => r.evidence.trim() !== '');
    const counts = new Map<string, number>();
    for (const r of withEvidence) {
      const key = normaliseEvidence(r.evidence);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const [top, repeats] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const repeated = repeats >= MIN_REPEATS && repeats >= MOST * withEvidence.length ? top : undefined;
    const out: RuleResult[] = [];
    // A form repeats its evidence ("See policy", a section pasted twice): each text is weighed once.
    const weighed = new Map<string, boolean>();
    const nothingCited = (evidence: string): boolean => {
      let known = weighed.get(evidence);
      if (known === undefined) weighed.set(evidence, (known = citesNothing(evidence, codeTexts)));
      return known;
    };
    let reported = false;
    for (const r of withEvidence) {
      const key = normaliseEvidence(r.evidence);
      if (key === repeated) {
        if (reported) continue;
        reported = true;
        out.push({
          provision: r.id,
          message: `the same evidence on ${repeats} of ${withEvidence.length} rows, from ${r.id} on: ${quoted(r.evidence.trim(), 80)}`,
          hint: 'cite for each provision the document and section, page or link that shows it is met',
          ...at(r),
        });
      } else if ((r.comply === 'yes' || r.comply === 'partial') && nothingCited(r.evidence)) {
        out.push({
          provision: r.id,
          message: `${name(r.id)}'s evidence cites no document, section, page or link: ${quoted(r.evidence.trim(), 80)}`,
          hint: CITES_NOTHING_HINT,
          ...at(r),
        });
      }
    }
    return out;
  },
};
