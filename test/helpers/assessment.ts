import type { CodeVersion } from '../../src/catalogue/types.js';
import { loadCatalogue } from '../../src/catalogue/load.js';
import type { Assessment, ProvisionRecord } from '../../src/normalise/assessment.js';
import { buildAssessment } from '../../src/normalise/build-assessment.js';
import { parseAnswer } from '../../src/normalise/answer.js';

export interface RowSpec {
  id: string;
  comply?: string;
  evidence?: string;
  commentary?: string;
  requirement?: string;
}

export function record(spec: RowSpec, line?: number): ProvisionRecord {
  const a = parseAnswer(spec.comply);
  return {
    id: spec.id,
    ...(a.comply ? { comply: a.comply } : {}),
    ...(a.rawAnswer !== undefined ? { rawAnswer: a.rawAnswer } : {}),
    evidence: spec.evidence ?? '',
    commentary: spec.commentary ?? '',
    ...(spec.requirement ? { requirement: spec.requirement } : {}),
    ...(line !== undefined ? { location: { line } } : {}),
  };
}

/** A complete, clean assessment for a version, with the given rows replacing the defaults. */
export function assessment(code: CodeVersion, rows: RowSpec[] = [], options: { complete?: boolean } = {}): Assessment {
  const catalogue = loadCatalogue(code);
  const overrides = new Map(rows.map((r) => [r.id, r]));
  const base: RowSpec[] =
    options.complete === false
      ? rows
      : [
          ...catalogue.provisions.map(
            (p) =>
              overrides.get(p.id) ?? {
                id: p.id,
                comply: p.answer === 'text' ? 'Most at stage 1' : 'Yes',
                evidence: `Complaints Policy section for ${p.id}`,
              },
          ),
          ...rows.filter((r) => !catalogue.provisions.some((p) => p.id === r.id)),
        ];
  return buildAssessment(
    {
      file: 'form.yaml',
      format: 'yaml',
      landlordSource: 'declared',
      code,
      detection: { method: 'declared', confidence: 1, signals: [] },
      landlord: 'Example Homes',
      provisions: base.map((r, i) => record(r, i + 1)),
    },
    catalogue,
  );
}
