/** Statements read from the landlord's evidence and commentary, never from the Code's requirement text. */
import { provisionIndex } from '../../catalogue/provision-index.js';
import type { Catalogue } from '../../catalogue/types.js';
import type { ExtraStageStatement, ProvisionRecord, StageCountStatement, TimescaleStatement } from '../assessment.js';
import { MAX_PROSE_SENTENCE, sentences } from './sentences.js';
import { extraStage, stageCount } from './stage-sentences.js';
import { timescaleStatements } from './timescale-sentences.js';

export interface ProseStatements {
  timescales: TimescaleStatement[];
  stageCounts: StageCountStatement[];
  extraStages: ExtraStageStatement[];
}

export function readStatements(provisions: ProvisionRecord[], catalogue: Catalogue): ProseStatements {
  const byId = provisionIndex(catalogue);
  const out: ProseStatements = { timescales: [], stageCounts: [], extraStages: [] };
  for (const record of provisions) {
    const context = byId.get(record.id);
    const where = { provision: record.id, ...(record.location ? { location: record.location } : {}) };
    for (const source of ['evidence', 'commentary'] as const) {
      for (const sentence of sentences(record[source])) {
        for (const t of timescaleStatements(sentence, context, catalogue))
          out.timescales.push({ ...t, source, ...where });
        if (sentence.length > MAX_PROSE_SENTENCE) continue;
        const count = stageCount(sentence);
        if (count !== undefined) out.stageCounts.push({ count, quote: sentence, source, ...where });
        const name = extraStage(sentence);
        if (name !== undefined) out.extraStages.push({ name, quote: sentence, source, ...where });
      }
    }
  }
  return out;
}
