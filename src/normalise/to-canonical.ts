/** The normalised assessment back into the canonical YAML/JSON form (what `assess normalise` prints). */
import type { Assessment, Comply } from './assessment.js';
import type { CanonicalAssessment } from './yaml/normalise-yaml.js';

const WORDS: Record<Comply, string> = { yes: 'Yes', no: 'No', partial: 'Partial', 'n/a': 'N/A' };

export function toCanonical(assessment: Assessment): CanonicalAssessment {
  return {
    code: assessment.code,
    landlord: assessment.landlord,
    ...(assessment.period ? { period: assessment.period } : {}),
    provisions: assessment.provisions.map((p) => {
      const comply = p.rawAnswer ?? (p.comply ? WORDS[p.comply] : undefined);
      return {
        id: p.id,
        ...(p.requirement ? { requirement: p.requirement } : {}),
        ...(comply !== undefined ? { comply } : {}),
        evidence: p.evidence,
        commentary: p.commentary,
        ...(p.review ? { review: p.review } : {}),
      };
    }),
  };
}
