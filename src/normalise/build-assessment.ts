/** The last step of every normaliser: statements read from the landlord's own words, and one shape for all inputs. */
import type { Catalogue } from '../catalogue/types.js';
import type { Assessment, StageCountStatement, TimescaleStatement } from './assessment.js';
import { readStatements } from './statements/read-statements.js';

/** An assessment before the landlord's prose is read: the statements may come only from a structured block. */
export type AssessmentDraft = Omit<Assessment, 'timescales' | 'stageCounts' | 'extraStages'> & {
  /** Statements from a structured `timescales` block (YAML only). */
  timescales?: TimescaleStatement[];
  stageCounts?: StageCountStatement[];
};

export function buildAssessment(draft: AssessmentDraft, catalogue: Catalogue): Assessment {
  const prose = readStatements(draft.provisions, catalogue);
  return {
    file: draft.file,
    format: draft.format,
    code: draft.code,
    detection: draft.detection,
    landlord: draft.landlord,
    landlordSource: draft.landlordSource,
    ...(draft.period !== undefined ? { period: draft.period } : {}),
    provisions: draft.provisions,
    timescales: [...(draft.timescales ?? []), ...prose.timescales],
    stageCounts: [...(draft.stageCounts ?? []), ...prose.stageCounts],
    extraStages: prose.extraStages,
    ...(draft.leftOut && draft.leftOut.length > 0 ? { leftOut: draft.leftOut } : {}),
    ...(draft.ocr ? { ocr: draft.ocr } : {}),
  };
}
