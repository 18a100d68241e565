/** A canonical YAML assessment (already parsed and schema-valid) into the normalised model. */
import type { Catalogue, CodeVersion, Stage, TimescaleKind } from '../../catalogue/types.js';
import type { Location } from '../../ingest/document.js';
import type { ProvisionRecord, StageCountStatement, TimescaleStatement } from '../assessment.js';
import type { AssessmentDraft } from '../build-assessment.js';
import { parseAnswer } from '../answer.js';
import { parseDuration } from '../duration.js';
import { collapse } from '../../util/text.js';

export interface CanonicalAssessment {
  code: CodeVersion;
  landlord: string;
  period?: string;
  timescales?: {
    stages?: number;
  } & Partial<Record<`stage${Stage}`, Partial<Record<TimescaleKind, string | number>>>>;
  provisions: {
    id: string;
    requirement?: string;
    comply?: string;
    evidence?: string;
    commentary?: string;
    review?: string;
  }[];
}

export type Locate = (path: (string | number)[]) => Location | undefined;

export type YamlNormalised =
  | { ok: true; draft: Omit<AssessmentDraft, 'file' | 'detection' | 'code'> }
  | { ok: false; message: string; location?: Location };

const where = (location: Location | undefined) => (location ? { location } : {});

export function normaliseYaml(data: CanonicalAssessment, locate: Locate, _catalogue: Catalogue): YamlNormalised {
  const provisions: ProvisionRecord[] = data.provisions.map((p, i) => {
    const answer = parseAnswer(p.comply);
    const requirement = collapse(p.requirement);
    const review = collapse(p.review);
    return {
      id: collapse(p.id),
      ...(answer.comply ? { comply: answer.comply } : {}),
      ...(answer.rawAnswer !== undefined ? { rawAnswer: answer.rawAnswer } : {}),
      evidence: collapse(p.evidence),
      commentary: collapse(p.commentary),
      ...(requirement ? { requirement } : {}),
      ...(review ? { review } : {}),
      ...where(locate(['provisions', i])),
    };
  });

  const timescales: TimescaleStatement[] = [];
  const stageCounts: StageCountStatement[] = [];
  const block = data.timescales ?? {};
  for (const stage of [1, 2, 3] as const) {
    const windows = block[`stage${stage}`] ?? {};
    for (const kind of ['acknowledge', 'respond', 'extend'] as const) {
      const value = windows[kind];
      if (value === undefined) continue;
      const path = ['timescales', `stage${stage}`, kind];
      const duration = parseDuration(value);
      if (!duration) {
        return {
          ok: false,
          message: `timescales.stage${stage}.${kind}: cannot read "${value}" as a duration (try "20 working days", "4 weeks", "28 calendar days")`,
          ...where(locate(path)),
        };
      }
      timescales.push({
        stage,
        kind,
        duration,
        quote: `stage${stage}.${kind}: ${value}`,
        source: 'timescales',
        ...where(locate(path)),
      });
    }
  }
  if (block.stages !== undefined) {
    stageCounts.push({
      count: block.stages,
      quote: `stages: ${block.stages}`,
      source: 'timescales',
      ...where(locate(['timescales', 'stages'])),
    });
  }
  return {
    ok: true,
    draft: {
      format: 'yaml',
      landlord: collapse(data.landlord),
      landlordSource: 'declared',
      ...(data.period !== undefined ? { period: collapse(data.period) } : {}),
      provisions,
      timescales,
      stageCounts,
    },
  };
}
